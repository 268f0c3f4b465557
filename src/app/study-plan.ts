/**
 * `pmp plan`: how many new questions a day see every question, with its reviews, before the
 * exam; what that costs a day; and, against a budget of minutes, what would fit. `pmp study`
 * follows the stored plan (followPlan), recomputing each day so falling behind catches up.
 */
import { answersPerQuestion } from '../domain/review-curve.js';
import { seededRandom } from '../domain/random.js';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../domain/scheduler.js';
import { addDays, daysBetween, isIsoDate, studyDayDate } from '../domain/study-calendar.js';
import { studyDayStart } from '../domain/study-day.js';
import {
  DEFAULT_SECONDS_PER_ANSWER, daysLeftThatFit, marginDays, MAX_MINUTES_PER_DAY, MAX_NEW_PER_DAY, newPerDayFor, newQuestionDays,
  peakMinutesPerDay, planFits, projectPlan, unseenAtExam, unseenThatFit, weeklyLoad, type PlanLoadInput,
} from '../domain/study-plan.js';
import { PmpError } from '../errors.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';
import type { Clock } from './ports.js';
import { dueByDay } from './stats/forecast.js';

/** Recent answers whose median time per answer the plan uses; fewer than MIN_HISTORY → the default. */
const HISTORY_ANSWERS = 500;
const MIN_HISTORY = 20;
/** An answer that took longer was a pause, not thinking. */
const LONGEST_ANSWER_MS = 5 * 60_000;
const DEFAULT_FIRST_SIGHT_RIGHT = 0.6;
/** Study days whose new questions make the learner's recent pace; fewer days of history → no pace verdict. */
const PACE_DAYS = 7;
const MIN_PACE_DAYS = 3;
/** How far past the exam date to look for a date that fits. */
const LATER_DATE_SEARCH_DAYS = 730;

export interface StoredPlan {
  readonly examDate: string;
  readonly newPerDay: number;
  readonly madeAt: string;
}

/** The learner's own recent pace of new questions, and what it leaves unseen on the exam date. */
export interface CoveragePace {
  /** New questions a day over the last `days` study days (today not counted). */
  readonly newPerDay: number;
  readonly days: number;
  /** Questions never seen on the exam date at that pace (0: the bank is covered). */
  readonly unseenAtExam: number;
}

export interface StudyPlan {
  readonly today: string;
  readonly examDate: string;
  /** Study days from today up to the day before the exam. */
  readonly daysLeft: number;
  /** New questions stop this many days before the exam. */
  readonly marginDays: number;
  readonly newQuestionDays: number;
  readonly unseen: number;
  readonly newPerDay: number;
  readonly secondsPerAnswer: number;
  /** 'too-fast': the recent median was implausibly short (answers clicked through) and the default is assumed. */
  readonly secondsFrom: 'history' | 'default' | 'too-fast';
  /** The median of recent answers, in seconds, when there is enough history. */
  readonly measuredSeconds: number | null;
  readonly firstSightRight: number;
  /** null with fewer than three days of history. */
  readonly pace: CoveragePace | null;
  readonly weeks: readonly { readonly from: string; readonly to: string; readonly newPerDay: number; readonly answersPerDay: number; readonly minutesPerDay: number }[];
  readonly averageMinutesPerDay: number;
  /** The busiest week's average minutes a day. */
  readonly peakMinutesPerDay: number;
  /** ok; over-budget (does not fit --minutes-per-day); too-close (exam today, > 150 new a day, or far beyond the time). */
  readonly verdict: 'ok' | 'over-budget' | 'too-close';
  readonly tooClose: readonly ('exam-today' | 'too-many-new' | 'too-much-time')[];
  /** What would fit the budget (--minutes-per-day, or 240 minutes when too close without one). */
  readonly fit: {
    readonly minutesPerDay: number;
    readonly fits: boolean;
    readonly minutesNeeded: number;
    readonly examDateThatFits: string | null;
    readonly questionsThatFit: number;
    readonly shareThatFits: number;
  } | null;
}

/** Validates and resolves the exam date: the given one, else the remembered one. */
export function resolveExamDate(db: Db, given: string | undefined, today: string): string {
  const date = given ?? getSetting<string>(db, SETTING.examDate);
  if (date === undefined) throw new PmpError('plan.no-date', 'usage');
  if (!isIsoDate(date)) throw new PmpError('plan.bad-date', 'usage', { value: date });
  if (daysBetween(today, date) < 0) throw new PmpError('plan.past-date', 'usage', { value: date, today });
  return date;
}

