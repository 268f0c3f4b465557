/**
 * What a finished (or running) mock exam says: score overall and per domain under an assumed cut,
 * time per section, and every question with the answer given, for the report and for review.
 */
import { checkPredictionParts, scoreExam, type ExamScore, type SplitPredictionCheck } from '../domain/exam-score.js';
import type { Presentation } from '../domain/presentation.js';
import type { DomainId, Response } from '../domain/question.js';
import { PmpError } from '../errors.js';
import type { Db } from '../storage/database.js';
import { allExams, examById, examItems, latestFinishedExam, questionsSeenBefore, type ExamRecord } from '../storage/exam-store.js';
import { StudyStore } from '../storage/study-store.js';
import { presentationOf } from './exam-session.js';

const DOMAIN_ORDER: readonly DomainId[] = ['people', 'process', 'business-environment'];

export interface ReviewedItem {
  readonly position: number;
  readonly section: number;
  readonly bankId: string;
  readonly questionId: string;
  readonly domain: DomainId | null;
  readonly task: number | null;
  readonly scored: boolean;
  readonly flagged: boolean;
  readonly presentation: Presentation;
  readonly response: Response | null;
  readonly correct: boolean;
  readonly timeMs: number;
}

export interface ExamReport {
  readonly exam: ExamRecord;
  /** Null while the exam is still in progress. */
  readonly score: ExamScore | null;
  /** The readiness model's per-question predictions, made at the draw, against the result. */
  readonly prediction: SplitPredictionCheck | null;
  readonly sections: readonly { readonly section: number; readonly first: number; readonly last: number; readonly timeMs: number; readonly answered: number }[];
  readonly items: readonly ReviewedItem[];
}

/** The exam with this id, or the newest finished one; a clear error when there is none. */
export function examReport(db: Db, id: number | undefined, cut: number): ExamReport {
  const exam = id === undefined ? latestFinishedExam(db) : examById(db, id);
  if (!exam) throw new PmpError(id === undefined ? 'exam.none-finished' : 'exam.not-found', 'usage', { id: id ?? 0 });
  const store = new StudyStore(db);
  const finished = exam.status === 'submitted' || exam.status === 'expired';
  const rows = examItems(db, exam.id);
  const items: ReviewedItem[] = rows.map((r) => ({
    position: r.position,
    section: r.section,
    bankId: r.bankId,
    questionId: r.questionId,
    domain: r.domain,
    task: r.task,
    scored: r.scored,
    flagged: r.flagged,
    presentation: presentationOf(store.question(r.questionPk), r.shownOrder, `exam:${exam.seed}:${r.questionPk}`),
    response: r.response,
    correct: r.correct === true,
    timeMs: r.timeMs,
  }));
  const sectionCount = Math.max(1, ...items.map((i) => i.section));
  const sections = Array.from({ length: sectionCount }, (_, k) => {
    const inSection = items.filter((i) => i.section === k + 1);
    return {
      section: k + 1,
      first: inSection[0]?.position ?? 0,
      last: inSection.at(-1)?.position ?? 0,
      timeMs: exam.sectionMs[k] ?? 0,
      answered: inSection.filter((i) => i.response !== null).length,
    };
  });
  const score = finished ? scoreExam(items.map((i) => ({ domain: i.domain, scored: i.scored, answered: i.response !== null, correct: i.correct })), DOMAIN_ORDER, cut) : null;
  const seenBefore = finished ? questionsSeenBefore(db, exam.id) : new Set<number>();
  const prediction = finished
    ? checkPredictionParts(rows.map((r) => ({ scored: r.scored, predicted: r.predicted, correct: r.correct === true, seenBefore: seenBefore.has(r.questionPk), answered: r.response !== null })))
    : null;
  return { exam, score, prediction, sections, items };
}

export interface ExamListEntry {
  readonly id: number;
  readonly startedAt: number;
  readonly outline: string;
  readonly questions: number;
  readonly status: ExamRecord['status'];
  readonly score: ExamScore | null;
}

export function listExams(db: Db, cut: number): ExamListEntry[] {
  return allExams(db).map((exam) => {
    const finished = exam.status === 'submitted' || exam.status === 'expired';
    const items = finished ? examItems(db, exam.id) : [];
    return {
      id: exam.id,
      startedAt: exam.startedAt,
      outline: exam.outline,
      questions: exam.format.questions,
      status: exam.status,
      score: finished ? scoreExam(items.map((i) => ({ domain: i.domain, scored: i.scored, answered: i.response !== null, correct: i.correct === true })), DOMAIN_ORDER, cut) : null,
    };
  });
}
