/** Reviews falling due per study day, from the memory-state cache (index card_state_due). */
import type { Db } from '../../storage/database.js';
import { studyDayDate } from '../../domain/study-calendar.js';

const DAY_MS = 86_400_000;

export interface ForecastDay {
  readonly date: string;
  /** Questions seen before whose review falls due that day (day 0 includes everything overdue). */
  readonly due: number;
  /** What the daily review cap lets through; the rest waits for the next day. */
  readonly shown: number;
  readonly waiting: number;
}

/** Questions already seen that fall due on each of `days` study days from `dayStart`; day 0 holds the overdue ones too. */
export function dueByDay(db: Db, dayStart: number, days: number): number[] {
  const rows = db
    .prepare(
      `SELECT CASE WHEN due_at < @start THEN 0 ELSE (due_at - @start) / ${DAY_MS} END AS day, COUNT(*) AS n
       FROM card_state WHERE active = 1 AND suspended = 0 AND phase != 'new' AND due_at < @end GROUP BY day`,
    )
    .all({ start: dayStart, end: dayStart + days * DAY_MS }) as { day: number; n: number }[];
  const due = new Array<number>(days).fill(0);
  for (const r of rows) {
    const d = Math.floor(r.day);
    due[d] = (due[d] ?? 0) + r.n;
  }
  return due;
}

/** The cap spreads a backlog over the following days, as study itself will. */
export function dueForecast(db: Db, dayStart: number, days: number, cap: number | null, utcOffsetMinutes: number): ForecastDay[] {
  let backlog = 0;
  return dueByDay(db, dayStart, days).map((due, d) => {
    const offered = backlog + due;
    const shown = cap === null ? offered : Math.min(cap, offered);
    backlog = offered - shown;
    return { date: studyDayDate(dayStart + d * DAY_MS, utcOffsetMinutes), due, shown, waiting: backlog };
  });
}
