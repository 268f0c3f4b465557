/**
 * Ending a mock exam. Submission (or the time running out) moves every given answer into the
 * review log as an 'exam' answer — graded, rated and scheduled exactly like a study answer — and
 * closes the exam, all in one transaction. An unanswered question scores as wrong in the exam but
 * is not logged: not answering says nothing about memory, and the log holds only real answers.
 * Answers are stamped with the submission time: that keeps every question's log in time order
 * even when an exam is resumed days later after some study.
 */
import type { Scheduler } from '../domain/scheduler.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { closeExam, examById, examItems, recordItemResult } from '../storage/exam-store.js';
import { StudyStore } from '../storage/study-store.js';
import { recordAnswer } from './record-answer.js';

/** Returns false when the exam was no longer in progress (another terminal ended it). */
export function submitExam(db: Db, scheduler: Scheduler, examId: number, at: number, status: 'submitted' | 'expired'): boolean {
  return writeTransaction(db, () => {
    const exam = examById(db, examId);
    if (!exam || exam.status !== 'in-progress') return false;
    const store = new StudyStore(db);
    for (const item of examItems(db, examId)) {
      if (item.response === null) {
        recordItemResult(db, examId, item.position, false, null);
        continue;
      }
      const recorded = recordAnswer(db, store, scheduler, {
        questionPk: item.questionPk,
        question: store.question(item.questionPk),
        response: item.response,
        shownOrder: item.shownOrder,
        confidence: undefined,
        elapsedMs: item.timeMs,
        at,
        sessionId: exam.sessionId,
        mode: 'exam',
      });
      recordItemResult(db, examId, item.position, recorded.correct, recorded.logId);
    }
    closeExam(db, exam, status, at);
    return true;
  });
}

/** Gives up the exam in progress: nothing enters the review log. Returns its id, if there was one. */
export function abandonExam(db: Db, at: number): number | undefined {
  return writeTransaction(db, () => {
    const exam = db.prepare(`SELECT id FROM exams WHERE status = 'in-progress'`).pluck().get() as number | undefined;
    if (exam === undefined) return undefined;
    const record = examById(db, exam);
    if (record) closeExam(db, record, 'abandoned', at);
    return exam;
  });
}
