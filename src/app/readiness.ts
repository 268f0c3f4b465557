/**
 * `pmp readiness`: reads what the estimate needs and runs the model (src/domain/readiness.ts).
 */
import type { Outline } from '../domain/outline.js';
import { guessingFloorOf } from '../domain/question.js';
import { estimateReadiness, type Readiness } from '../domain/readiness.js';
import type { Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { firstSightByDomain, readinessRows } from '../storage/readiness-queries.js';

export interface ReadinessRequest {
  readonly outline: Outline;
  /** The moment the estimate is for (ms since epoch): the exam, or now. */
  readonly at: number;
  /** Assumed passing share, 0..1. */
  readonly cut: number;
}

export function readinessReport(db: Db, scheduler: Scheduler, request: ReadinessRequest): Readiness {
  const items = readinessRows(db, request.outline.id).map((row) => ({
    domain: row.domain,
    task: row.task,
    floor: guessingFloorOf(row),
    recall: scheduler.recallProbability(row.card.state, request.at),
  }));
  return estimateReadiness({ outline: request.outline, items, firstSight: firstSightByDomain(db, request.outline.id), cut: request.cut });
}
