/**
 * How good were predicted probabilities of recall? Each prediction is compared with what happened
 * (1 = answered right). Lower is better for every score here.
 */
export interface Outcome {
  /** Predicted probability of a right answer, 0..1. */
  readonly p: number;
  /** 1 when the answer was right, 0 when wrong. */
  readonly y: 0 | 1;
}

/** Probabilities are kept inside [EPS, 1 − EPS] so one confident miss cannot make log loss infinite. */
const EPS = 1e-6;
const clamp = (p: number) => Math.min(1 - EPS, Math.max(EPS, p));

/** Mean of −(y·ln p + (1−y)·ln(1−p)); NaN for no outcomes. */
export function logLoss(outcomes: readonly Outcome[]): number {
  let sum = 0;
  for (const { p, y } of outcomes) sum -= y === 1 ? Math.log(clamp(p)) : Math.log(1 - clamp(p));
  return sum / outcomes.length;
}

/** Mean squared difference between prediction and outcome (Brier score); NaN for no outcomes. */
export function brierScore(outcomes: readonly Outcome[]): number {
  let sum = 0;
  for (const { p, y } of outcomes) sum += (p - y) ** 2;
  return sum / outcomes.length;
}

/** The baseline every model must beat: always predict the learner's average success rate. */
export function constantBaseline(outcomes: readonly Outcome[]): Outcome[] {
  const mean = outcomes.reduce((a, o) => a + o.y, 0) / outcomes.length;
  return outcomes.map((o) => ({ p: mean, y: o.y }));
}

/** A prediction with the three features RMSE(bins) groups by. */
export interface BinnedOutcome extends Outcome {
  /** Whole days since the previous answer to this question (the delta_t the model used). */
  readonly elapsedDays: number;
  /** 1-based number of this answer among all answers to the question (same-day ones included). */
  readonly reviewNumber: number;
  /** Earlier answers rated Again that were not same-day answers (the first answer counts as not same-day). */
  readonly lapses: number;
}

/*
 * RMSE(bins), the calibration score of the open-spaced-repetition SRS benchmark (srs-benchmark
 * README, "Metrics", and the fsrs4anki wiki page "The Metric"; code: `rmse_matrix` in the
 * benchmark's utils). The current definition groups predictions by three features — interval
 * length, number of reviews and number of lapses — each mapped onto a geometric ladder, and
 * compares mean prediction with mean outcome per group, weighted by the group's size:
 *   delta_t bin = round(2.48 · 3.62^floor(ln(max(delta_t, 1e-6)) / ln 3.62), 2)
 *   i bin       = round(1.99 · 1.89^floor(ln(i) / ln 1.89))
 *   lapse bin   = 0 when lapses = 0, else round(1.65 · 1.73^floor(ln(lapses) / ln 1.73))
 *   RMSE(bins)  = sqrt( Σ_bins n·(mean y − mean p)² / Σ_bins n )
 * (An older version of the wiki binned by predicted R alone; this is the current one.) Python
 * rounds halves to even and JavaScript up; a label landing exactly on a half is not a case that
 * arises for these ladders, and a label only names a group.
 */
const ladderStep = (x: number, base: number): number => Math.floor(Math.log(x) / Math.log(base));
const roundTo = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function elapsedDaysBin(elapsedDays: number): number {
  return roundTo(2.48 * 3.62 ** ladderStep(Math.max(elapsedDays, 1e-6), 3.62), 2);
}
export function reviewNumberBin(reviewNumber: number): number {
  return Math.round(1.99 * 1.89 ** ladderStep(reviewNumber, 1.89));
}
export function lapsesBin(lapses: number): number {
  return lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** ladderStep(lapses, 1.73));
}

/** RMSE(bins) as defined above; NaN for no outcomes. */
export function rmseBins(outcomes: readonly BinnedOutcome[]): number {
  const groups = new Map<string, { n: number; sumP: number; sumY: number }>();
  for (const o of outcomes) {
    const key = `${elapsedDaysBin(o.elapsedDays)}|${reviewNumberBin(o.reviewNumber)}|${lapsesBin(o.lapses)}`;
    const g = groups.get(key) ?? { n: 0, sumP: 0, sumY: 0 };
    g.n++;
    g.sumP += o.p;
    g.sumY += o.y;
    groups.set(key, g);
  }
  let weighted = 0;
  let total = 0;
  for (const g of groups.values()) {
    weighted += g.n * (g.sumY / g.n - g.sumP / g.n) ** 2;
    total += g.n;
  }
  return Math.sqrt(weighted / total);
}

/** One tenth of the probability scale: predictions in [from, to) (the last tenth includes 1). */
export interface Decile {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Mean prediction in this tenth; null when empty. */
  readonly meanPredicted: number | null;
  /** Share answered right in this tenth; null when empty. */
  readonly actual: number | null;
}

/** Predictions grouped by tenths of predicted probability: a calibrated model has actual ≈ predicted in each. */
export function decileTable(outcomes: readonly Outcome[]): Decile[] {
  const rows = Array.from({ length: 10 }, () => ({ n: 0, sumP: 0, sumY: 0 }));
  for (const o of outcomes) {
    const row = rows[Math.min(9, Math.max(0, Math.floor(o.p * 10)))] as { n: number; sumP: number; sumY: number };
    row.n++;
    row.sumP += o.p;
    row.sumY += o.y;
  }
  return rows.map((r, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    count: r.n,
    meanPredicted: r.n > 0 ? r.sumP / r.n : null,
    actual: r.n > 0 ? r.sumY / r.n : null,
  }));
}

/** Brier score, log loss and RMSE(bins) of one set of predictions. */
export interface Scores {
  readonly brier: number;
  readonly logLoss: number;
  readonly rmseBins: number;
}

export function scoresOf(outcomes: readonly BinnedOutcome[]): Scores {
  return { brier: brierScore(outcomes), logLoss: logLoss(outcomes), rmseBins: rmseBins(outcomes) };
}

/** The model's scores next to those of the constant-average baseline on the same answers. */
export function scoresAgainstBaseline(outcomes: readonly BinnedOutcome[]): { readonly model: Scores; readonly baseline: Scores } {
  const mean = outcomes.reduce((a, o) => a + o.y, 0) / outcomes.length;
  return { model: scoresOf(outcomes), baseline: scoresOf(outcomes.map((o) => ({ ...o, p: mean }))) };
}
