import { nextStudyDayStart, studyDayStart } from '../domain/study-day.js';
import type { Db } from '../storage/database.js';
import type { Clock } from './ports.js';

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
  /** Share of reviews (questions seen before) answered right in the last 30 days; null without any. */
  readonly retention30d: number | null;
  readonly reviews30d: number;
  /** The daily review cap in force (pmp study --max-reviews), or null. */
  readonly maxReviewsPerDay: number | null;
  /** The next 7 study days: reviews falling due, and what the cap lets through (the rest waits). */
  readonly forecast: readonly { readonly date: string; readonly due: number; readonly shown: number; readonly waiting: number }[];
}

const DAY_MS = 86_400_000;

export function computeStats(db: Db, clock: Clock, maxReviewsPerDay: number | null = null): StudyStats {
  const now = clock.now();
  const offset = clock.utcOffsetMinutes(now);
  const dayStart = studyDayStart(now, offset);
  const dayEnd = nextStudyDayStart(now, offset);
  const log = db
    .prepare(
      `SELECT COUNT(*) AS answers,
         COALESCE(SUM(r.answered_at >= @dayStart), 0) AS today,
         COALESCE(SUM(r.answered_at >= @dayStart AND r.correct = 1), 0) AS correctToday,
         COALESCE(SUM(r.answered_at >= @monthAgo AND r.predicted_recall IS NOT NULL AND r.mode != 'cram'), 0) AS reviews30,
         COALESCE(SUM(r.answered_at >= @monthAgo AND r.predicted_recall IS NOT NULL AND r.mode != 'cram' AND r.correct = 1), 0) AS recalled30
       FROM review_log r WHERE NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)`,
    )
    .get({ dayStart, monthAgo: now - 30 * DAY_MS }) as { answers: number; today: number; correctToday: number; reviews30: number; recalled30: number };
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
  const forecast = dailyForecast(db, now, dayStart, maxReviewsPerDay);
  return {
    answers: log.answers,
    answersToday: log.today,
    correctToday: log.correctToday,
    dueNow: cards.dueNow,
    dueTomorrow: cards.dueTomorrow,
    newAvailable: cards.fresh,
    questions: cards.total,
    retention30d: log.reviews30 > 0 ? log.recalled30 / log.reviews30 : null,
    reviews30d: log.reviews30,
    maxReviewsPerDay,
    forecast,
  };
}

/** Due counts per study day with the cap applied: a backlog is spread over days, as study will spread it. */
function dailyForecast(db: Db, now: number, dayStart: number, cap: number | null): StudyStats['forecast'] {
  const days = 7;
  const counts = db
    .prepare(
      `SELECT CASE WHEN due_at < @start THEN 0 ELSE (due_at - @start) / ${DAY_MS} END AS day, COUNT(*) AS n
       FROM card_state WHERE active = 1 AND suspended = 0 AND phase != 'new' AND due_at < @end GROUP BY day`,
    )
    .all({ start: dayStart, end: dayStart + days * DAY_MS }) as { day: number; n: number }[];
  const dueOn = Array.from({ length: days }, (_, d) => counts.filter((c) => Math.floor(c.day) === d).reduce((a, c) => a + c.n, 0));
  let backlog = 0;
  return dueOn.map((due, d) => {
    const offered = backlog + due;
    const shown = cap === null ? offered : Math.min(cap, offered);
    backlog = offered - shown;
    return { date: new Date(dayStart + d * DAY_MS + 12 * 3_600_000).toISOString().slice(0, 10), due, shown, waiting: backlog };
  });
}
