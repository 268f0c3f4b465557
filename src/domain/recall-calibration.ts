/**
 * Recall calibration: the layer between FSRS's retrievability and every prediction we show
 * (readiness, the mock exam's predicted score). FSRS with default weights describes an average
 * memory; a given learner may forget faster, and a lucky guess graded Good makes FSRS believe in
 * memory that is not there. Until `pmp optimize` has ~500 reviews to fit, raw recall over-promises.
 *
 * The correction is a logistic recalibration of recall, fitted on the learner's own answers:
 *
 *     P(right) = g + (1 − g) · σ(a + b · logit R + c · ln(1 + M))
 *
 * R = FSRS recall logged before the answer, M = the question's misses before it (missesOf), g = the item type's
 * guessing floor (so a choose-two or a matching item is not treated as 1-in-4). a = 0, b = 1, c = 0 is
 * "no change". The fit is a maximum a posteriori estimate with Gaussian priors centred on no change
 * (a ~ N(0, 1²), b ~ N(1, 0.5²), c ~ N(0, 0.5²)):
 * with no answers it changes nothing, and a few tens of answers move it (each answer near
 * R = 0.5 carries about as much information as a twentieth of the prior). Pure.
 */

export interface RecallCalibration {
  /** Intercept and slope on the logit scale; (0, 1) is no change. */
  readonly a: number;
  readonly b: number;
  /** How much the question's earlier misses lower recall beyond what FSRS says, on the logit scale per ln(1 + misses); 0 is no change. */
  readonly c: number;
  /** Answers the fit used. */
  readonly answers: number;
  /**
   * How uncertain a, b and c still are: the posterior covariance, a 3×3 matrix in the order (a, b, c)
   * (the inverse of the information at the fit). With no answers it is the prior's; readiness widens its range by it.
   */
  readonly covariance: readonly (readonly number[])[];
}

export interface CalibrationObservation {
  /** FSRS recall probability logged before the answer. */
  readonly recall: number;
  /** Chance of a right answer by guessing for the item's type. */
  readonly floor: number;
  readonly correct: boolean;
  /** The question's misses before this answer (missesOf); 0 when absent. */
  readonly misses?: number;
}

export const CALIBRATION_PRIOR = { a: { mean: 0, sd: 1 }, b: { mean: 1, sd: 0.5 }, c: { mean: 0, sd: 0.5 } } as const;
const PRIOR_MEANS = [CALIBRATION_PRIOR.a.mean, CALIBRATION_PRIOR.b.mean, CALIBRATION_PRIOR.c.mean] as const;
const PRIOR_PRECISIONS = [CALIBRATION_PRIOR.a.sd ** -2, CALIBRATION_PRIOR.b.sd ** -2, CALIBRATION_PRIOR.c.sd ** -2] as const;
export const NO_CALIBRATION: RecallCalibration = {
  a: 0,
  b: 1,
  c: 0,
  answers: 0,
  covariance: [
    [CALIBRATION_PRIOR.a.sd ** 2, 0, 0],
    [0, CALIBRATION_PRIOR.b.sd ** 2, 0],
    [0, 0, CALIBRATION_PRIOR.c.sd ** 2],
  ],
};
/** The fit uses the learner's most recent answers: memory and habits change as study goes on. */
export const CALIBRATION_WINDOW = 2000;
/** Recall is kept away from 0 and 1 before taking its logit (FSRS says exactly 1 on the day of an answer). */
const EDGE = 1e-4;
const MAX_ITERATIONS = 50;
/** A fit whose next step moves a, b and c each by less than this has converged. */
const CONVERGED = 1e-7;

