/**
 * True retention over time: of the answers to questions seen before (not practice, not undone),
 * the share that was right, in rolling weeks of 7 study days ending today. Weeks are steadier
 * than days, which for most learners hold a handful of reviews.
 */
export interface DayReviews {
  readonly reviews: number;
  readonly right: number;
}

export interface RetentionWeek {
  /** Index of the week's first day in the input. */
  readonly firstDay: number;
  readonly reviews: number;
  readonly right: number;
  /** right / reviews; null for a week without reviews. */
  readonly retention: number | null;
}

/** `days`: oldest first, the last one today. Returns `weeks` weeks, oldest first. */
export function weeklyRetention(days: readonly DayReviews[], weeks: number): RetentionWeek[] {
  const result: RetentionWeek[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const end = days.length - w * 7;
    const start = end - 7;
    let reviews = 0;
    let right = 0;
    for (let i = Math.max(0, start); i < end; i++) {
      reviews += days[i]?.reviews ?? 0;
      right += days[i]?.right ?? 0;
    }
    result.push({ firstDay: start, reviews, right, retention: reviews > 0 ? right / reviews : null });
  }
  return result;
}
