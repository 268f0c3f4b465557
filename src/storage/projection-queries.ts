/** What the plan's exam-day projection reads: one outline's active questions, their shape and memory state, unseen ones in the learner's order. */
import type { DomainId, QuestionType } from '../domain/question.js';
import type { MemoryState } from '../domain/scheduler.js';
import type { Db } from './database.js';

/** A question's shape and its memory state as card_state holds it (dueAt is null while new). */
export interface ProjectionRow extends Omit<MemoryState, 'dueAt'> {
  readonly domain: DomainId;
  readonly type: QuestionType;
  readonly options: number;
  readonly keys: number;
  readonly dueAt: number | null;
  /** 1 when the question's first answer (any mode, not undone) was wrong, else 0. */
  readonly firstWrong: number;
}

/**
 * Seen questions first, then unseen ones in the order pmp study introduces them. The questions'
 * columns come from the questions_readiness index alone: their rows hold the whole question body.
 */
export function projectionRows(db: Db, outlineId: string): ProjectionRow[] {
  return db
    .prepare(
      `SELECT q.domain, q.type, q.choices AS options, q.keys, cs.phase, cs.due_at AS dueAt, cs.stability, cs.difficulty,
              cs.scheduled_days AS scheduledDays, cs.learning_steps AS learningSteps, cs.reps, cs.lapses, cs.last_review_at AS lastReviewAt,
              COALESCE((SELECT 1 - f.correct FROM first_answers f WHERE f.question_pk = cs.question_pk), 0) AS firstWrong
       FROM banks b JOIN questions q INDEXED BY questions_readiness ON q.bank_id = b.id JOIN card_state cs ON cs.question_pk = q.pk
       WHERE cs.active = 1 AND cs.suspended = 0 AND q.domain IS NOT NULL AND b.outline = ?
       ORDER BY cs.phase = 'new', cs.new_rank, cs.question_pk`,
    )
    .all(outlineId) as ProjectionRow[];
}

/** Study answers (undone ones left out) in [from, to): the learner's pace, which the projection keeps. */
export function studyAnswersBetween(db: Db, from: number, to: number): number {
  return db
    .prepare(
      `SELECT COUNT(*) FROM review_log r WHERE r.answered_at >= ? AND r.answered_at < ? AND r.mode = 'study'
         AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)`,
    )
    .pluck()
    .get(from, to) as number;
}

/** When the learner's first study answer was given; null before any. */
export function firstStudyAnswerAt(db: Db): number | null {
  return db.prepare("SELECT MIN(answered_at) FROM review_log WHERE mode = 'study'").pluck().get() as number | null;
}
