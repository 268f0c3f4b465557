/**
 * The plan projection's own recall calibration: the learner's calibration (recall-calibration.ts)
 * with one more term, for the length of the interval being judged:
 *
 *     P(right) = g + (1 − g) · σ(a + b · logit R + c · ln(1 + M) + d · ln t)
 *
 * t = days since the question's last answer (at least 1: nothing shorter is fitted or judged, see
 * learner-recall.ts), so d · ln t is 0 at a day and "no change" is d = 0, with a prior N(0, 0.5²) like c's.
 *
 * Why: the projection judges questions weeks ahead, after intervals longer than any its learner has
 * reviewed yet. A calibration in R alone assumes the learner's memory bends with time as FSRS's curve
 * does; a learner whose memory does not (the bench's half-life learner forgets exponentially, FSRS's
 * curve is a power law) is then judged right on the short intervals it was fitted on and too high on
 * the longer ones, so the projection ran +7 points high for that learner and came down as the learner
 * reviewed longer intervals. Measured on the readiness bench's 6 half-life runs with an exam date and
 * a projection (80 and 120 a day, seeds 1–2; answers after day 10 judged with the calibration fitted
 * before it, predicted minus actual, points):
 *
 *     elapsed days             2–3    4–7   8–15    all
 *     R alone (a, b, c)       +5.2   +7.4   +9.4   +7.4
 *     with d · ln t           +2.7   +1.5   −0.2   +1.0
 *
 * and on exam day the day-10 fit now says what the day-30 fit says (seen questions +3.7 vs +3.9;
 * R alone +8.0 vs +3.4). For the FSRS learner d stays near 0 (+1.9 → 0.0 on the same answers).
 * ln t, not t or √t: on those answers t left +5.3 and √t overshot the longest intervals (−12 for
 * 16 days and more); ln S (FSRS's stability) in place of ln t changed nothing (+6.8). Fitting R alone
 * on the longer intervals only is no alternative that early: on day 10 the runs had 32–65 answers of
 * 4 days or more (0–9 of 7 or more), and exam-day seen questions came out +6.6 (+19.4). In the bench the
 * projection went from +7.0 to +3.4 points over the truth (half-life learner) and +1.5 to +0.4 (FSRS
 * learner); its gap to what readiness says on exam morning from +3.6 to 0.0 — what is left is
 * readiness's own lean on exam morning, which the projection forecasts.
 *
 * The term is an extrapolation like any other: for a learner whose memory follows FSRS's curve
 * but lengthens more slowly than its stability, ln t can overshoot (a synthetic check: down to −8
 * points at 8–20 days where R alone said −2 to −3). The range carries d's statistical uncertainty and
 * the model term (plan-projection.ts MODEL_SD_PER_DAY), not a wrong shape.
 *
 * Readiness keeps the three-term calibration: it judges a day or a week ahead, where the term
 * matters little, and the class server recomputes it from a synced calibration of that shape.
 */
import { fitGuessAdjustedLogistic } from './logistic-fit.js';
import { CALIBRATION_PRIOR, calibrationFeatures, type CalibrationObservation } from './recall-calibration.js';

export interface ProjectionCalibration {
  /** a, b, c as in RecallCalibration; d on the logit scale per ln(days since the last answer). (0, 1, 0, 0) is no change. */
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  /** Answers the fit used. */
  readonly answers: number;
  /** The posterior covariance of (a, b, c, d), 4×4. */
  readonly covariance: readonly (readonly number[])[];
}

export interface ProjectionObservation extends CalibrationObservation {
  /** Days from the question's previous answer to this one. */
  readonly elapsedDays: number;
}

export const INTERVAL_PRIOR = { mean: 0, sd: 0.5 } as const;
const PRIORS = [CALIBRATION_PRIOR.a, CALIBRATION_PRIOR.b, CALIBRATION_PRIOR.c, INTERVAL_PRIOR] as const;

/** ln t, t in days and at least one. */
const intervalFeature = (elapsedDays: number) => Math.log(Math.max(1, elapsedDays));
const featuresOf = (recall: number, misses: number, elapsedDays: number): number[] => [...calibrationFeatures(recall, misses), intervalFeature(elapsedDays)];
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function fitProjectionCalibration(observations: readonly ProjectionObservation[]): ProjectionCalibration {
  const fit = fitGuessAdjustedLogistic(
    observations.map((o) => ({ x: featuresOf(o.recall, o.misses ?? 0, o.elapsedDays), floor: o.floor, correct: o.correct })),
    PRIORS,
  );
  const [a, b, c, d] = fit.theta as [number, number, number, number];
  return { a, b, c, d, answers: observations.length, covariance: fit.covariance };
}

/** The recall the projection expects `elapsedDays` after a question's last answer, before the guessing floor is added. */
export function projectedRecall(calibration: ProjectionCalibration, recall: number, misses: number, elapsedDays: number): number {
  const [x0, x1, x2, x3] = featuresOf(recall, misses, elapsedDays) as [number, number, number, number];
  return sigmoid(calibration.a * x0 + calibration.b * x1 + calibration.c * x2 + calibration.d * x3);
}

/** How that recall moves with (a, b, c, d): s(1 − s) times each feature (the projection's range takes J Σ Jᵀ, logistic-fit.ts quadraticForm). */
export function projectedRecallSlopes(calibration: ProjectionCalibration, recall: number, misses: number, elapsedDays: number): number[] {
  const s = projectedRecall(calibration, recall, misses, elapsedDays);
  return featuresOf(recall, misses, elapsedDays).map((x) => s * (1 - s) * x);
}
