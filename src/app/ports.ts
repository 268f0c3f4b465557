/** What the use cases need from the outside world, passed in so tests can pin it. */
export interface Clock {
  /** ms since epoch */
  now(): number;
  /** The local UTC offset in minutes east of Greenwich at `at` (changes with daylight saving). */
  utcOffsetMinutes(at: number): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  utcOffsetMinutes: (at) => -new Date(at).getTimezoneOffset(),
};

/** A clock stopped at `at` — `PMP_NOW` and tests. */
export function fixedClock(at: number, utcOffsetMinutes?: number): Clock {
  return { now: () => at, utcOffsetMinutes: (t) => utcOffsetMinutes ?? -new Date(t).getTimezoneOffset() };
}
