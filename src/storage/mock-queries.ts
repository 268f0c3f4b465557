/** What readiness reads of completed mock exams: per exam and domain, answered scored items, right, and Σ predicted. */
import type { MockResult, MockTally } from '../domain/mock-evidence.js';
import type { DomainId } from '../domain/question.js';
import type { Db } from './database.js';

/** Submitted or expired mocks of `outlineId` since `since` (ms), newest first, with their answered scored items tallied. */
export function recentMockResults(db: Db, outlineId: string, since: number): MockResult[] {
  const rows = db
    .prepare(
      `SELECT e.id AS examId, e.submitted_at AS submittedAt, q.domain AS domain,
              COUNT(*) AS answered, SUM(i.correct) AS right, SUM(i.predicted) AS predicted
       FROM exams e JOIN exam_items i ON i.exam_id = e.id JOIN questions q ON q.pk = i.question_pk
       WHERE e.status IN ('submitted', 'expired') AND e.outline = ? AND e.submitted_at >= ?
         AND i.scored = 1 AND i.response IS NOT NULL AND i.predicted IS NOT NULL AND i.correct IS NOT NULL
       GROUP BY e.id, q.domain ORDER BY e.submitted_at DESC, e.id DESC`,
    )
    .all(outlineId, since) as { examId: number; submittedAt: number; domain: DomainId | null; answered: number; right: number; predicted: number }[];
  const exams = new Map<number, { examId: number; submittedAt: number; byDomain: Partial<Record<DomainId, MockTally>> }>();
  for (const r of rows) {
    const exam = exams.get(r.examId) ?? { examId: r.examId, submittedAt: r.submittedAt, byDomain: {} };
    if (r.domain) exam.byDomain[r.domain] = { answered: r.answered, right: r.right, predicted: r.predicted };
    exams.set(r.examId, exam);
  }
  return [...exams.values()].map((e) => {
    const tallies = Object.values(e.byDomain) as MockTally[];
    return {
      ...e,
      answered: tallies.reduce((a, t) => a + t.answered, 0),
      right: tallies.reduce((a, t) => a + t.right, 0),
      predicted: tallies.reduce((a, t) => a + t.predicted, 0),
    };
  });
}