export function makeStudyPlan(db: Db, clock: Clock, request: { readonly examDate?: string; readonly minutesPerDay?: number }): StudyPlan {
  const now = clock.now();
  const offset = clock.utcOffsetMinutes(now);
  const dayStart = studyDayStart(now, offset);
  const today = studyDayDate(dayStart, offset);
  const examDate = resolveExamDate(db, request.examDate, today);
  const daysLeft = daysBetween(today, examDate);
  const { now: unseen, atDayStart } = unseenCounts(db, dayStart);
  const pace = answerPace(db);
  const horizon = daysLeft + LATER_DATE_SEARCH_DAYS;
  const simulation = {
    scheduler: createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false }),
    firstSightRight: pace.firstSightRight,
    horizonDays: horizon,
    start: dayStart + 6 * 3_600_000,
  };
  const curve = answersPerQuestion({ ...simulation, random: seededRandom(1) });
  // Questions seen before are followed as one typical question: their mean stability and difficulty.
  const seen = db
    .prepare("SELECT AVG(stability) AS stability, AVG(difficulty) AS difficulty FROM card_state WHERE active = 1 AND suspended = 0 AND phase != 'new'")
    .get() as { stability: number | null; difficulty: number | null };
  const reviewCurve =
    seen.stability === null || seen.difficulty === null ? [] : answersPerQuestion({ ...simulation, random: seededRandom(2), seen: { stability: seen.stability, difficulty: seen.difficulty } });
  const input: PlanLoadInput = { unseen: atDayStart, daysLeft, curve, reviewCurve, reviewsDue: dueByDay(db, dayStart, horizon), secondsPerAnswer: pace.secondsPerAnswer };
  const days = projectPlan(input);
  const newPerDay = newPerDayFor(atDayStart, daysLeft) ?? 0;
  const peak = peakMinutesPerDay(days);
  const tooClose = [
    ...(daysLeft === 0 ? (['exam-today'] as const) : []),
    ...(newPerDay > MAX_NEW_PER_DAY ? (['too-many-new'] as const) : []),
    ...(peak > Math.max(MAX_MINUTES_PER_DAY, 2 * (request.minutesPerDay ?? 0)) ? (['too-much-time'] as const) : []),
  ];
  const budget = request.minutesPerDay ?? (tooClose.length > 0 ? MAX_MINUTES_PER_DAY : undefined);
  const fits = budget !== undefined && daysLeft > 0 && planFits(input, budget);
  const fit =
    budget === undefined
      ? null
      : (() => {
          const later = fits ? daysLeft : daysLeftThatFit(input, budget, horizon);
          const questions = fits ? unseen : daysLeft > 0 ? unseenThatFit(input, budget) : 0;
          return {
            minutesPerDay: budget,
            fits,
            minutesNeeded: Math.ceil(peak),
            examDateThatFits: later === null ? null : addDays(today, later),
            questionsThatFit: questions,
            shareThatFits: unseen === 0 ? 1 : questions / unseen,
          };
        })();
  return {
    today,
    examDate,
    daysLeft,
    marginDays: marginDays(daysLeft),
    newQuestionDays: newQuestionDays(daysLeft),
    unseen,
    newPerDay,
    secondsPerAnswer: pace.secondsPerAnswer,
    secondsFrom: pace.secondsFrom,
    measuredSeconds: pace.measuredSeconds,
    firstSightRight: pace.firstSightRight,
    pace: coveragePace(db, dayStart, offset, unseen, daysLeft),
    weeks: weeklyLoad(days).map((w) => ({
      from: addDays(today, w.firstDay),
      to: addDays(today, w.firstDay + w.days - 1),
      newPerDay: w.newPerDay,
      answersPerDay: w.answersPerDay,
      minutesPerDay: w.minutesPerDay,
    })),
    averageMinutesPerDay: days.length === 0 ? 0 : days.reduce((a, d) => a + d.minutes, 0) / days.length,
    peakMinutesPerDay: peak,
    verdict: tooClose.length > 0 ? 'too-close' : fit && !fit.fits ? 'over-budget' : 'ok',
    tooClose,
    fit,
  };
}

/** Remembers the exam date and the plan for `pmp study`. */
export function savePlan(db: Db, plan: StudyPlan, now: number): void {
  writeTransaction(db, () => {
    putSetting(db, SETTING.examDate, plan.examDate);
    putSetting(db, SETTING.studyPlan, { examDate: plan.examDate, newPerDay: plan.newPerDay, madeAt: new Date(now).toISOString() } satisfies StoredPlan);
  });
}

/**
 * Today's new questions under the stored plan, or null without a plan (or once the exam day has
 * come). Counted from the questions unseen at the start of today, so the number holds all day.
 */
export function followPlan(db: Db, clock: Clock): FollowedPlan | null {
  const plan = getSetting<StoredPlan>(db, SETTING.studyPlan);
  if (!plan || !isIsoDate(plan.examDate)) return null;
  const now = clock.now();
  const offset = clock.utcOffsetMinutes(now);
  const dayStart = studyDayStart(now, offset);
  const daysLeft = daysBetween(studyDayDate(dayStart, offset), plan.examDate);
  if (daysLeft <= 0) return null;
  const unseen = unseenCounts(db, dayStart);
  const newPerDay = newPerDayFor(unseen.atDayStart, daysLeft) ?? 0;
  return {
    newPerDay,
    examDate: plan.examDate,
    unseen: unseen.atDayStart,
    tooManyNew: newPerDay > MAX_NEW_PER_DAY,
    pace: coveragePace(db, dayStart, offset, unseen.atDayStart, daysLeft),
  };
}

