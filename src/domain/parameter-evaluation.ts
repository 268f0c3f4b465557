/**
 * Do new FSRS parameters predict this learner better than the ones in use? Both are judged on
 * answers held out from fitting, with the scheduler the study loop itself uses (ts-fsrs), so the
 * score measures what the learner would actually get.
 */
import type { ReviewHistory } from './fsrs-training.js';
import { isPredictable } from './fsrs-training.js';
import { logLoss, type Outcome } from './prediction-quality.js';
import type { Scheduler } from './scheduler.js';

/**
 * New parameters are adopted only when their held-out log loss is at least this share lower
 * (1 %): a smaller gain is within the noise of a few hundred answers, and switching would move
 * due dates for nothing.
 */
export const ADOPT_MIN_RELATIVE_GAIN = 0.01;

/**
 * For every predictable answer on or after `fromDay`: the recall probability the scheduler gave
 * just before it (replaying that question's earlier answers, fitting-period ones included)
 * against what happened — recalled unless rated Again (a lucky guess is not a recall; fsrs-rs
 * trains on the same label).
 */
export function heldOutOutcomes(histories: readonly ReviewHistory[], scheduler: Scheduler, fromDay: number): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const history of histories) {
    let state = null;
    for (let i = 0; i < history.length; i++) {
      const answer = history[i];
      if (!answer) continue;
      if (answer.day >= fromDay && isPredictable(history, i)) {
        const p = scheduler.recallProbability(state, answer.at);
        if (p !== null) outcomes.push({ p, y: answer.rating > 1 ? 1 : 0 });
      }
      state = scheduler.next(state, answer.at, answer.rating);
    }
  }
  return outcomes;
}

/**
 * Calibration error: predictions grouped into `bins` equal-width probability bins; the root mean
 * square of (mean prediction − share recalled) over bins, each weighted by its answers. NaN for none.
 */
export function rmseBins(outcomes: readonly Outcome[], bins = 20): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, p: 0, y: 0 }));
  for (const { p, y } of outcomes) {
    const bin = sums[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))] as { n: number; p: number; y: number };
    bin.n++;
    bin.p += p;
    bin.y += y;
  }
  let sum = 0;
  for (const b of sums) if (b.n > 0) sum += b.n * (b.p / b.n - b.y / b.n) ** 2;
  return Math.sqrt(sum / outcomes.length);
}

export interface Comparison {
  readonly heldOut: number;
  readonly logLossBefore: number;
  readonly logLossAfter: number;
  readonly rmseBinsBefore: number;
  readonly rmseBinsAfter: number;
  /** (before − after) / before: the share by which log loss fell; negative when it rose. */
  readonly relativeGain: number;
  readonly better: boolean;
}

export function compareSchedulers(histories: readonly ReviewHistory[], before: Scheduler, after: Scheduler, fromDay: number): Comparison {
  const a = heldOutOutcomes(histories, before, fromDay);
  const b = heldOutOutcomes(histories, after, fromDay);
  const logLossBefore = logLoss(a);
  const logLossAfter = logLoss(b);
  const relativeGain = (logLossBefore - logLossAfter) / logLossBefore;
  return {
    heldOut: a.length,
    logLossBefore,
    logLossAfter,
    rmseBinsBefore: rmseBins(a),
    rmseBinsAfter: rmseBins(b),
    relativeGain,
    better: relativeGain >= ADOPT_MIN_RELATIVE_GAIN,
  };
}
