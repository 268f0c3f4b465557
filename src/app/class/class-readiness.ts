/**
 * One learner's readiness from the rows they synced, through the same code as `pmp readiness`:
 * the recall model of app/learner-recall.ts (FSRS with the learner's synced parameters, judged a
 * day after the last answer, calibrated on their answers), the estimate of domain/readiness.ts, and
 * the shift recent mock exams give it (app/readiness.ts withMockEvidence).
 * Only the reading differs: the counts that SQLite makes locally are made here from plain rows.
 */
import { CALIBRATION_WINDOW, missesOf } from '../../domain/recall-calibration.js';
import { estimateReadiness, type FirstSight, type Readiness, type ReadinessGroup } from '../../domain/readiness.js';
import type { Outline } from '../../domain/outline.js';
import type { DomainId, QuestionType } from '../../domain/question.js';
import type { PredictedAnswerRow } from '../../storage/calibration-queries.js';
import type { ClassAnswerRow, ClassExamRow, ClassStateRow } from '../../storage/class/report-store.js';
import { MOCK_WINDOW_DAYS, mockEvidence, type MockResult, type MockTally } from '../../domain/mock-evidence.js';
import { withMockEvidence } from '../readiness.js';
import { schedulerWithWeights } from '../learner-scheduler.js';
import { recallCalibrationFrom, recallWith } from '../learner-recall.js';

/** A class bank's question, as readiness and item analysis need it. */
export interface ClassQuestion {
  readonly key: string;
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

export function learnerReadiness(input: {
  readonly outline: Outline;
  readonly questions: ReadonlyMap<string, ClassQuestion>;
  /** The learner's answers, oldest first. */
  readonly answers: readonly ClassAnswerRow[];
  readonly states: readonly ClassStateRow[];
  readonly exams: readonly ClassExamRow[];
  readonly weights: readonly number[] | undefined;
  readonly at: number;
  readonly cut: number;
  /** Now (ms): mock exams of the last MOCK_WINDOW_DAYS count, as in pmp readiness. */
  readonly now: number;
}): Readiness {
  const { outline, questions } = input;
  // First answers (any mode, not undone): what the learner knew before studying; also a miss of the question when wrong.
  const first = new Map<string, boolean>();
  for (const a of input.answers) {
    const k = questionKey(a.bankId, a.questionId);
    if (!first.has(k)) first.set(k, a.correct);
  }
  const calibration = recallCalibrationFrom(predictedAnswers(input.answers, questions, first));
  const recall = recallWith(calibration, schedulerWithWeights(input.weights));
  const stateOf = new Map(input.states.map((s) => [questionKey(s.bankId, s.questionId), s]));

  const groups = new Map<string, { domain: DomainId; task: number; floor: number; questions: number; seen: number; recallSum: number; slopeASum: number; slopeBSum: number; slopeCSum: number }>();
  for (const q of questions.values()) {
    if (q.outline !== outline.id || q.domain === null || q.task === null) continue;
    const id = `${q.domain}|${q.task}|${q.floor}`;
    const g = groups.get(id) ?? { domain: q.domain, task: q.task, floor: q.floor, questions: 0, seen: 0, recallSum: 0, slopeASum: 0, slopeBSum: 0, slopeCSum: 0 };
    g.questions++;
    const s = stateOf.get(q.key);
    if (s) {
      g.seen++;
      const misses = missesOf(s.lapses, first.get(q.key) === false);
      g.recallSum += recall.from(s.stability, s.lastReviewAt, input.at, misses);
      const slopes = recall.slopes(s.stability, s.lastReviewAt, input.at, misses);
      g.slopeASum += slopes.da;
      g.slopeBSum += slopes.db;
      g.slopeCSum += slopes.dc;
    }
    groups.set(id, g);
  }

  const sight = new Map<DomainId, { domain: DomainId; seen: number; right: number }>();
  for (const [k, correct] of first) {
    const q = questions.get(k);
    if (!q || q.outline !== outline.id || q.domain === null || q.task === null) continue;
    const d = sight.get(q.domain) ?? { domain: q.domain, seen: 0, right: 0 };
    d.seen++;
    if (correct) d.right++;
    sight.set(q.domain, d);
  }
  const firstSight: FirstSight[] = [...sight.values()];
  const estimate = estimateReadiness({ outline, groups: [...groups.values()] as ReadinessGroup[], firstSight, cut: input.cut, calibrationCovariance: calibration.covariance });
  const mocks = mockEvidence(recentMocks(input.exams, outline.id, input.now - MOCK_WINDOW_DAYS * 86_400_000), outline.domains.map((d) => d.id));
  return withMockEvidence(estimate, mocks, input.cut);
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

/** The newest answers with a prediction, newest first, each with the previous answer's time — as calibration-queries reads them locally. */
function predictedAnswers(answers: readonly ClassAnswerRow[], questions: ReadonlyMap<string, ClassQuestion>, firstRight: ReadonlyMap<string, boolean>): PredictedAnswerRow[] {
  const previous = new Map<string, number>();
  const lapses = new Map<string, number>();
  const rows: PredictedAnswerRow[] = [];
  for (const a of answers) {
    if (a.mode === 'cram') continue;
    const k = questionKey(a.bankId, a.questionId);
    const q = questions.get(k);
    if (a.predictedRecall !== null && q) {
      const missesBefore = missesOf(lapses.get(k) ?? 0, firstRight.get(k) === false);
      rows.push({ recall: a.predictedRecall, correct: a.correct, answeredAt: a.answeredAt, previousAt: previous.get(k) ?? null, missesBefore, type: q.type, options: q.options, keys: q.keys });
      // A lapse as FSRS counts it: a scheduled wrong answer after the first (the first had no prediction).
      if (!a.correct) lapses.set(k, (lapses.get(k) ?? 0) + 1);
    }
    previous.set(k, a.answeredAt);
  }
  return rows.reverse().slice(0, CALIBRATION_WINDOW);
}
