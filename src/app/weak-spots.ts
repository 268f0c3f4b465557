/**
 * Weak spots: the ECO tasks where this learner's expected accuracy is lowest. Until a readiness
 * estimate exists, the estimate is first-sight accuracy and that of later answers in the last 30
 * days together (each answer counted once), with one
 * right and one wrong answer of prior (Laplace) so a task seen twice cannot look hopeless or perfect.
 */
import type { Db } from '../storage/database.js';

export interface TaskAccuracy {
  readonly outline: string | null;
  readonly domain: string;
  readonly task: number;
  readonly firstRight: number;
  readonly firstSeen: number;
  readonly recentRight: number;
  readonly recentAnswers: number;
  /** (right + 1) / (answers + 2) over first-sight and recent answers, 0..1 */
  readonly expected: number;
}

const DAY_MS = 86_400_000;

export function weakestTasks(db: Db, now: number, count = 3): TaskAccuracy[] {
  const rows = db
    .prepare(
      `WITH answers AS (
         SELECT r.question_pk, r.correct, r.answered_at,
                ROW_NUMBER() OVER (PARTITION BY r.question_pk ORDER BY r.id) AS nth
         FROM review_log r
         WHERE r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id))
       SELECT b.outline, q.domain, q.task,
              SUM(a.nth = 1 AND a.correct = 1) AS firstRight, SUM(a.nth = 1) AS firstSeen,
              SUM(a.nth > 1 AND a.answered_at >= @since AND a.correct = 1) AS recentRight, SUM(a.nth > 1 AND a.answered_at >= @since) AS recentAnswers
       FROM answers a JOIN questions q ON q.pk = a.question_pk JOIN banks b ON b.id = q.bank_id
       WHERE q.retired_at IS NULL AND q.domain IS NOT NULL AND q.task IS NOT NULL
       GROUP BY b.outline, q.domain, q.task`,
    )
    .all({ since: now - 30 * DAY_MS }) as Omit<TaskAccuracy, 'expected'>[];
  return rows
    .map((r) => ({ ...r, expected: (r.firstRight + r.recentRight + 1) / (r.firstSeen + r.recentAnswers + 2) }))
    .sort((a, b) => a.expected - b.expected || b.firstSeen - a.firstSeen)
    .slice(0, count);
}
