/**
 * The exam date check, shared by `pmp readiness`/`pmp plan` (--exam-date) and `pmp config set exam-date`.
 */
import { PmpError } from '../errors.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';
import type { Clock } from './ports.js';
import { daysBetween, isIsoDate, studyDayDate } from '../domain/study-calendar.js';
import { studyDayStart } from '../domain/study-day.js';

export interface ExamDate {
  /** 'YYYY-MM-DD' */
  readonly date: string;
  /** 09:00 local time on that day, in ms since epoch — a typical start; never before now. */
  readonly at: number;
  /** Whole days from today's date to the exam date (0 = today). */
  readonly daysAway: number;
}

const EXAM_HOUR = 9;

/** The date, or undefined when it is not written YYYY-MM-DD (a past date comes back with daysAway < 0). */
export function examDateFrom(value: string, clock: Clock): ExamDate | undefined {
  const date = value.trim();
  if (!isIsoDate(date)) return undefined;
  const now = clock.now();
  // "Today" is the study day (04:00 to 04:00), as pmp plan and pmp stats count days.
  const today = studyDayDate(studyDayStart(now, clock.utcOffsetMinutes(now)), clock.utcOffsetMinutes(now));
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const at = utcMidnight + EXAM_HOUR * 3_600_000 - clock.utcOffsetMinutes(utcMidnight) * 60_000;
  return { date, at: Math.max(at, now), daysAway: daysBetween(today, date) };
}

/** Today's study day, 'YYYY-MM-DD'. */
export function studyToday(clock: Clock): string {
  const now = clock.now();
  return studyDayDate(studyDayStart(now, clock.utcOffsetMinutes(now)), clock.utcOffsetMinutes(now));
}

/**
 * The learner's exam date, shared by `pmp readiness`, `pmp plan` and `pmp study --weak`:
 * --exam-date if given (checked, then remembered in the settings table), else the remembered date
 * if it is not past, else undefined. A malformed or past date is a usage error; nothing is stored then.
 */
export function resolveExamDate(db: Db, clock: Clock, flag: string | undefined): ExamDate | undefined {
  if (flag !== undefined) {
    const exam = examDateFrom(flag, clock);
    if (!exam) throw new PmpError('usage.bad-exam-date', 'usage', { value: flag });
    if (exam.daysAway < 0) throw new PmpError('usage.past-exam-date', 'usage', { value: flag });
    writeTransaction(db, () => putSetting(db, SETTING.examDate, exam.date));
    return exam;
  }
  const stored = getSetting<string>(db, SETTING.examDate);
  const exam = typeof stored === 'string' ? examDateFrom(stored, clock) : undefined;
  return exam && exam.daysAway >= 0 ? exam : undefined;
}
