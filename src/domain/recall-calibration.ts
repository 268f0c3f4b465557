/**
 * Recall calibration: the layer between FSRS's retrievability and every prediction we show
 * (readiness, the mock exam's predicted score). FSRS with default weights describes an average
 * memory; a given learner may forget faster, and a lucky guess graded Good makes FSRS believe in
 * memory that is not there. Until `pmp optimize` has ~500 reviews to fit, raw recall over-promises.
 *
 * The correction is a logistic recalibration of recall, fitted on the learner's own answers:
 *
 *     P(right) = g + (1 − g) · σ(a + b · logit R)
 *
 * R = FSRS recall logged before the answer, g = the item type's guessing floor (so a choose-two or
 * a matching item is not treated as 1-in-4). a = 0, b = 1 is "no change". The fit is a maximum a
 * posteriori estimate with Gaussian priors centred on no change (a ~ N(0, 1²), b ~ N(1, 0.5²)):
 * with no answers it changes nothing, and a few tens of answers move it (each answer near
 * R = 0.5 carries about as much information as a twentieth of the prior). Pure.
 */

export interface RecallCalibration {
  /** Intercept and slope on the logit scale; (0, 1) is no change. */
  readonly a: number;
  readonly b: number;
  /** Answers the fit used. */
  readonly answers: number;
  /**
   * How uncertain a and b still are: the posterior covariance [var a, cov ab, var b] (the inverse
   * of the information at the fit). With no answers it is the prior's; readiness widens its range by it.
   */
  readonly covariance: readonly [number, number, number];
}

export interface CalibrationObservation {
  /** FSRS recall probability logged before the answer. */
  readonly recall: number;
  /** Chance of a right answer by guessing for the item's type. */
  readonly floor: number;
  readonly correct: boolean;
}

export const CALIBRATION_PRIOR = { a: { mean: 0, sd: 1 }, b: { mean: 1, sd: 0.5 } } as const;
export const NO_CALIBRATION: RecallCalibration = { a: 0, b: 1, answers: 0, covariance: [CALIBRATION_PRIOR.a.sd ** 2, 0, CALIBRATION_PRIOR.b.sd ** 2] };
/** The fit uses the learner's most recent answers: memory and habits change as study goes on. */
export const CALIBRATION_WINDOW = 2000;
/** Recall is kept away from 0 and 1 before taking its logit (FSRS says exactly 1 on the day of an answer). */
const EDGE = 1e-4;
const MAX_ITERATIONS = 50;

const clamp = (p: number) => Math.min(1 - EDGE, Math.max(EDGE, p));
const logit = (p: number) => Math.log(clamp(p) / (1 - clamp(p)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The recall a calibrated model expects, before the guessing floor is added. */
export function calibratedRecall(calibration: Pick<RecallCalibration, 'a' | 'b'>, recall: number): number {
  return sigmoid(calibration.a + calibration.b * logit(recall));
}

/**
 * How the calibrated recall moves with a and b at this raw recall: ∂/∂a = s(1 − s), ∂/∂b = s(1 − s)·logit R
 * (s = the calibrated recall). Readiness sums these to carry the calibration's uncertainty into its range.
 */
export function calibrationSlopes(calibration: Pick<RecallCalibration, 'a' | 'b'>, recall: number): { readonly da: number; readonly db: number } {
  const s = calibratedRecall(calibration, recall);
  const slope = s * (1 - s);
  return { da: slope, db: slope * logit(recall) };
}


/**
 * MAP fit by Fisher scoring (Newton's method with the expected information, which is always
 * positive definite here, so every step is well defined). Two parameters: converges in a few steps.
 * A full step can overshoot when many confident predictions fail (a weak learner's reviews at
 * R ≈ 0.9 answered wrong): it is halved until the log posterior does not fall, so the fit never
 * walks away from the optimum (an undamped fit was seen landing at a = 10.6, b = −25.1, with a log
 * posterior of −3147 against −383 at the optimum; test/domain/recall-calibration-fit.test.ts).
 */
export function fitRecallCalibration(observations: readonly CalibrationObservation[]): RecallCalibration {
  if (observations.length === 0) return NO_CALIBRATION;
  const { a: pa, b: pb } = CALIBRATION_PRIOR;
  const xs = observations.map((o) => logit(o.recall));
  const logPosterior = (a: number, b: number): number => {
    let sum = -((a - pa.mean) ** 2) / (2 * pa.sd ** 2) - (b - pb.mean) ** 2 / (2 * pb.sd ** 2);
    observations.forEach((o, i) => {
      const p = Math.min(1 - 1e-12, Math.max(1e-12, o.floor + (1 - o.floor) * sigmoid(a + b * xs[i]!)));
      sum += o.correct ? Math.log(p) : Math.log(1 - p);
    });
    return sum;
  };
  let a = pa.mean;
  let b = pb.mean;
  let current = logPosterior(a, b);
  let covariance: [number, number, number] = [...NO_CALIBRATION.covariance];
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // Gradient and information of the log posterior.
    let ga = -(a - pa.mean) / pa.sd ** 2;
    let gb = -(b - pb.mean) / pb.sd ** 2;
    let iaa = 1 / pa.sd ** 2;
    let ibb = 1 / pb.sd ** 2;
    let iab = 0;
    observations.forEach((o, i) => {
      const x = xs[i]!;
      const s = sigmoid(a + b * x);
      const p = Math.min(1 - 1e-12, Math.max(1e-12, o.floor + (1 - o.floor) * s));
      const dp = (1 - o.floor) * s * (1 - s); // ∂p/∂a; ∂p/∂b = dp·x
      const dl = o.correct ? 1 / p : -1 / (1 - p);
      ga += dl * dp;
      gb += dl * dp * x;
      const w = (dp * dp) / (p * (1 - p));
      iaa += w;
      iab += w * x;
      ibb += w * x * x;
    });
    const det = iaa * ibb - iab * iab;
    covariance = [ibb / det, -iab / det, iaa / det];
    let da = (ibb * ga - iab * gb) / det;
    let db = (iaa * gb - iab * ga) / det;
    let next = logPosterior(a + da, b + db);
    for (let halving = 0; halving < 30 && !(next >= current); halving++) {
      da /= 2;
      db /= 2;
      next = logPosterior(a + da, b + db);
    }
    if (!(next >= current)) break; // no step improves: at the optimum to rounding
    a += da;
    b += db;
    current = next;
    if (Math.abs(da) < 1e-7 && Math.abs(db) < 1e-7) break;
  }
  return { a, b, answers: observations.length, covariance };
}

/** How often a learner's calibration is refitted when replaying a history in order (answers). */
const REFIT_EVERY = 50;

/**
 * A history replayed in time order, each recall replaced by what the calibration fitted on the
 * answers before it (at most the newest `window` of them) would have said — an honest test of the
 * calibration: it never sees the answer it predicts. Answers are oldest first.
 */
export function calibratedAsItLearns<T extends { readonly recall: number; readonly correct: boolean }>(
  answers: readonly T[],
  floorOf: (index: number) => number,
  window: number,
): T[] {
  let calibration = NO_CALIBRATION;
  return answers.map((answer, i) => {
    if (i > 0 && i % REFIT_EVERY === 0) {
      const from = Math.max(0, i - window);
      calibration = fitRecallCalibration(answers.slice(from, i).map((a, k) => ({ recall: a.recall, floor: floorOf(from + k), correct: a.correct })));
    }
    return { ...answer, recall: calibratedRecall(calibration, answer.recall) };
  });
}
