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

/** An answer the calibration learns from: a logged recall, not practice (cram), not undone. */
const PREDICTED = `r.predicted_recall IS NOT NULL AND r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)`;
/** The previous answer's time (PredictedAnswerRow.previousAt) of the answer r. */
const PREVIOUS_AT = `(SELECT p.answered_at FROM review_log p
    WHERE p.question_pk = r.question_pk AND p.id < r.id AND p.key_version = r.key_version AND p.mode != 'cram'
      AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = p.id)
    ORDER BY p.id DESC LIMIT 1)`;
/** The question's misses before the answer r (PredictedAnswerRow.missesBefore). */
const MISSES_BEFORE = `(SELECT COUNT(*) FROM review_log p
    WHERE p.question_pk = r.question_pk AND p.id < r.id AND p.mode != 'cram' AND p.correct = 0
      AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = p.id))
  + COALESCE((SELECT f.mode = 'cram' AND f.correct = 0 FROM review_log f
      WHERE f.question_pk = r.question_pk AND f.id < r.id AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = f.id)
      ORDER BY f.id LIMIT 1), 0)`;

type RawRow = [recall: number, correct: number, answeredAt: number, previousAt: number | null, missesBefore: number, type: QuestionType, options: number, keys: number];
const toRow = ([recall, correct, answeredAt, previousAt, missesBefore, type, options, keys]: RawRow): PredictedAnswerRow => ({
  recall,
  correct: correct === 1,
  answeredAt,
  previousAt,
  missesBefore,
  type,
  options,
  keys,
});

/** The newest `limit` answers with a prediction, newest first. Reads from the end of the log: cheap on any size. */
export function recentPredictedAnswers(db: Db, limit: number): PredictedAnswerRow[] {
  const rows = db
    .prepare(
      `SELECT r.predicted_recall, r.correct, r.answered_at, ${PREVIOUS_AT}, ${MISSES_BEFORE}, q.type, q.choices, q.keys
       FROM review_log r JOIN questions q ON q.pk = r.question_pk
       WHERE ${PREDICTED} ORDER BY r.id DESC LIMIT ?`,
    )
    .raw()
    .all(limit) as RawRow[];
  return rows.map(toRow);
}

/**
 * The same rows as recentPredictedAnswers, each answer's previous time, misses and question shape
 * taken from calibration_inputs: a day's sync reads those from the log and the questions only for its
 * new answers, not for all 2,000 (in a 1,000,000-row log ~30 ms of CPU, and more waiting on the disk
 * under load, for the questions' rows). With `fill`, answers not kept yet are read and kept (the
 * caller holds a write transaction, so that no undo or import comes between reading and keeping);
 * without it, undefined when any is missing.
 */
export function recentPredictedAnswersKept(db: Db, limit: number, fill: boolean): PredictedAnswerRow[] | undefined {
  type Kept = [id: number, kept: number, ...RawRow];
  let rows = db
    .prepare(
      `SELECT r.id, k.log_id IS NOT NULL, r.predicted_recall, r.correct, r.answered_at, k.previous_at, k.misses_before, k.type, k.choices, k.keys
       FROM review_log r LEFT JOIN calibration_inputs k ON k.log_id = r.id
       WHERE ${PREDICTED} ORDER BY r.id DESC LIMIT ?`,
    )
    .raw()
    .all(limit) as Kept[];
  if (rows.some(([, kept]) => kept === 0)) {
    if (!fill) return undefined;
    const inputs = db.prepare(`SELECT ${PREVIOUS_AT}, ${MISSES_BEFORE}, q.type, q.choices, q.keys FROM review_log r JOIN questions q ON q.pk = r.question_pk WHERE r.id = ?`).raw();
    const keep = db.prepare('INSERT OR REPLACE INTO calibration_inputs (log_id, previous_at, misses_before, type, choices, keys) VALUES (?, ?, ?, ?, ?, ?)');
    rows = rows.map((row) => {
      if (row[1] === 1) return row;
      const [id, , recall, correct, answeredAt] = row;
      const [previousAt, missesBefore, type, options, keys] = inputs.get(id) as [number | null, number, QuestionType, number, number];
      keep.run(id, previousAt, missesBefore, type, options, keys);
      return [id, 1, recall, correct, answeredAt, previousAt, missesBefore, type, options, keys] satisfies Kept;
    });
  }
  return rows.map(([, , ...raw]) => toRow(raw));
}

/** Of these questions, the ones whose first answer (any mode, not undone) was wrong: one statement, prepared once. */
export function firstAnswersWrong(db: Db, questionPks: readonly number[]): ReadonlySet<number> {
  const first = db.prepare('SELECT correct FROM first_answers WHERE question_pk = ?').pluck();
  return new Set(questionPks.filter((pk) => first.get(pk) === 0));
}
