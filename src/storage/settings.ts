import type { Db } from './database.js';

/** Small learner settings that persist between runs (JSON values). */
export function getSetting<T>(db: Db, key: string): T | undefined {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return raw === undefined ? undefined : (JSON.parse(raw) as T);
}

export function putSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export function deleteSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}

/** Whether a row is stored for the key (a stored JSON null counts). */
export function hasSetting(db: Db, key: string): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').pluck().get(key) !== undefined;
}

/**
 * Every key, what writes it and what reads it; `pmp config` (app/config.ts) shows and changes
 * them under documented kebab-case names.
 */
export const SETTING = {
  /** Reviews per study day; absent = no cap. */
  maxReviewsPerDay: 'maxReviewsPerDay',
  /** The learner's exam date, 'YYYY-MM-DD' (pmp readiness/plan --exam-date). */
  examDate: 'examDate',
  /** New questions per study day, a remembered --new (pmp config set new-per-day); absent = the plan's number, else 20. */
  newPerDay: 'newPerDay',
  /** The study plan `pmp study` follows: { examDate, newPerDay, madeAt } (pmp plan). */
  studyPlan: 'studyPlan',
  /** FSRS-6 parameters fitted to this learner and adopted by pmp optimize (see app/learner-scheduler.ts). */
  fsrsParameters: 'fsrsParameters',
  /** SCHEDULER_REVISION the memory states were last computed under (absent: 1). */
  schedulerRevision: 'schedulerRevision',
  /** Seed of this learner's order of new questions, drawn once (app/new-order.ts); card_state.new_rank holds the order. */
  newOrderSeed: 'newOrderSeed',
  /** The last recall calibration `pmp sync` fitted, with the digest of its observations (app/learner-recall.ts keptRecallCalibration): a cache. */
  recallCalibrationFit: 'recallCalibrationFit',
} as const;
