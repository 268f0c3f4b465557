/**
 * `pmp optimize`: fit FSRS-6 parameters to the learner's own answers, test them against the
 * parameters in use on the learner's later answers (held out from fitting), and adopt them only
 * when they predict those answers better. Adopting rebuilds every memory state from the log with
 * the new parameters in the same transaction, so the cache keeps agreeing with a replay.
 */
import { cutDay, groupHistories, heldOutItems, predictableCount, trainingItems } from '../domain/fsrs-training.js';
import { ADOPT_MIN_RELATIVE_GAIN, compareSchedulers } from '../domain/parameter-evaluation.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { clearAdoptedParameters, dueDates, putAdoptedParameters, scheduledReviews } from '../storage/review-history.js';
import type { FsrsFitter } from './fsrs-fitter.js';
import { FSRS_PARAMETER_COUNT, schedulerWithWeights, storedParameters, type AdoptedParameters } from './learner-scheduler.js';
import type { Clock } from './ports.js';
import { rebuildAllStates } from './rebuild.js';

/** The earliest 80 % of study days are fitted; the later 20 % test. */
export const FIT_SHARE = 0.8;
/**
 * Below these counts of reviews (answers on a later day than the one before) the fit is not
 * worth trusting: fsrs-rs fits the full model only from 64 items, and FSRS guidance asks for
 * several hundred reviews; a few hundred held-out answers keep the log-loss comparison honest.
 */
export const MIN_FIT_REVIEWS = 400;
export const MIN_HELD_OUT_REVIEWS = 100;
export const MIN_REVIEWS = MIN_FIT_REVIEWS + MIN_HELD_OUT_REVIEWS;

export interface OptimizeDeps {
  readonly db: Db;
  readonly clock: Clock;
  /** Loaded only when there is enough history to fit. */
  readonly loadFitter: () => Promise<FsrsFitter>;
  readonly monotonicMs?: () => number;
  readonly onFitStart?: (items: number) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ParameterScore {
  readonly source: 'defaults' | 'adopted' | 'fitted';
  /** On the held-out answers, by ts-fsrs replay (what the study loop uses). Log loss decides. */
  readonly logLoss: number;
  /** Calibration error over 20 probability bins, for reference. */
  readonly rmseBins: number;
}

export type OptimizeReport =
  | { readonly kind: 'too-little'; readonly reviews: number; readonly needed: number; readonly fitted: number; readonly heldOut: number }
  | {
      readonly kind: 'compared';
      readonly reviews: number;
      readonly fitted: number;
      readonly heldOut: number;
      /** First held-out study day, ms since epoch of an answer on it. */
      readonly heldOutFrom: number;
      readonly before: ParameterScore;
      readonly after: ParameterScore;
      readonly relativeGain: number;
      readonly minRelativeGain: number;
      readonly better: boolean;
      readonly adopted: boolean;
      readonly weights: readonly number[];
      readonly fitMs: number | null;
      /** Questions whose due date changed when the new parameters were applied (0 unless adopted). */
      readonly dueMoved: number;
    }
  | { readonly kind: 'reset'; readonly hadAdopted: boolean; readonly dueMoved: number };

export async function optimizeParameters(deps: OptimizeDeps, options: { readonly dryRun?: boolean } = {}): Promise<OptimizeReport> {
  const { db, clock } = deps;
  const histories = groupHistories(scheduledReviews(db), (at) => clock.utcOffsetMinutes(at));
  const reviews = predictableCount(histories);
  const cut = cutDay(histories, FIT_SHARE);
  const fitItems = cut === undefined ? [] : trainingItems(histories, cut);
  const testItems = cut === undefined ? [] : heldOutItems(histories, cut);
  const needed = Math.max(0, MIN_REVIEWS - reviews, MIN_FIT_REVIEWS - fitItems.length, MIN_HELD_OUT_REVIEWS - testItems.length);
  if (cut === undefined || needed > 0) return { kind: 'too-little', reviews, needed: Math.max(needed, 1), fitted: fitItems.length, heldOut: testItems.length };

  const fitter = await deps.loadFitter();
  deps.onFitStart?.(fitItems.length);
  const started = deps.monotonicMs?.();
  const weights = await fitter.fit(fitItems, deps.onProgress);
  const fitMs = started === undefined || !deps.monotonicMs ? null : deps.monotonicMs() - started;
  if (weights.length !== FSRS_PARAMETER_COUNT || !weights.every(Number.isFinite)) throw new Error(`the optimizer returned ${weights.length} parameters, not ${FSRS_PARAMETER_COUNT} finite numbers`);

  const stored = storedParameters(db);
  const oldWeights = stored.kind === 'adopted' ? stored.adopted.weights : undefined;
  const comparison = compareSchedulers(histories, schedulerWithWeights(oldWeights), schedulerWithWeights(weights), cut);
  const before: ParameterScore = { source: stored.kind === 'adopted' ? 'adopted' : 'defaults', logLoss: comparison.logLossBefore, rmseBins: comparison.rmseBinsBefore };
  const after: ParameterScore = { source: 'fitted', logLoss: comparison.logLossAfter, rmseBins: comparison.rmseBinsAfter };
  const heldOutFrom = histories.flatMap((h) => h.filter((a) => a.day >= cut).map((a) => a.at)).reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);

  let dueMoved = 0;
  const adopt = comparison.better && !options.dryRun;
  if (adopt) {
    const record: AdoptedParameters = {
      weights,
      adoptedAt: new Date(clock.now()).toISOString(),
      fittedReviews: fitItems.length,
      heldOutReviews: comparison.heldOut,
      logLossBefore: comparison.logLossBefore,
      logLossAfter: comparison.logLossAfter,
    };
    dueMoved = applyParameters(db, weights, () => putAdoptedParameters(db, record));
  }
  return {
    kind: 'compared',
    reviews,
    fitted: fitItems.length,
    heldOut: comparison.heldOut,
    heldOutFrom,
    before,
    after,
    relativeGain: comparison.relativeGain,
    minRelativeGain: ADOPT_MIN_RELATIVE_GAIN,
    better: comparison.better,
    adopted: adopt,
    weights,
    fitMs,
    dueMoved,
  };
}

/** Back to the published default parameters, memory states rebuilt with them. */
export function resetParameters(db: Db): OptimizeReport {
  const had = storedParameters(db).kind !== 'defaults';
  const dueMoved = had ? applyParameters(db, undefined, () => clearAdoptedParameters(db)) : 0;
  return { kind: 'reset', hadAdopted: had, dueMoved };
}

/** Stores the change and replays every question with the new parameters, in one transaction. */
function applyParameters(db: Db, weights: readonly number[] | undefined, store: () => void): number {
  return writeTransaction(db, () => {
    const before = dueDates(db);
    store();
    rebuildAllStates(db, schedulerWithWeights(weights));
    let moved = 0;
    for (const [pk, due] of dueDates(db)) if (before.get(pk) !== due) moved++;
    return moved;
  });
}
