/**
 * The study path's writes: the append-only review log (and its undo marks), the cached memory
 * state a replay of that log gives, and sessions; with the reads a replay needs. The queue's reads
 * build on this (StudyStore, study-store.ts).
 */
import { ratedHistory, type Confidence, type RatingValue } from '../domain/grading.js';
import { guessingFloorOf, type QuestionType, type Response } from '../domain/question.js';
import type { MemoryState } from '../domain/scheduler.js';
import type { Db } from './database.js';
import { statement } from './statements.js';

export interface LogEntry {
  readonly questionPk: number;
  readonly keyVersion: number;
  readonly sessionId: number | null;
  readonly mode: 'study' | 'exam' | 'cram';
  readonly answeredAt: number;
  readonly response: Response;
  readonly shownOrder: readonly string[] | null;
  readonly correct: boolean;
  readonly elapsedMs: number;
  readonly confidence: Confidence | null;
  readonly rating: RatingValue;
  readonly predictedRecall: number | null;
}

export class StudyLogStore {
  constructor(protected readonly db: Db) {}

  appendLog(e: LogEntry): number {
    const info = this.db
      .prepare(
        `INSERT INTO review_log (question_pk, key_version, session_id, mode, answered_at, response, shown_order, correct,
           elapsed_ms, confidence, rating, predicted_recall)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.questionPk,
        e.keyVersion,
        e.sessionId,
        e.mode,
        e.answeredAt,
        JSON.stringify(e.response),
        e.shownOrder ? JSON.stringify(e.shownOrder) : null,
        e.correct ? 1 : 0,
        Math.max(0, Math.round(e.elapsedMs)),
        e.confidence,
        e.rating,
        e.predictedRecall,
      );
    return Number(info.lastInsertRowid);
  }

  markUndone(logId: number, at: number): void {
    this.db.prepare('INSERT INTO review_undo (log_id, undone_at) VALUES (?, ?)').run(logId, at);
  }

  /**
   * The answers that shape a question's memory now (this key version, not undone, not practice).
   * The answers a replay applies, rated from their raw facts by today's rule (domain/grading.ts):
   * the stored rating is what was applied when the answer was given, under the scheduler revision of
   * that day.
   */
  scheduledAnswers(questionPk: number, keyVersion: number): { at: number; rating: RatingValue }[] {
    const rows = statement(
      this.db,
      `SELECT r.answered_at AS at, r.correct, r.confidence FROM review_log r
         WHERE r.question_pk = ? AND r.key_version = ? AND r.mode != 'cram'
           AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
         ORDER BY r.id`, // the order they were applied, even if the clock went back
    ).all(questionPk, keyVersion) as { at: number; correct: number; confidence: Confidence | null }[];
    if (rows.length === 0) return [];
    const shape = statement(this.db, 'SELECT type, choices AS options, keys FROM questions WHERE pk = ?').get(questionPk) as { type: QuestionType; options: number; keys: number };
    return ratedHistory(rows.map((r) => ({ at: r.at, correct: r.correct === 1, confidence: r.confidence })), guessingFloorOf(shape));
  }

  putState(questionPk: number, state: MemoryState | null): void {
    if (state === null) {
      statement(
        this.db,
        `UPDATE card_state SET phase = 'new', due_at = NULL, stability = 0, difficulty = 0, scheduled_days = 0,
           learning_steps = 0, reps = 0, lapses = 0, last_review_at = NULL WHERE question_pk = ?`,
      ).run(questionPk);
      return;
    }
    statement(
      this.db,
      `UPDATE card_state SET phase = ?, due_at = ?, stability = ?, difficulty = ?, scheduled_days = ?, learning_steps = ?,
         reps = ?, lapses = ?, last_review_at = ? WHERE question_pk = ?`,
    ).run(
        state.phase,
        state.dueAt,
        state.stability,
        state.difficulty,
        state.scheduledDays,
        state.learningSteps,
        state.reps,
        state.lapses,
        state.lastReviewAt,
      questionPk,
    );
  }

  startSession(kind: 'study' | 'exam' | 'cram', at: number): number {
    return Number(this.db.prepare('INSERT INTO sessions (kind, started_at) VALUES (?, ?)').run(kind, at).lastInsertRowid);
  }

  endSession(id: number, at: number): void {
    this.db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ?').run(at, id);
  }

  /** When the newest answer in the log was given (ms since epoch); null before the first. */
  lastAnswerAt(): number | null {
    return this.db.prepare('SELECT MAX(answered_at) FROM review_log').pluck().get() as number | null;
  }

  /** Every question with its key version, for a full rebuild. */
  allCards(): { questionPk: number; keyVersion: number }[] {
    return this.db
      .prepare('SELECT cs.question_pk AS questionPk, q.key_version AS keyVersion FROM card_state cs JOIN questions q ON q.pk = cs.question_pk ORDER BY cs.question_pk')
      .all() as { questionPk: number; keyVersion: number }[];
  }
}
