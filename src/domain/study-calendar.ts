/**
 * Study days as calendar dates. A study day runs from 04:00 local to 04:00 the next day
 * (study-day.ts); it is named by the local date on which it starts.
 */
const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of the study day that starts at `dayStartMs` (a value from studyDayStart). */
export function studyDayDate(dayStartMs: number, utcOffsetMinutes: number): string {
  return new Date(dayStartMs + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Day of the week of a 'YYYY-MM-DD' date, Monday = 0 … Sunday = 6. */
export function mondayIndex(isoDate: string): number {
  return (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Whole days from date `a` to date `b` ('YYYY-MM-DD'); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The date `days` after 'YYYY-MM-DD'. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD (2027-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === text;
}
