/** Reads for `pmp optimize`: the answers that shape memory, and the adopted parameters' row. */
import type { LoggedReview } from '../domain/fsrs-training.js';
import { ratingFor, type Confidence } from '../domain/grading.js';
import { guessingFloorOf, type QuestionType } from '../domain/question.js';
import type { Db } from './database.js';
import { putSetting, SETTING } from './settings.js';

/**
 * Every answer that counts for scheduling — not practice (cram), not undone — in log order, rated
 * from its raw facts as a replay rates it (domain/grading.ts), so the optimizer fits what the
 * scheduler applies.
 */
export function scheduledReviews(db: Db): LoggedReview[] {
  const rows = db
    .prepare(
      `SELECT r.question_pk AS questionPk, r.key_version AS keyVersion, r.answered_at AS at, r.correct, r.confidence,
              q.type, q.choices AS options, q.keys
       FROM review_log r JOIN questions q ON q.pk = r.question_pk
       WHERE r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
       ORDER BY r.id`,
    )
    .all() as { questionPk: number; keyVersion: number; at: number; correct: number; confidence: Confidence | null; type: QuestionType; options: number; keys: number }[];
  const seen = new Set<string>();
  return rows.map((r) => {
    const card = `${r.questionPk}:${r.keyVersion}`;
    const firstSight = !seen.has(card);
    seen.add(card);
    const rating = ratingFor({ correct: r.correct === 1, confidence: r.confidence, firstSight, guessFloor: guessingFloorOf(r) });
    return { questionPk: r.questionPk, keyVersion: r.keyVersion, at: r.at, rating };
  });
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
