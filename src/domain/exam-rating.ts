/**
 * PMI reports four ratings per domain and overall, and publishes no cut. We rate a share of right
 * answers against an ASSUMED cut (the learner can change it, and every report prints it): Target
 * starts at the cut, and the bands beside it are BAND_POINTS wide. With the default cut of 61 %
 * (the last cut PMI published, in 2005): Needs Improvement < 46 %, Below Target 46–61 %,
 * Target 61–76 %, Above Target ≥ 76 %.
 */
export type ExamRating = 'above-target' | 'target' | 'below-target' | 'needs-improvement';

export const RATINGS_BEST_FIRST: readonly ExamRating[] = ['above-target', 'target', 'below-target', 'needs-improvement'];

export const DEFAULT_CUT = 0.61;
/** Width of the Target and Below Target bands, as a share (15 percentage points). */
export const BAND_POINTS = 0.15;

/** The share of right answers (0..1) at which each rating starts, best first. */
export function ratingThresholds(cut: number): Readonly<Record<ExamRating, number>> {
  return {
    'above-target': Math.min(1, cut + BAND_POINTS),
    target: cut,
    'below-target': Math.max(0, cut - BAND_POINTS),
    'needs-improvement': 0,
  };
}

export function ratingOf(share: number, cut: number = DEFAULT_CUT): ExamRating {
  const t = ratingThresholds(cut);
  return RATINGS_BEST_FIRST.find((r) => share >= t[r]) ?? 'needs-improvement';
}

/** Pass means the overall share reaches the assumed cut. */
export const passes = (share: number, cut: number = DEFAULT_CUT): boolean => share >= cut;
