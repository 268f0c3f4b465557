/**
 * How much `pmp study` takes on today, from the options and what the learner chose before: the
 * daily review cap (--max-reviews, remembered), new questions (--new, else `pmp config set
 * new-per-day`), and whether a stored study plan (`pmp plan`) sets them instead.
 */
import type { Db } from '../storage/database.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';

export interface StudyLimitOptions {
  /** --max-reviews: remembered for later sessions and for the forecast in `pmp stats`; 0 lifts the cap. */
  readonly maxReviews?: number;
  /** --new */
  readonly explicitNew?: number;
  /** --cram: a session outside the plan. */
  readonly cram: boolean;
}

export interface StudyLimits {
  /** Reviews per study day; undefined = no cap. */
  readonly maxReviewsPerDay?: number;
  /** New questions per day the learner chose (--new or remembered); undefined = not chosen. */
  readonly chosenNew?: number;
  /** No number was chosen and a stored study plan sets today's new questions. */
  readonly followsPlan: boolean;
}

export function studyLimits(db: Db, options: StudyLimitOptions): StudyLimits {
  // --max-reviews is remembered: the cap is a habit, and the forecast in pmp stats follows it.
  if (options.maxReviews !== undefined) putSetting(db, SETTING.maxReviewsPerDay, options.maxReviews === 0 ? null : options.maxReviews);
  const cap = getSetting<number | null>(db, SETTING.maxReviewsPerDay) ?? undefined;
  // Without --new, a remembered number (pmp config set new-per-day) acts as --new would.
  const remembered = getSetting<unknown>(db, SETTING.newPerDay);
  const chosenNew = options.explicitNew ?? (Number.isInteger(remembered) ? (remembered as number) : undefined);
  // Otherwise a stored study plan (pmp plan) sets today's new questions.
  const followsPlan = chosenNew === undefined && !options.cram && getSetting(db, SETTING.studyPlan) !== undefined;
  return { ...(cap !== undefined ? { maxReviewsPerDay: cap } : {}), ...(chosenNew !== undefined ? { chosenNew } : {}), followsPlan };
}
