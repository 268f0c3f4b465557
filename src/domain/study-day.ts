/**
 * A study day starts at 04:00 local time, not midnight, so a session at 01:00 still counts
 * toward the evening before (Anki's long-standing rule; learners study late).
 */
export const DAY_START_HOUR = 4;
const DAY_MS = 86_400_000;

/** Start of the study day containing `at`, ms since epoch, in the given UTC offset (minutes east). */
export function studyDayStart(at: number, utcOffsetMinutes: number): number {
  const local = at + utcOffsetMinutes * 60_000 - DAY_START_HOUR * 3_600_000;
  const localDayStart = Math.floor(local / DAY_MS) * DAY_MS;
  return localDayStart - utcOffsetMinutes * 60_000 + DAY_START_HOUR * 3_600_000;
}

export function nextStudyDayStart(at: number, utcOffsetMinutes: number): number {
  return studyDayStart(at, utcOffsetMinutes) + DAY_MS;
}