const clamp = (p: number) => Math.min(1 - EDGE, Math.max(EDGE, p));
const logit = (p: number) => Math.log(clamp(p) / (1 - clamp(p)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/**
 * A question's misses: a wrong first answer (what the learner did not know before studying it) plus
 * its lapses as FSRS counts them (wrong answers after the first). FSRS forgets a wrong first answer
 * once the question is rated Again, and with default weights lets a lapsed question recover faster
 * than a learner whose memory is not FSRS may.
 */
export const missesOf = (lapses: number, firstAnswerWrong: boolean): number => lapses + (firstAnswerWrong ? 1 : 0);
/** The misses feature: the first miss says most, each further one less. */
const missFeature = (misses: number | undefined) => Math.log1p(Math.max(0, misses ?? 0));
type Params = Pick<RecallCalibration, 'a' | 'b' | 'c'>;
/** The calibration's features (1, logit R, ln(1 + misses)), in the order of a, b, c; the plan projection's calibration adds one (projection-calibration.ts). */
export const calibrationFeatures = (recall: number, misses: number | undefined): [number, number, number] => [1, logit(recall), missFeature(misses)];

/** The recall a calibrated model expects for a question with `misses` misses so far, before the guessing floor is added. */
export function calibratedRecall(calibration: Params, recall: number, misses = 0): number {
  return sigmoid(calibration.a + calibration.b * logit(recall) + calibration.c * missFeature(misses));
}

/**
 * How the calibrated recall moves with a, b and c at this raw recall: s(1 − s) times each feature
 * (1, logit R, ln(1 + misses)); s = the calibrated recall. Readiness sums these to carry the
 * calibration's uncertainty into its range.
 */
export function calibrationSlopes(calibration: Params, recall: number, misses = 0): { readonly da: number; readonly db: number; readonly dc: number } {
  const s = calibratedRecall(calibration, recall, misses);
  const slope = s * (1 - s);
  return { da: slope, db: slope * logit(recall), dc: slope * missFeature(misses) };
}

/** The variance of J·(a, b, c) under the calibration's covariance; 0 without one. */
export function calibrationVariance(covariance: readonly (readonly number[])[] | undefined, j: readonly [number, number, number]): number {
  if (!covariance) return 0;
  let v = 0;
  for (let r = 0; r < 3; r++) for (let k = 0; k < 3; k++) v += j[r]! * (covariance[r]?.[k] ?? 0) * j[k]!;
  return Math.max(0, v);
}

/**
 * MAP fit by Fisher scoring (Newton's method with the expected information, which is always
 * positive definite here, so every step is well defined). Three parameters: converges in a few steps.
 * A full step can overshoot when many confident predictions fail (a weak learner's reviews at
 * R ≈ 0.9 answered wrong): it is halved until the log posterior does not fall, so the fit never
 * walks away from the optimum (an undamped fit was seen landing at a = 10.6, b = −25.1, with a log
 * posterior of −3147 against −383 at the optimum; test/domain/recall-calibration-fit.test.ts).
 *
 * Why misses (c): in the readiness bench's half-life learners, questions with one miss or more were
 * over-predicted by 5–20 points on exam morning while questions never missed were right to a point
 * or two (a question answered wrong at first sight and not seen for 12 days: FSRS 0.60, truly 0.23),
 * and readiness with an exam date ran +4.6 points high. The FSRS learner fits c near 0.
 */
export function fitRecallCalibration(observations: readonly CalibrationObservation[], start?: Params): RecallCalibration {
  if (observations.length === 0) return NO_CALIBRATION;
  // Columns in typed arrays and no allocation inside the loops: a fit runs once in a command, mostly
  // before the JIT has compiled it (a day's sync: 28 → ~8 ms of CPU for 2,000 answers). The
  // arithmetic is the same, in the same order, as fitting row by row (1·a is a exactly).
  const n = observations.length;
  const logitR = new Float64Array(n);
  const missX = new Float64Array(n);
  const floors = new Float64Array(n);
  const right = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    const x = calibrationFeatures(o.recall, o.misses);
    logitR[i] = x[1];
    missX[i] = x[2];
    floors[i] = o.floor;
    right[i] = o.correct ? 1 : 0;
  }
  // One pass over the answers gives the log posterior at θ with its gradient and information, so a
  // step that is taken needs no second pass to know where it landed: 1 + steps passes, not 1 + 2·steps.
  const evaluate = (t0: number, t1: number, t2: number) => {
    let sum = 0;
    sum -= ((t0 - PRIOR_MEANS[0]) ** 2 * PRIOR_PRECISIONS[0]) / 2;
    sum -= ((t1 - PRIOR_MEANS[1]) ** 2 * PRIOR_PRECISIONS[1]) / 2;
    sum -= ((t2 - PRIOR_MEANS[2]) ** 2 * PRIOR_PRECISIONS[2]) / 2;
    // Gradient and information (symmetric: six sums, mirrored).
    let g0 = -(t0 - PRIOR_MEANS[0]) * PRIOR_PRECISIONS[0];
    let g1 = -(t1 - PRIOR_MEANS[1]) * PRIOR_PRECISIONS[1];
    let g2 = -(t2 - PRIOR_MEANS[2]) * PRIOR_PRECISIONS[2];
    let i00 = PRIOR_PRECISIONS[0];
    let i01 = 0;
    let i02 = 0;
    let i11 = PRIOR_PRECISIONS[1];
    let i12 = 0;
    let i22 = PRIOR_PRECISIONS[2];
    for (let i = 0; i < n; i++) {
      const x1 = logitR[i]!;
      const x2 = missX[i]!;
      const floor = floors[i]!;
      const s = sigmoid(t0 + t1 * x1 + t2 * x2);
      const p = Math.min(1 - 1e-12, Math.max(1e-12, floor + (1 - floor) * s));
      const isRight = right[i] === 1;
      sum += isRight ? Math.log(p) : Math.log(1 - p);
      const dp = (1 - floor) * s * (1 - s); // ∂p/∂θ_k = dp·x_k
      const dl = isRight ? 1 / p : -1 / (1 - p);
      const w = (dp * dp) / (p * (1 - p));
      const dldp = dl * dp;
      g0 += dldp;
      g1 += dldp * x1;
      g2 += dldp * x2;
      const wx1 = w * x1;
      const wx2 = w * x2;
      i00 += w;
      i01 += wx1;
      i02 += wx2;
      i11 += wx1 * x1;
      i12 += wx1 * x2;
      i22 += wx2 * x2;
    }
    return { logPosterior: sum, gradient: [g0, g1, g2] as const, information: [[i00, i01, i02], [i01, i11, i12], [i02, i12, i22]] };
  };
  // From the prior's centre; or from `start`, an earlier fit of nearly the same answers (a day's sync
  // moves 60 of 2,000): the same optimum in about half the steps, to within CONVERGED.
  let theta: [number, number, number] = start ? [start.a, start.b, start.c] : [PRIOR_MEANS[0], PRIOR_MEANS[1], PRIOR_MEANS[2]];
  if (!theta.every(Number.isFinite)) theta = [PRIOR_MEANS[0], PRIOR_MEANS[1], PRIOR_MEANS[2]];
  let here = evaluate(theta[0], theta[1], theta[2]);
  let covariance: number[][] = NO_CALIBRATION.covariance.map((row) => [...row]);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const [t0, t1, t2] = theta;
    const [g0, g1, g2] = here.gradient;
    covariance = inverse3(here.information);
    const step = covariance.map((row) => row[0]! * g0 + row[1]! * g1 + row[2]! * g2);
    const converged = step.every((d) => Math.abs(d) < CONVERGED);
    let next = evaluate(t0 + step[0]!, t1 + step[1]!, t2 + step[2]!);
    // A step this small that does not raise the posterior is rounding at the optimum: halving it
    // (thirty more passes over the answers, most of a fit's time) could move the fit by less than CONVERGED.
    for (let halving = 0; halving < 30 && !converged && !(next.logPosterior >= here.logPosterior); halving++) {
      for (let k = 0; k < 3; k++) step[k]! /= 2;
      next = evaluate(t0 + step[0]!, t1 + step[1]!, t2 + step[2]!);
    }
    if (!(next.logPosterior >= here.logPosterior)) break; // no step improves: at the optimum to rounding
    theta = [t0 + step[0]!, t1 + step[1]!, t2 + step[2]!];
    here = next;
    if (step.every((d) => Math.abs(d) < CONVERGED)) break;
  }
  return { a: theta[0], b: theta[1], c: theta[2], answers: n, covariance };
}

