/**
 * The one place every shown prediction gets its recall from (readiness, the mock exam's predicted
 * score): FSRS's retrievability, judged at least a day after the last answer, passed through the
 * learner's recall calibration (src/domain/recall-calibration.ts).
 *
 * Why a day at least: right after any answer, right or wrong, FSRS gives recall ≈ 1 — the answer
 * was just on screen. That is short-term memory, not what an exam tests, and no calibration data
 * exists for it (answers less than a day apart are left out of the fit, as in the SRS benchmark),
 * so a question is never judged sooner than a day after its last answer.
 */
import { createHash } from 'node:crypto';
import { CALIBRATION_WINDOW, calibrationSlopes, missesOf, fitRecallCalibration, calibratedRecall, type CalibrationObservation, type RecallCalibration } from '../domain/recall-calibration.js';
import { guessingFloorOf } from '../domain/question.js';
import type { MemoryState, Scheduler } from '../domain/scheduler.js';
import { cacheWriteTransaction, type Db } from '../storage/database.js';
import { recentPredictedAnswers, recentPredictedAnswersKept, type PredictedAnswerRow } from '../storage/calibration-queries.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';

const DAY_MS = 86_400_000;

export interface LearnerRecall {
  readonly calibration: RecallCalibration;
  /** Calibrated recall of a question last answered at `lastReviewAt` with this stability and `misses` misses so far (missesOf), at `at`. */
  from(stability: number, lastReviewAt: number, at: number, misses?: number): number;
  /** The same from a memory state and whether the question's first answer was wrong; null for a question never answered. */
  ofState(state: MemoryState | null, at: number, firstAnswerWrong: boolean): number | null;
  /** How that calibrated recall moves with the calibration's a, b and c (for readiness's range). */
  slopes(stability: number, lastReviewAt: number, at: number, misses?: number): { readonly da: number; readonly db: number; readonly dc: number };
}

export function learnerRecall(db: Db, scheduler: Scheduler): LearnerRecall {
  return recallWith(learnerRecallCalibration(db), scheduler);
}

/** The same recall from a calibration and a scheduler: a class report builds them from synced rows. */
export function recallWith(calibration: RecallCalibration, scheduler: Scheduler): LearnerRecall {
  // SQLite asks for a question's recall and its two slopes one after another: the last raw recall
  // is kept so FSRS runs once per question, not three times.
  let last = { stability: NaN, lastReviewAt: NaN, at: NaN, recall: 0 };
  const raw = (stability: number, lastReviewAt: number, at: number) => {
    if (stability !== last.stability || lastReviewAt !== last.lastReviewAt || at !== last.at) {
      last = { stability, lastReviewAt, at, recall: scheduler.recallFrom(stability, lastReviewAt, Math.max(at, lastReviewAt + DAY_MS)) };
    }
    return last.recall;
  };
  const from = (stability: number, lastReviewAt: number, at: number, misses = 0) => calibratedRecall(calibration, raw(stability, lastReviewAt, at), misses);
  return {
    calibration,
    from,
    slopes: (stability, lastReviewAt, at, misses = 0) => calibrationSlopes(calibration, raw(stability, lastReviewAt, at), misses),
    ofState: (state, at, firstAnswerWrong) =>
      !state || state.phase === 'new' || state.lastReviewAt === null ? null : from(state.stability, state.lastReviewAt, at, missesOf(state.lapses, firstAnswerWrong)),
  };
}

/** Fitted on the most recent answers that came a day or more after the previous answer to the same question. */
export function learnerRecallCalibration(db: Db): RecallCalibration {
  return recallCalibrationFrom(recentPredictedAnswers(db, CALIBRATION_WINDOW));
}

/** The fit from the newest answers that had a prediction (newest first), wherever they were read. */
export function recallCalibrationFrom(rows: readonly PredictedAnswerRow[]): RecallCalibration {
  return fitRecallCalibration(calibrationObservations(rows));
}

/** The answers a calibration is fitted on: those a day or more after the previous answer to the same question. */
export function spacedAnswers(rows: readonly PredictedAnswerRow[]): (PredictedAnswerRow & { readonly previousAt: number })[] {
  return rows.filter((r): r is PredictedAnswerRow & { readonly previousAt: number } => r.previousAt !== null && r.answeredAt - r.previousAt >= DAY_MS);
}

function calibrationObservations(rows: readonly PredictedAnswerRow[]): CalibrationObservation[] {
  return spacedAnswers(rows).map((r) => ({ recall: r.recall, floor: guessingFloorOf(r), correct: r.correct, misses: r.missesBefore }));
}

/**
 * learnerRecallCalibration for a database open for writing (`pmp sync`), the same calibration from
 * what was kept of earlier fits: each answer's inputs from calibration_inputs, and the last fit with
 * the digest of the observations it was fitted on — the same observations give it back without
 * fitting. Both are caches of the log (deleted, they are computed again), and the fit, when it runs,
 * is the fit learnerRecallCalibration makes.
 */
export function keptRecallCalibration(db: Db): RecallCalibration {
  // Read first without the write lock: a sync with nothing new to fit writes nothing (and commits nothing).
  const settle = (fill: boolean): RecallCalibration | undefined => {
    const rows = recentPredictedAnswersKept(db, CALIBRATION_WINDOW, fill);
    if (!rows) return undefined;
    const observations = calibrationObservations(rows);
    const digest = observationsDigest(observations);
    const kept = getSetting<unknown>(db, SETTING.recallCalibrationFit);
    if (isKeptFit(kept) && kept.digest === digest) return kept.calibration;
    if (!fill) return undefined;
    // Started from the kept fit: equal to a fit from the prior's centre within 1e-7 (test/app/kept-calibration.test.ts).
    const calibration = fitRecallCalibration(observations, isKeptFit(kept) ? kept.calibration : undefined);
    putSetting(db, SETTING.recallCalibrationFit, { digest, calibration } satisfies KeptFit);
    return calibration;
  };
  return settle(false) ?? (cacheWriteTransaction(db, () => settle(true)) as RecallCalibration);
}

interface KeptFit {
  readonly digest: string;
  readonly calibration: RecallCalibration;
}

/** Every number the fit reads, in order (JSON keeps each double exactly, so a kept fit is the fit). */
function observationsDigest(observations: readonly CalibrationObservation[]): string {
  const numbers = new Float64Array(observations.length * 4);
  let i = 0;
  for (const o of observations) {
    numbers[i++] = o.recall;
    numbers[i++] = o.floor;
    numbers[i++] = o.correct ? 1 : 0;
    numbers[i++] = o.misses ?? 0;
  }
  return createHash('sha256').update(numbers).digest('hex');
}

/** A kept fit as written above; anything else (a damaged or hand-edited row) is fitted again. */
function isKeptFit(raw: unknown): raw is KeptFit {
  if (typeof raw !== 'object' || raw === null) return false;
  const { digest, calibration } = raw as Record<string, unknown>;
  if (typeof digest !== 'string' || typeof calibration !== 'object' || calibration === null) return false;
  const c = calibration as Record<string, unknown>;
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return (
    ['a', 'b', 'c', 'answers'].every((k) => finite(c[k])) &&
    Array.isArray(c.covariance) &&
    c.covariance.length === 3 &&
    c.covariance.every((row: unknown) => Array.isArray(row) && row.length === 3 && row.every(finite))
  );
}
