/**
 * Study-plan arithmetic: how many new questions a day see the whole bank before the exam, and
 * what that costs each day once their reviews are counted. Days are study days, index 0 = today.
 */
/** New questions stop this many days before the exam, so the last ones still get reviews. */
export const PLAN_MARGIN_DAYS = 7;
/** Beyond this many new questions a day a plan is not one a person can keep. */
export const MAX_NEW_PER_DAY = 150;
/** Minutes a day above which, with no budget given, the date counts as too close. */
export const MAX_MINUTES_PER_DAY = 240;
export const DEFAULT_SECONDS_PER_ANSWER = 75;

/** The margin shrinks with the time left: a quarter of it when under four weeks. */
export function marginDays(daysLeft: number): number {
  return daysLeft >= 4 * PLAN_MARGIN_DAYS ? PLAN_MARGIN_DAYS : Math.floor(daysLeft / 4);
}

/** Study days on which new questions are introduced (at least one when any day is left). */
export function newQuestionDays(daysLeft: number): number {
  return Math.max(daysLeft > 0 ? 1 : 0, daysLeft - marginDays(daysLeft));
}

/** New questions a day that cover `unseen` in time; null when no study day is left. */
export function newPerDayFor(unseen: number, daysLeft: number): number | null {
  const days = newQuestionDays(daysLeft);
  if (days === 0) return null;
  return unseen <= 0 ? 0 : Math.ceil(unseen / days);
}

/** Questions still unseen on the exam date if `perDay` new questions keep coming each new-question day. */
export function unseenAtExam(unseen: number, daysLeft: number, perDay: number): number {
  return Math.max(0, unseen - Math.floor(perDay * newQuestionDays(daysLeft)));
}

export interface PlanLoadInput {
  /** Questions never seen that the plan covers. */
  readonly unseen: number;
  /** Study days from today up to the day before the exam. */
  readonly daysLeft: number;
  /** Expected answers per new question on day j after it is first shown (j = 0 includes the first answer). */
  readonly curve: readonly number[];
  /** The same for a question seen before, from the day it falls due (j = 0 includes that review). */
  readonly reviewCurve: readonly number[];
  /** Questions already seen falling due on each day, index 0 = today (overdue ones included). */
  readonly reviewsDue: readonly number[];
  readonly secondsPerAnswer: number;
}

export interface PlanDay {
  readonly newQuestions: number;
  /** Expected answers: new questions, their learning steps and reviews, and reviews of questions seen before. */
  readonly answers: number;
  readonly minutes: number;
}

/** The expected load of each day: new questions and their reviews, and questions seen before from their due day on. */
export function projectPlan(input: PlanLoadInput): PlanDay[] {
  const { daysLeft, curve, reviewCurve } = input;
  const perDay = newPerDayFor(input.unseen, daysLeft) ?? 0;
  const introduced = new Array<number>(daysLeft).fill(0);
  let left = input.unseen;
  for (let d = 0; d < newQuestionDays(daysLeft) && left > 0; d++) {
    introduced[d] = Math.min(perDay, left);
    left -= introduced[d] ?? 0;
  }
  const days: PlanDay[] = [];
  for (let d = 0; d < daysLeft; d++) {
    let answers = 0;
    for (let k = Math.max(0, d - Math.max(curve.length, reviewCurve.length) + 1); k <= d; k++) {
      answers += (introduced[k] ?? 0) * (curve[d - k] ?? 0) + (input.reviewsDue[k] ?? 0) * (reviewCurve[d - k] ?? 0);
    }
    days.push({ newQuestions: introduced[d] ?? 0, answers, minutes: (answers * input.secondsPerAnswer) / 60 });
  }
  return days;
}

/** Weeks of 7 days from today: average minutes and answers a day, new questions a day. */
export function weeklyLoad(days: readonly PlanDay[]): { firstDay: number; days: number; newPerDay: number; answersPerDay: number; minutesPerDay: number }[] {
  const weeks = [];
  for (let start = 0; start < days.length; start += 7) {
    const week = days.slice(start, start + 7);
    const mean = (f: (d: PlanDay) => number) => week.reduce((a, d) => a + f(d), 0) / week.length;
    weeks.push({ firstDay: start, days: week.length, newPerDay: mean((d) => d.newQuestions), answersPerDay: mean((d) => d.answers), minutesPerDay: mean((d) => d.minutes) });
  }
  return weeks;
}

/** The busiest week's average minutes a day: what a person must be able to give. */
export function peakMinutesPerDay(days: readonly PlanDay[]): number {
  return Math.max(0, ...weeklyLoad(days).map((w) => w.minutesPerDay));
}

/** A plan a person can keep: the busiest week within the minutes, and no more than MAX_NEW_PER_DAY new a day. */
export function planFits(input: PlanLoadInput, minutesPerDay: number): boolean {
  const perDay = newPerDayFor(input.unseen, input.daysLeft);
  if (perDay === null || perDay > MAX_NEW_PER_DAY) return false;
  return peakMinutesPerDay(projectPlan(input)) <= minutesPerDay;
}

/** The fewest study days left (up to `maxDays`) whose plan fits; null when none does. */
export function daysLeftThatFit(input: PlanLoadInput, minutesPerDay: number, maxDays: number): number | null {
  const fits = (daysLeft: number) => planFits({ ...input, daysLeft }, minutesPerDay);
  if (!fits(maxDays)) return null;
  let lo = Math.max(1, input.daysLeft);
  let hi = maxDays;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The most unseen questions whose plan fits by the exam (0 when even the reviews do not). */
export function unseenThatFit(input: PlanLoadInput, minutesPerDay: number): number {
  const fits = (unseen: number) => planFits({ ...input, unseen }, minutesPerDay);
  let lo = 0;
  let hi = input.unseen;
  if (!fits(0)) return 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
