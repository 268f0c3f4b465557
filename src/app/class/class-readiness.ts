/**
 * One learner's readiness in the class report, through the same code as `pmp readiness`: the
 * estimate of domain/readiness.ts over groups of questions by domain, task and shape, and the shift
 * recent mock exams give it (app/readiness.ts withMockEvidence). Only the reading differs: the server
 * sums the calibrated recall per group (storage/class/report-store.ts readReadinessSums) with the
 * learner's forgetting curve and the recall calibration their own pmp fitted and synced.
 */
import { type DomainId, type QuestionType } from '../../domain/question.js';
import { estimateReadiness, type FirstSight, type Readiness, type ReadinessGroup } from '../../domain/readiness.js';
import type { Outline } from '../../domain/outline.js';
import { NO_CALIBRATION, type RecallCalibration } from '../../domain/recall-calibration.js';
import { forgettingCurve } from '../../domain/scheduler.js';
import { MOCK_WINDOW_DAYS, mockEvidence, type MockResult, type MockTally } from '../../domain/mock-evidence.js';
import type { ClassExamRow } from '../../storage/class/report-store.js';
import type { ReadinessSumRow } from '../../storage/class/readiness-sums.js';
import { withMockEvidence } from '../readiness.js';

/** A class bank's question, as readiness and item analysis need it. */
export interface ClassQuestion {
  readonly key: string;
  readonly bankId: string;
  readonly questionId: string;
  readonly outline: string | null;
  readonly domain: DomainId | null;
  readonly task: number | null;
  readonly type: QuestionType;
  readonly options: number;
  readonly keys: number;
  readonly floor: number;
  readonly answerKey: readonly string[];
}

export const questionKey = (bankId: string, questionId: string): string => `${bankId}/${questionId}`;

const shapeKey = (g: { domain: string; task: number; type: string; options: number; keys: number }) => `${g.domain}|${g.task}|${g.type}|${g.options}|${g.keys}`;

/** The outline's questions of the class, counted by domain, task and shape (what the guessing floor depends on). */
export function questionGroups(outline: Outline, questions: Iterable<ClassQuestion>): Map<string, ReadinessGroup & { type: string; options: number; keys: number }> {
  const groups = new Map<string, ReadinessGroup & { type: string; options: number; keys: number }>();
  for (const q of questions) {
    if (q.outline !== outline.id || q.domain === null || q.task === null) continue;
    const shape = { domain: q.domain, task: q.task, type: q.type, options: q.options, keys: q.keys };
    const k = shapeKey(shape);
    const g = groups.get(k) ?? { ...shape, floor: q.floor, questions: 0, seen: 0, recallSum: 0, slopeASum: 0, slopeBSum: 0, slopeCSum: 0 };
    groups.set(k, { ...g, questions: g.questions + 1 });
  }
  return groups;
}

export function learnerReadiness(input: {
  readonly outline: Outline;
  readonly groups: ReadonlyMap<string, ReadinessGroup & { type: string; options: number; keys: number }>;
  /** This learner's sums from the server. */
  readonly sums: readonly ReadinessSumRow[];
  readonly firstSight: readonly FirstSight[];
  readonly calibration: RecallCalibration;
  readonly exams: readonly ClassExamRow[];
  readonly cut: number;
  /** Now (ms): mock exams of the last MOCK_WINDOW_DAYS count, as in pmp readiness. */
  readonly now: number;
}): Readiness {
  const { outline } = input;
  const groups = new Map(input.groups);
  for (const row of input.sums) {
    const k = shapeKey(row);
    const g = groups.get(k);
    if (!g) continue;
    groups.set(k, { ...g, seen: row.seen, recallSum: row.recallSum, slopeASum: row.slopeASum, slopeBSum: row.slopeBSum, slopeCSum: row.slopeCSum });
  }
  const estimate = estimateReadiness({ outline, groups: [...groups.values()], firstSight: input.firstSight, cut: input.cut, calibrationCovariance: input.calibration.covariance });
  const mocks = mockEvidence(recentMocks(input.exams, outline.id, input.now - MOCK_WINDOW_DAYS * 86_400_000), outline.domains.map((d) => d.id));
  return withMockEvidence(estimate, mocks, input.cut);
}

/** Calibrations beyond this are not taken from a server (they could only come from a damaged or hostile client). */
const CALIBRATION_LIMIT = 1e6;

/**
 * The recall calibration a learner's pmp synced, checked; without one (not yet synced by this
 * version), none. A calibration from before the misses term (a, b and a covariance of three
 * numbers) is taken as it was meant: c = 0, known exactly.
 */
export function syncedCalibration(value: unknown): RecallCalibration {
  if (typeof value !== 'object' || value === null) return NO_CALIBRATION;
  const v = value as Record<string, unknown>;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= CALIBRATION_LIMIT;
  const cov = v.covariance;
  if (!finite(v.a) || !finite(v.b) || !finite(v.answers) || !Array.isArray(cov) || cov.length !== 3) return NO_CALIBRATION;
  if (cov.every(finite) && v.c === undefined) {
    const [va, ab, vb] = cov as [number, number, number];
    return { a: v.a, b: v.b, c: 0, answers: v.answers, covariance: [[va, ab, 0], [ab, vb, 0], [0, 0, 0]] };
  }
  const rows = cov.every((row): row is number[] => Array.isArray(row) && row.length === 3 && row.every(finite)) ? (cov as number[][]) : null;
  if (!finite(v.c) || !rows) return NO_CALIBRATION;
  return { a: v.a, b: v.b, c: v.c, answers: v.answers, covariance: rows.map((row) => [...row]) };
}

/** The forgetting curve of the learner's synced FSRS weights; weights FSRS cannot use count as the defaults, as pmp does locally. */
export function learnerCurve(weights: readonly number[] | undefined): { decay: number; factor: number } {
  try {
    return forgettingCurve(weights);
  } catch {
    return forgettingCurve();
  }
}

/** The learner's synced mock exams as storage/mock-queries.ts reads them locally: newest first, tallied per domain. */
function recentMocks(exams: readonly ClassExamRow[], outlineId: string, since: number): MockResult[] {
  return exams
    .filter((e) => e.outline === outlineId && e.submittedAt >= since)
    .sort((a, b) => b.submittedAt - a.submittedAt)
    .map((e, i) => {
      const byDomain: Partial<Record<DomainId, MockTally>> = {};
      for (const [domain, t] of Object.entries(e.byDomain)) {
        if (domain === 'none' || t.answered === undefined || t.answered === 0) continue;
        byDomain[domain as DomainId] = { answered: t.answered, right: t.right ?? 0, predicted: t.predicted ?? 0 };
      }
      const tallies = Object.values(byDomain) as MockTally[];
      return {
        examId: i,
        submittedAt: e.submittedAt,
        byDomain,
        answered: tallies.reduce((a, t) => a + t.answered, 0),
        right: tallies.reduce((a, t) => a + t.right, 0),
        predicted: tallies.reduce((a, t) => a + t.predicted, 0),
      };
    });
}