/** The inverse of a symmetric positive definite 3×3 matrix (the information always is: the prior adds to its diagonal). */
function inverse3(m: readonly (readonly number[])[]): number[][] {
  const [[a, b, c], [, d, e], [, , f]] = m as [[number, number, number], [number, number, number], [number, number, number]];
  const A = d * f - e * e;
  const B = c * e - b * f;
  const C = b * e - c * d;
  const det = a * A + b * B + c * C;
  const D = a * f - c * c;
  const E = b * c - a * e;
  const F = a * d - b * b;
  return [
    [A / det, B / det, C / det],
    [B / det, D / det, E / det],
    [C / det, E / det, F / det],
  ];
}

/** How often a learner's calibration is refitted when replaying a history in order (answers). */
const REFIT_EVERY = 50;

/**
 * A history replayed in time order, each recall replaced by what the calibration fitted on the
 * answers before it (at most the newest `window` of them) would have said — an honest test of the
 * calibration: it never sees the answer it predicts. Answers are oldest first.
 */
export function calibratedAsItLearns<T extends { readonly recall: number; readonly correct: boolean; readonly misses?: number }>(
  answers: readonly T[],
  floorOf: (index: number) => number,
  window: number,
): T[] {
  let calibration = NO_CALIBRATION;
  return answers.map((answer, i) => {
    if (i > 0 && i % REFIT_EVERY === 0) {
      const from = Math.max(0, i - window);
      calibration = fitRecallCalibration(answers.slice(from, i).map((a, k) => ({ recall: a.recall, floor: floorOf(from + k), correct: a.correct, misses: a.misses })));
    }
    return { ...answer, recall: calibratedRecall(calibration, answer.recall, answer.misses) };
  });
}
