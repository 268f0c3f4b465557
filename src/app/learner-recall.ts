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
import { CALIBRATION_WINDOW, calibrationSlopes, missesOf, fitRecallCalibration, calibratedRecall, type RecallCalibration } from '../domain/recall-calibration.js';
import { guessingFloorOf } from '../domain/question.js';
import type { MemoryState, Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { recentPredictedAnswers, type PredictedAnswerRow } from '../storage/calibration-queries.js';

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
  const observations = rows
    .filter((r) => r.previousAt !== null && r.answeredAt - r.previousAt >= DAY_MS)
    .map((r) => ({ recall: r.recall, floor: guessingFloorOf(r), correct: r.correct, misses: r.missesBefore }));
  return fitRecallCalibration(observations);
}
