/**
 * Study streaks: runs of consecutive study days with at least one answer. Today does not break
 * the current streak before the learner has studied: until then it counts up to yesterday.
 */
export interface Streaks {
  /** Consecutive study days with an answer, ending today (or yesterday when today has none yet). */
  readonly current: number;
  /** The longest such run ever. */
  readonly longest: number;
  readonly studiedToday: boolean;
}

/** `studied`: one entry per study day, oldest first, the last one today. */
export function streaks(studied: readonly boolean[]): Streaks {
  let longest = 0;
  let run = 0;
  for (const day of studied) {
    run = day ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const studiedToday = studied[studied.length - 1] === true;
  let current = 0;
  for (let i = studied.length - (studiedToday ? 1 : 2); i >= 0 && studied[i] === true; i--) current++;
  return { current, longest, studiedToday };
}
