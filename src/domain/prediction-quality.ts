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
