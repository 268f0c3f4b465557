/** Reads for `pmp optimize`: the answers that shape memory, and the adopted parameters' row. */
import type { LoggedReview } from '../domain/fsrs-training.js';
import type { Db } from './database.js';
import { putSetting, SETTING } from './settings.js';

/** Every answer that counts for scheduling — not practice (cram), not undone — in log order. */
export function scheduledReviews(db: Db): LoggedReview[] {
  return db
    .prepare(
      `SELECT r.question_pk AS questionPk, r.key_version AS keyVersion, r.answered_at AS at, r.rating FROM review_log r
       WHERE r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
       ORDER BY r.id`,
    )
    .all() as LoggedReview[];
}

export function putAdoptedParameters(db: Db, value: unknown): void {
  putSetting(db, SETTING.fsrsParameters, value);
}

export function clearAdoptedParameters(db: Db): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(SETTING.fsrsParameters);
}

/** Each question's due date (ms since epoch; null while new), to count how many an adoption moves. */
export function dueDates(db: Db): Map<number, number | null> {
  const rows = db.prepare('SELECT question_pk AS pk, due_at AS due FROM card_state').all() as { pk: number; due: number | null }[];
  return new Map(rows.map((r) => [r.pk, r.due]));
}
