/** Where a mock exam stands between sittings: the one to resume, the time it has left, its outline. */
import type { Db } from '../storage/database.js';
import { examById, examInProgress, type ExamRecord } from '../storage/exam-store.js';

export type { ExamRecord } from '../storage/exam-store.js';

/** The exam started and neither submitted nor abandoned (`pmp exam --resume`), if any. */
export function examToResume(db: Db): ExamRecord | undefined {
  return examInProgress(db);
}

/** The exam's clock, in ms: its minutes less the time already spent (0 for an exam not found). */
export function examTimeLeftMs(db: Db, examId: number): number {
  const exam = examById(db, examId);
  return exam ? exam.format.minutes * 60_000 - exam.elapsedMs : 0;
}

/** The outline the exam was drawn against ('' for an exam not found). */
export function examOutlineId(db: Db, examId: number): string {
  return examById(db, examId)?.outline ?? '';
}
