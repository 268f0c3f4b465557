/**
 * Mock exams as evidence for readiness. A completed mock is the most direct sample of the exam
 * score there is: at each draw every item got the readiness model's chance of a right answer
 * (exam_items.predicted), so a mock measures how far the model was off — its bias β — on items
 * drawn as the exam draws them.
 *
 * Normal–normal model. Prior β ~ N(0, τ²), τ = MODEL_BIAS_SD: the size of the model's misses seen in
 * simulation before calibration (8–20 points). A mock's mean residual r = (right − Σ predicted)/n
 * ~ N(β, σ²/n), σ² = s(1 − s) with s its share right. The posterior of β given the pooled mocks is
 * N(w·r, w·σ²/n) with w = τ²/(τ² + σ²/n); readiness moves by the posterior mean and adds the posterior
 * variance to its sd². Each domain's β_d has the overall posterior, widened by τ²/2 (how far one
 * domain may stray), as its prior and its own residual as evidence. Only mocks of the same outline in the last MOCK_WINDOW_DAYS count, and only answered
 * scored items with a stored prediction (an unanswered question says nothing about knowledge).
 *
 * Caveat, stated in --explain: a mock's answers also enter the review log (first answers and the
 * recall calibration learn from them), so part of a mock's lesson is counted twice; the shrinkage
 * toward zero keeps that small, and newer answers carry the model forward from there.
 */
import type { DomainId } from './question.js';
import { estimate, type Estimate } from './readiness-estimate.js';

export const MODEL_BIAS_SD = 0.08;
export const MOCK_WINDOW_DAYS = 60;
/** Fewer answered items than this in all recent mocks together say too little to use. */
export const MIN_MOCK_ANSWERS = 20;

export interface MockTally {
  readonly answered: number;
  readonly right: number;
  /** Σ of the predicted chances of the answered items. */
  readonly predicted: number;
}

export interface MockResult extends MockTally {
  readonly examId: number;
  readonly submittedAt: number;
  readonly byDomain: Readonly<Partial<Record<DomainId, MockTally>>>;
}

export interface BiasEstimate {
  /** Posterior mean of the model's bias: the shift readiness applies. */
  readonly shift: number;
  /** Posterior variance of the bias, added to sd². */
  readonly variance: number;
}

export interface MockEvidence {
  readonly mocks: number;
  readonly answered: number;
  readonly right: number;
  readonly predicted: number;
  readonly overall: BiasEstimate;
  readonly domains: Readonly<Partial<Record<DomainId, BiasEstimate & { readonly answered: number }>>>;
}

/** The posterior of a bias with prior N(priorMean, priorVar), from a tally. */
function posterior(tally: MockTally, priorMean: number, priorVar: number): BiasEstimate {
  if (tally.answered === 0) return { shift: priorMean, variance: priorVar };
  const share = tally.right / tally.answered;
  // A share of 0 or 1 would claim no sampling noise at all; half an answer either way keeps σ² honest.
  const s = Math.min(Math.max(share, 0.5 / tally.answered), 1 - 0.5 / tally.answered);
  const noise = (s * (1 - s)) / tally.answered;
  const residual = (tally.right - tally.predicted) / tally.answered;
  const w = priorVar / (priorVar + noise);
  return { shift: priorMean + w * (residual - priorMean), variance: w * noise };
}

const sum = (tallies: readonly MockTally[]): MockTally => ({
  answered: tallies.reduce((a, t) => a + t.answered, 0),
  right: tallies.reduce((a, t) => a + t.right, 0),
  predicted: tallies.reduce((a, t) => a + t.predicted, 0),
});

/** Null when the recent mocks hold fewer than MIN_MOCK_ANSWERS answered items. */
export function mockEvidence(mocks: readonly MockResult[], domains: readonly DomainId[]): MockEvidence | null {
  const all = sum(mocks);
  if (all.answered < MIN_MOCK_ANSWERS) return null;
  const overall = posterior(all, 0, MODEL_BIAS_SD ** 2);
  const byDomain: Partial<Record<DomainId, BiasEstimate & { answered: number }>> = {};
  for (const d of domains) {
    const tally = sum(mocks.map((m) => m.byDomain[d] ?? { answered: 0, right: 0, predicted: 0 }));
    // The overall posterior as the prior, widened by how far a domain may stray from it (τ²/2).
    byDomain[d] = { ...posterior(tally, overall.shift, overall.variance + MODEL_BIAS_SD ** 2 / 2), answered: tally.answered };
  }
  return { mocks: mocks.length, answered: all.answered, right: all.right, predicted: all.predicted, overall, domains: byDomain };
}

/** An estimate moved by a bias posterior: the mean shifts, the bias's own uncertainty widens the range. */
export function adjustedEstimate(e: Estimate, bias: BiasEstimate, cut: number): Estimate {
  const expected = Math.min(1, Math.max(0, e.expected + bias.shift));
  return estimate(expected, Math.sqrt(e.sd ** 2 + bias.variance), cut);
}
