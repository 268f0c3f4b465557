/**
 * `pmp stats`: progress over time. Every figure comes from aggregate SQL (see stats/activity.ts);
 * the shapes — streaks, weeks, the heatmap — are pure functions in src/domain.
 */
import { buildHeatmap, heatmapFirstDate, type Heatmap } from '../domain/heatmap.js';
import { weeklyRetention } from '../domain/retention-series.js';
import { DEFAULT_SCHEDULER_SETTINGS } from '../domain/scheduler.js';
import { streaks, type Streaks } from '../domain/streak.js';
import { daysBetween, studyDayDate } from '../domain/study-calendar.js';
import { DAY_START_HOUR, nextStudyDayStart, studyDayStart } from '../domain/study-day.js';
import type { Db } from '../storage/database.js';
import { getSetting, SETTING } from '../storage/settings.js';
import type { Clock } from './ports.js';
import { allTimeTotals, answerCountsByDay, dailyActivity, daysWithAnswers, firstAnswerAt, type DayActivity } from './stats/activity.js';
import { dueForecast, type ForecastDay } from './stats/forecast.js';

export type { DayActivity } from './stats/activity.js';
export type { ForecastDay } from './stats/forecast.js';

export const DAILY_DAYS = 30;
export const FORECAST_DAYS = 30;
export const RETENTION_WEEKS = 12;
export const HEATMAP_WEEKS = 26;

export interface RetentionPoint {
  /** First and last study day of the week, 'YYYY-MM-DD'. */
  readonly from: string;
  readonly to: string;
  readonly reviews: number;
  readonly right: number;
  readonly retention: number | null;
}

export interface StudyStats {
  /** Every answer ever recorded (undone ones excluded). */
  readonly answers: number;
  readonly answersToday: number;
  readonly correctToday: number;
  /** Questions `pmp study` would show now, before new ones: learning steps due and reviews due today. */
  readonly dueNow: number;
  /** Questions due by the end of tomorrow's study day that are not due now. */
  readonly dueTomorrow: number;
  /** Questions never answered. */
  readonly newAvailable: number;
  /** Questions being studied in all banks. */
  readonly questions: number;
  /** Share of reviews (questions seen before, not practice) answered right in the last 30 study days; null without any. */
  readonly retention30d: number | null;
  readonly reviews30d: number;
  /** The daily review cap in force (pmp study --max-reviews), or null. */
  readonly maxReviewsPerDay: number | null;
  /** The next 30 study days: reviews falling due, and what the cap lets through (the rest waits). */
  readonly forecast: readonly ForecastDay[];
  /** Study days start at this local hour; dates name the day a study day starts on. */
  readonly dayStartHour: number;
  /** The last 30 study days, oldest first, today last. */
  readonly daily: readonly DayActivity[];
  /** True retention per rolling week (7 study days ending today), the last 12, oldest first. */
  readonly retention: { readonly desired: number; readonly weeks: readonly RetentionPoint[] };
  readonly streak: Streaks;
  readonly timeSpent: { readonly todayMs: number; readonly last7DaysMs: number; readonly last30DaysMs: number; readonly allTimeMs: number };
  /** The last 26 weeks, Monday to Sunday columns. */
  readonly heatmap: Heatmap;
}

const DAY_MS = 86_400_000;

/** `pmp stats`: the learner's figures, the forecast held to the daily review cap they chose (pmp study --max-reviews). */
export function learnerStats(db: Db, clock: Clock): StudyStats {
  return computeStats(db, clock, getSetting<number | null>(db, SETTING.maxReviewsPerDay) ?? null);
}

