/**
 * From an expected share and its sd to what readiness reports: the 90 % range, the PMI-style rating
 * most likely under the assumed cut, the chance of each rating and of passing. Pure.
 */
import { RATINGS_BEST_FIRST, ratingOf, ratingThresholds, type ExamRating } from './exam-rating.js';
import { normalCdf, Z90 } from './normal.js';

export interface Estimate {
  readonly expected: number;
  readonly low: number;
  readonly high: number;
  readonly sd: number;
  readonly rating: ExamRating;
  /** Chance of each rating under N(expected, sd²). */
  readonly ratingChances: Readonly<Record<ExamRating, number>>;
  /** Chance of reaching the cut. */
  readonly passChance: number;
}

export function estimate(expected: number, sd: number, cut: number): Estimate {
  const t = ratingThresholds(cut);
  const chances = {} as Record<ExamRating, number>;
  let upper = Infinity;
  for (const r of RATINGS_BEST_FIRST) {
    const lowerCdf = r === 'needs-improvement' ? 0 : normalCdf(t[r], expected, sd);
    chances[r] = (upper === Infinity ? 1 : normalCdf(upper, expected, sd)) - lowerCdf;
    upper = t[r];
  }
  const likeliest = RATINGS_BEST_FIRST.reduce((best, r) => (chances[r] > chances[best] + 1e-12 ? r : best), ratingOf(expected, cut));
  return {
    expected,
    low: Math.max(0, expected - Z90 * sd),
    high: Math.min(1, expected + Z90 * sd),
    sd,
    rating: likeliest,
    ratingChances: chances,
    passChance: 1 - normalCdf(cut, expected, sd),
  };
}