export interface FollowedPlan {
  readonly newPerDay: number;
  readonly examDate: string;
  /** Questions unseen at the start of today. */
  readonly unseen: number;
  /** The plan now asks more new questions a day than a person keeps up: the bank will not be covered. */
  readonly tooManyNew: boolean;
  readonly pace: CoveragePace | null;
}

/**
 * New questions a day over the last week of study days (today excluded, so the figure holds all
 * day), and what that pace leaves unseen on the exam date. Null until the learner's first answer
 * is three study days old: a pace from one day says nothing.
 */
function coveragePace(db: Db, dayStart: number, offset: number, unseen: number, daysLeft: number): CoveragePace | null {
  const first = db.prepare('SELECT MIN(answered_at) FROM review_log').pluck().get() as number | null;
  if (first === null) return null;
  // Whole study days from the first answer's day to today (today not counted); rounded for DST.
  const days = Math.min(PACE_DAYS, Math.round((dayStart - studyDayStart(first, offset)) / 86_400_000));
  if (days < MIN_PACE_DAYS) return null;
  const introduced = db
    .prepare(
      `SELECT COUNT(DISTINCT r.question_pk) FROM review_log r
       WHERE r.answered_at >= ? AND r.answered_at < ? AND r.predicted_recall IS NULL AND r.mode != 'cram'
         AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)`,
    )
    .pluck()
    .get(dayStart - days * 86_400_000, dayStart) as number;
  const newPerDay = introduced / days;
  return { newPerDay, days, unseenAtExam: unseenAtExam(unseen, daysLeft, newPerDay) };
}

/**
 * Questions never seen, now and at the start of today's study day (those first answered today
 * added back): the plan divides the latter, so today's number holds all day.
 */
function unseenCounts(db: Db, dayStart: number): { now: number; atDayStart: number } {
  const now = db.prepare("SELECT COUNT(*) FROM card_state WHERE active = 1 AND suspended = 0 AND phase = 'new'").pluck().get() as number;
  const firstSeenToday = db
    .prepare(
      // The log from today's start by its time index, then each answer's card: left to itself SQLite
      // may walk every card and each one's answers instead (4.5 s at 1,000,000 answers; this runs at
      // every pmp study start under a plan).
      `SELECT COUNT(DISTINCT r.question_pk) FROM review_log r INDEXED BY review_log_time CROSS JOIN card_state c ON c.question_pk = r.question_pk
       WHERE r.answered_at >= ? AND r.predicted_recall IS NULL AND r.mode = 'study' AND c.active = 1 AND c.suspended = 0
         AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)`,
    )
    .pluck()
    .get(dayStart) as number;
  return { now, atDayStart: now + firstSeenToday };
}

/** A median time per answer below this is treated as noise (answers clicked through), not as a pace. */
const FASTEST_PLAUSIBLE_SECONDS = 3;

/** Median seconds per answer and the share right at first sight, from recent history. */
function answerPace(db: Db): { secondsPerAnswer: number; secondsFrom: StudyPlan['secondsFrom']; measuredSeconds: number | null; firstSightRight: number } {
  const times = db
    .prepare('SELECT MIN(elapsed_ms, ?) FROM review_log ORDER BY answered_at DESC LIMIT ?')
    .pluck()
    .all(LONGEST_ANSWER_MS, HISTORY_ANSWERS) as number[];
  const first = db
    .prepare(
      `SELECT COUNT(*) AS n, COALESCE(SUM(correct), 0) AS right FROM (SELECT correct FROM review_log
       WHERE predicted_recall IS NULL AND mode = 'study' ORDER BY answered_at DESC LIMIT ?)`,
    )
    .get(HISTORY_ANSWERS) as { n: number; right: number };
  const sorted = times.sort((a, b) => a - b);
  const median = sorted.length >= MIN_HISTORY ? (sorted[Math.floor((sorted.length - 1) / 2)] as number) / 1000 : null;
  // A median under a few seconds is no one reading a situational question: it would plan "a minute a day".
  const tooFast = median !== null && median < FASTEST_PLAUSIBLE_SECONDS;
  return {
    secondsPerAnswer: median === null || tooFast ? DEFAULT_SECONDS_PER_ANSWER : Math.max(1, Math.round(median)),
    secondsFrom: median === null ? 'default' : tooFast ? 'too-fast' : 'history',
    measuredSeconds: median === null ? null : Math.round(median * 10) / 10,
    firstSightRight: first.n >= MIN_HISTORY ? first.right / first.n : DEFAULT_FIRST_SIGHT_RIGHT,
  };
}

