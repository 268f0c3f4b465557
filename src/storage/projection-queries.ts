/** What the plan's exam-day projection reads: one outline's active questions, their shape and memory state, unseen ones in the learner's order. */
import type { DomainId, QuestionType } from '../domain/question.js';
import type { CardPhase } from '../domain/scheduler.js';
import type { Db } from './database.js';

export interface ProjectionRow {
  readonly domain: DomainId;
  readonly type: QuestionType;
  readonly options: number;
  readonly keys: number;
  readonly phase: CardPhase;
  readonly dueAt: number | null;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly lastReviewAt: number | null;
}

/** Seen questions first, then unseen ones in the order pmp study introduces them. */
export function projectionRows(db: Db, outlineId: string): ProjectionRow[] {
  return db
    .prepare(
      `SELECT q.domain, q.type, q.choices AS options, q.keys, cs.phase, cs.due_at AS dueAt, cs.stability, cs.difficulty,
              cs.scheduled_days AS scheduledDays, cs.learning_steps AS learningSteps, cs.reps, cs.lapses, cs.last_review_at AS lastReviewAt
       FROM card_state cs JOIN questions q ON q.pk = cs.question_pk JOIN banks b ON b.id = q.bank_id
       WHERE cs.active = 1 AND cs.suspended = 0 AND q.domain IS NOT NULL AND b.outline = ?
       ORDER BY cs.phase = 'new', cs.new_rank, cs.question_pk`,
    )
    .all(outlineId) as ProjectionRow[];
}
