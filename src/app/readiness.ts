/**
 * `pmp readiness`: reads what the estimate needs and runs the model (src/domain/readiness.ts).
 */
import type { Outline } from '../domain/outline.js';
import { guessingFloorOf } from '../domain/question.js';
import { estimateReadiness, type Readiness } from '../domain/readiness.js';
import type { Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { firstSightOf, readinessGroups } from '../storage/readiness-queries.js';

export interface ReadinessRequest {
  readonly outline: Outline;
  /** The moment the estimate is for (ms since epoch): the exam, or now. */
  readonly at: number;
  /** Assumed passing share, 0..1. */
  readonly cut: number;
}

export function readinessReport(db: Db, scheduler: Scheduler, request: ReadinessRequest): Readiness {
  const rows = readinessGroups(db, request.outline.id, (stability, lastReviewAt) => scheduler.recallFrom(stability, lastReviewAt, request.at));
  const groups = rows.map((row) => ({ domain: row.domain, task: row.task, floor: guessingFloorOf(row), questions: row.questions, seen: row.seen, recallSum: row.recallSum }));
  return estimateReadiness({ outline: request.outline, groups, firstSight: firstSightOf(rows), cut: request.cut });
}
