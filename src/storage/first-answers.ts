/**
 * first_answers is a cache of the log, like card_state (migration 3 → 4 keeps it by triggers): each
 * question's first answer that was not undone. pmp rebuild and doctor check it against the log here.
 */
import type { Db } from './database.js';

/** The first answers as the log says them: the oldest answer of each question that was not undone. */
const FROM_THE_LOG = `SELECT r.question_pk, MIN(r.id) AS log_id, r.correct FROM review_log r
  WHERE NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
  GROUP BY r.question_pk`;

/** Questions whose cached first answer differs from the log's (missing, extra, or another answer). */
export function firstAnswersOutOfStep(db: Db): number[] {
  return db
    .prepare(
      `WITH log AS (${FROM_THE_LOG})
       SELECT l.question_pk FROM log l LEFT JOIN first_answers f ON f.question_pk = l.question_pk
       WHERE f.log_id IS NOT l.log_id OR f.correct IS NOT l.correct
       UNION
       SELECT f.question_pk FROM first_answers f LEFT JOIN log l ON l.question_pk = f.question_pk WHERE l.question_pk IS NULL`,
    )
    .pluck()
    .all() as number[];
}

/** Fills the cache again from the log; the caller holds the transaction. */
export function refillFirstAnswers(db: Db): void {
  db.exec(`DELETE FROM first_answers; INSERT INTO first_answers (question_pk, log_id, correct) ${FROM_THE_LOG}`);
}