export function computeStats(db: Db, clock: Clock, maxReviewsPerDay: number | null = null): StudyStats {
  const now = clock.now();
  const offset = clock.utcOffsetMinutes(now);
  const dayStart = studyDayStart(now, offset);
  const dayEnd = nextStudyDayStart(now, offset);
  const today = studyDayDate(dayStart, offset);

  // Every figure of the last 12 weeks (retention weeks, daily series, time); before that answer
  // counts for the heatmap, which the index gives without reading rows, and for the streaks
  // only whether a day has an answer, one index probe a day.
  const windowDays = Math.max(RETENTION_WEEKS * 7, DAILY_DAYS);
  const windowStart = dayStart - (windowDays - 1) * DAY_MS;
  const window = dailyActivity(db, windowStart, windowDays, offset);
  const todayActivity = window[window.length - 1];
  const last = (n: number) => window.slice(-n);
  const sum = (days: readonly DayActivity[], f: (d: DayActivity) => number) => days.reduce((a, d) => a + f(d), 0);

  const totals = allTimeTotals(db);
  const cards = db
    .prepare(
      `SELECT
         COALESCE(SUM((phase IN ('learning', 'relearning') AND due_at <= @now) OR (phase = 'review' AND due_at < @dayEnd)), 0) AS dueNow,
         COALESCE(SUM(phase != 'new' AND due_at < @tomorrowEnd AND NOT ((phase IN ('learning', 'relearning') AND due_at <= @now) OR (phase = 'review' AND due_at < @dayEnd))), 0) AS dueTomorrow,
         COALESCE(SUM(phase = 'new'), 0) AS fresh,
         COUNT(*) AS total
       FROM card_state WHERE active = 1 AND suspended = 0`,
    )
    .get({ now, dayEnd, tomorrowEnd: dayEnd + DAY_MS }) as { dueNow: number; dueTomorrow: number; fresh: number; total: number };

  const month = last(30);
  const reviews30d = sum(month, (d) => d.reviews);
  const heatmapDays = daysBetween(heatmapFirstDate(today, HEATMAP_WEEKS), today) + 1;
  const heatmapStart = dayStart - (heatmapDays - 1) * DAY_MS;
  const answersByDay = [...answerCountsByDay(db, heatmapStart, Math.max(0, heatmapDays - windowDays)), ...window.map((d) => d.answers)].slice(-heatmapDays);
  const retentionWeeks = weeklyRetention(
    window.map((d) => ({ reviews: d.reviews, right: d.reviewsRight })),
    RETENTION_WEEKS,
  ).map((w) => ({
    from: window[w.firstDay]?.date ?? '',
    to: window[w.firstDay + 6]?.date ?? '',
    reviews: w.reviews,
    right: w.right,
    retention: w.retention,
  }));

  return {
    answers: totals.answers,
    answersToday: todayActivity?.answers ?? 0,
    correctToday: todayActivity?.right ?? 0,
    dueNow: cards.dueNow,
    dueTomorrow: cards.dueTomorrow,
    newAvailable: cards.fresh,
    questions: cards.total,
    retention30d: reviews30d > 0 ? sum(month, (d) => d.reviewsRight) / reviews30d : null,
    reviews30d,
    maxReviewsPerDay,
    forecast: dueForecast(db, dayStart, FORECAST_DAYS, maxReviewsPerDay, offset),
    dayStartHour: DAY_START_HOUR,
    daily: last(DAILY_DAYS),
    retention: { desired: DEFAULT_SCHEDULER_SETTINGS.desiredRetention, weeks: retentionWeeks },
    streak: streaks([...studiedBefore(db, heatmapStart, offset), ...answersByDay.map((n) => n > 0)]),
    timeSpent: {
      todayMs: todayActivity?.elapsedMs ?? 0,
      last7DaysMs: sum(last(7), (d) => d.elapsedMs),
      last30DaysMs: sum(month, (d) => d.elapsedMs),
      allTimeMs: totals.elapsedMs,
    },
    heatmap: buildHeatmap(today, HEATMAP_WEEKS, answersByDay),
  };
}

/** Whether each study day from the first answer ever up to `before` had an answer. */
function studiedBefore(db: Db, before: number, offset: number): boolean[] {
  const first = firstAnswerAt(db);
  if (first === null || first >= before) return [];
  const firstDay = studyDayStart(first, offset);
  return daysWithAnswers(db, firstDay, Math.round((before - firstDay) / DAY_MS));
}
