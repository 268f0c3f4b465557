/**
 * `pmp readiness`: reads what the estimate needs and runs the model (src/domain/readiness.ts).
 */
import type { Outline } from '../domain/outline.js';
import { guessingFloorOf } from '../domain/question.js';
import { estimateReadiness, type Estimate, type Readiness } from '../domain/readiness.js';
import type { Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { firstSightOf, readinessGroups } from '../storage/readiness-queries.js';
import type { RecallCalibration } from '../domain/recall-calibration.js';
import { learnerRecall } from './learner-recall.js';
import { adjustedEstimate, mockEvidence, type MockEvidence } from '../domain/mock-evidence.js';
import { recentMockResults } from '../storage/mock-queries.js';

/** Without an exam date, readiness answers "if the exam were a week from now, with no study in between". */
export const READINESS_HORIZON_DAYS = 7;
export { MOCK_WINDOW_DAYS } from '../domain/mock-evidence.js';

export interface ReadinessRequest {
  readonly outline: Outline;
  /** The moment the estimate is for (ms since epoch): the exam, or a week from now (READINESS_HORIZON_DAYS). */
  readonly at: number;
  /** Assumed passing share, 0..1. */
  readonly cut: number;
  /** Mock exams completed since then (ms) move the estimate by what they showed of the model's bias (domain/mock-evidence.ts); absent = mocks not used. */
  readonly mocksSince?: number;
}

/** `mocks.before`: the model's figures before the mocks moved them (for --explain). */
export type ReadinessReport = Readiness & {
  readonly calibration: RecallCalibration;
  readonly mocks: (MockEvidence & { readonly before: { readonly overall: Estimate; readonly domains: readonly Estimate[] } | null }) | null;
};

export function readinessReport(db: Db, scheduler: Scheduler, request: ReadinessRequest): ReadinessReport {
  const recall = learnerRecall(db, scheduler);
  const rows = readinessGroups(
    db,
    request.outline.id,
    (stability, lastReviewAt, lapses) => recall.from(stability, lastReviewAt, request.at, lapses),
    (stability, lastReviewAt, lapses) => recall.slopes(stability, lastReviewAt, request.at, lapses),
  );
  const groups = rows.map((row) => ({
    domain: row.domain,
    task: row.task,
    floor: guessingFloorOf(row),
    questions: row.questions,
    seen: row.seen,
    recallSum: row.recallSum,
    slopeASum: row.slopeASum,
    slopeBSum: row.slopeBSum,
    slopeCSum: row.slopeCSum,
  }));
  const estimate = estimateReadiness({ outline: request.outline, groups, firstSight: firstSightOf(rows), cut: request.cut, calibrationCovariance: recall.calibration.covariance });
  const mocks =
    request.mocksSince === undefined
      ? null
      : mockEvidence(
          recentMockResults(db, request.outline.id, request.mocksSince),
          request.outline.domains.map((d) => d.id),
        );
  return { ...withMockEvidence(estimate, mocks, request.cut), calibration: recall.calibration };
}

/** The estimate moved by what recent mock exams showed of the model's bias; also used by the class report. */
export function withMockEvidence(estimate: Readiness, mocks: MockEvidence | null, cut: number): Readiness & Pick<ReadinessReport, 'mocks'> {
  if (!mocks || estimate.status !== 'ready') return { ...estimate, mocks: mocks && { ...mocks, before: null } };
  const domains = estimate.domains.map((d) => {
    const bias = mocks.domains[d.domain];
    return bias ? { ...d, ...adjustedEstimate(d, bias, cut) } : d;
  });
  return {
    ...estimate,
    overall: { ...estimate.overall, ...adjustedEstimate(estimate.overall, mocks.overall, cut) },
    domains,
    mocks: { ...mocks, before: { overall: estimate.overall, domains: estimate.domains } },
  };
}
