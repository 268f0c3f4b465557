/** ISO 8601 in UTC, for machine-readable lines (apart from time.ts, which loads date-fns). */
export function isoTime(at: number): string {
  return new Date(at).toISOString();
}
