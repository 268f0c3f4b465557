/**
 * The learner's exam date: given once with --exam-date, remembered in the settings table, shared
 * by `pmp readiness` and `pmp plan`.
 */
import { PmpError } from '../errors.js';
import type { Clock } from '../app/ports.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';

export interface ExamDate {
  /** 'YYYY-MM-DD' */
  readonly date: string;
  /** 09:00 local time on that day, in ms since epoch — a typical start; never before now. */
  readonly at: number;
  /** Whole days from today's date to the exam date (0 = today). */
  readonly daysAway: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXAM_HOUR = 9;
const DAY_MS = 86_400_000;

/**
 * --exam-date if given (checked, then remembered), else the remembered date if it is not past,
 * else undefined. A malformed or past date is a usage error; nothing is stored then.
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

export function examDateFrom(value: string, clock: Clock): ExamDate | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utcMidnight = Date.UTC(y, mo - 1, d);
  const check = new Date(utcMidnight);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  const now = clock.now();
  const offsetMs = clock.utcOffsetMinutes(now) * 60_000;
  const todayUtcMidnight = Math.floor((now + offsetMs) / DAY_MS) * DAY_MS;
  const at = utcMidnight + EXAM_HOUR * 3_600_000 - clock.utcOffsetMinutes(utcMidnight) * 60_000;
  return { date: m[0], at: Math.max(at, now), daysAway: Math.round((utcMidnight - todayUtcMidnight) / DAY_MS) };
}
