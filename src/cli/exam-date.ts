/**
 * The learner's exam date: given once with --exam-date, remembered in the settings table, shared
 * by `pmp readiness` and `pmp plan`.
 */
import { PmpError } from '../errors.js';
import type { Clock } from '../app/ports.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';
import { examDateFrom, type ExamDate } from '../app/exam-date.js';

export type { ExamDate } from '../app/exam-date.js';
export { examDateFrom } from '../app/exam-date.js';

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
