/**
 * What the recall calibration is fitted on: the learner's most recent answers that had a logged
 * recall prediction, each with the time of the answer before it to the same question (same key
 * version) and the question's shape (its guessing floor). Practice and undone answers are left out,
 * as in `pmp readiness --calibration`.
 */
import type { QuestionType } from '../domain/question.js';
import type { Db } from './database.js';

export interface PredictedAnswerRow {
  readonly recall: number;
  readonly correct: boolean;
  readonly answeredAt: number;
  /** The previous answer to the same question and key version, ms since epoch; null if none. */
  readonly previousAt: number | null;
  /**
   * The question's misses before this answer (domain/recall-calibration.ts missesOf): a wrong first
   * answer (any mode), plus its lapses as FSRS counts them (card_state.lapses: scheduled wrong
   * answers after the first). Counted as the wrong answers outside practice, plus a wrong first answer
   * in practice — read from the (question_pk, id, mode, correct) index alone (64 → 28 ms for 2,000
   * answers in a 1,000,000-row log). Two rare cases count one more than card_state would: a wrong
   * practice first answer followed by a wrong scheduled first answer, and misses under a key since
   * corrected (a new key version starts the memory state afresh).
   */
  readonly missesBefore: number;
  readonly type: QuestionType;
  readonly options: number;
  readonly keys: number;
}

/** The newest `limit` answers with a prediction, newest first. Reads from the end of the log: cheap on any size. */
export function recentPredictedAnswers(db: Db, limit: number): PredictedAnswerRow[] {
  const rows = db
    .prepare(
      `SELECT r.predicted_recall, r.correct, r.answered_at,
              (SELECT p.answered_at FROM review_log p
                WHERE p.question_pk = r.question_pk AND p.id < r.id AND p.key_version = r.key_version AND p.mode != 'cram'
                  AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = p.id)
                ORDER BY p.id DESC LIMIT 1),
              (SELECT COUNT(*) FROM review_log p
                WHERE p.question_pk = r.question_pk AND p.id < r.id AND p.mode != 'cram' AND p.correct = 0
                  AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = p.id))
              + COALESCE((SELECT f.mode = 'cram' AND f.correct = 0 FROM review_log f
                  WHERE f.question_pk = r.question_pk AND f.id < r.id AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = f.id)
                  ORDER BY f.id LIMIT 1), 0),
              q.type, q.choices, q.keys
       FROM review_log r JOIN questions q ON q.pk = r.question_pk
       WHERE r.predicted_recall IS NOT NULL AND r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
       ORDER BY r.id DESC LIMIT ?`,
    )
    .raw()
    .all(limit) as [number, number, number, number | null, number, QuestionType, number, number][];
  return rows.map(([recall, correct, answeredAt, previousAt, missesBefore, type, options, keys]) => ({ recall, correct: correct === 1, answeredAt, previousAt, missesBefore, type, options, keys }));
}

/** Of these questions, the ones whose first answer (any mode, not undone) was wrong: one statement, prepared once. */
export function firstAnswersWrong(db: Db, questionPks: readonly number[]): ReadonlySet<number> {
  const first = db.prepare('SELECT correct FROM first_answers WHERE question_pk = ?').pluck();
  return new Set(questionPks.filter((pk) => first.get(pk) === 0));
}
