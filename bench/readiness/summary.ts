/**
 * The readiness benchmark's figures per learner kind, each goal of issue #13 item 8 beside it.
 * Prediction scores are taken per run (the constant is that run's own average on the same held-out
 * answers) and averaged over runs; readiness and exam-day figures are means over runs.
 */
import { calibrate, type ScoredAnswer } from '../../src/domain/calibration.js';
import { Z90 } from '../../src/domain/normal.js';
import type { LearnerKind } from '../../src/simulation/memory-learner.js';
import type { MockDraw, RunResult, ScoredPrediction } from './study-run.js';
import { projectionFigures } from './projection.js';

export interface Goal {
  readonly label: string;
  /** In the unit of `value`: points (percentage points), or a plain score. */
  readonly value: number | null;
  readonly unit: 'points' | '%' | '';
  readonly min?: number;
  readonly max?: number;
  readonly note?: string;
}

export const goalMet = (g: Goal): boolean => g.value !== null && (g.min === undefined || g.value >= g.min) && (g.max === undefined || g.value <= g.max);

export interface KindSummary {
  readonly kind: LearnerKind;
  readonly runs: number;
  /** Goals and plain figures (no min/max) in print order. */
  readonly figures: readonly Goal[];
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, x) => a + x, 0) / xs.length);
const pts = (x: number | null) => (x === null ? null : x * 100);

/** Scores of one run's held-out predictions: calibrated as the app shows them, raw FSRS, and the constant. */
export function predictionScores(predictions: readonly ScoredPrediction[]) {
  if (predictions.length === 0) return null;
  const as = (recall: (p: ScoredPrediction) => number) =>
    calibrate(
      predictions.map((p): ScoredAnswer => ({ at: 0, recall: recall(p), correct: p.correct, elapsedDays: p.elapsedDays, reviewNumber: p.reviewNumber, lapses: p.lapses })),
      (i) => predictions[i]!.floor,
    );
  const calibrated = as((p) => p.calibrated);
  const raw = as((p) => p.raw);
  return {
    n: predictions.length,
    actual: calibrated.actual,
    calibrated: calibrated.adjusted,
    raw: raw.adjusted,
  };
}


/**
 * Readiness's range for an exam of `questions` scored questions instead of the real exam's: the
 * question-luck part E(1 − E)/n of sd² (src/domain/readiness.ts) taken at the mock's length.
 */
export function rangeForLength(r: RunResult['readiness'], questions: number): { low: number; high: number } | null {
  if (r.expected === null || r.sd === null) return null;
  const e = r.expected;
  const sd = Math.sqrt(Math.max(0, r.sd ** 2 + e * (1 - e) * (1 / questions - 1 / r.examQuestions)));
  return { low: Math.max(0, e - Z90 * sd), high: Math.min(1, e + Z90 * sd) };
}

/** Mocks of a draw whose score fell inside readiness's 90 % range (as reported, or `atMockLength`). */
export function mocksInside(results: readonly RunResult[], draw: MockDraw, atMockLength = false): { inside: number; total: number } {
  let inside = 0;
  let total = 0;
  for (const r of results) {
    for (const m of r.mocks.filter((x) => x.draw === draw)) {
      total++;
      // No estimate ("too little data") gives no range: the mock is not inside one.
      const range = atMockLength ? rangeForLength(r.readiness, m.scored) : r.readiness.low === null || r.readiness.high === null ? null : { low: r.readiness.low, high: r.readiness.high };
      if (range && m.score >= range.low && m.score <= range.high) inside++;
    }
  }
  return { inside, total };
}

/** Answers given as a share of what --limit allowed over the runs' days. */
function budgetUsed(runs: readonly RunResult[]): number | null {
  const allowed = runs.reduce((a, r) => a + r.config.answersPerDay * r.config.days, 0);
  return allowed === 0 ? null : (100 * runs.reduce((a, r) => a + r.answers, 0)) / allowed;
}

export function summarise(results: readonly RunResult[]): KindSummary[] {
  const kinds = [...new Set(results.map((r) => r.config.kind))];
  return kinds.map((kind) => {
    const runs = results.filter((r) => r.config.kind === kind);
    const scores = runs.map((r) => predictionScores(r.predictions)).filter((s) => s !== null);
    const ready = runs.filter((r) => r.readiness.expected !== null);
    const unseenFirst = mocksInside(runs, 'unseen-first');
    const bankShare = mocksInside(runs, 'bank-share');
    const bankShareAtLength = mocksInside(runs, 'bank-share', true);
    const mockScored = Math.round(mean(runs.flatMap((r) => r.mocks.map((m) => m.scored))) ?? 0);
    const share = (x: { inside: number; total: number }) => (x.total === 0 ? null : (100 * x.inside) / x.total);
    const dated = runs.filter((r) => r.config.examDate);
    const gainOver = (base: 'fsrs' | 'ladder', of: readonly RunResult[] = runs) => pts(mean(of.map((r) => r.ours.share - r.baselines[base].share)));
    const moreReviews = (base: 'fsrs' | 'ladder', of: readonly RunResult[] = runs) => {
      const theirs = of.reduce((a, r) => a + r.baselines[base].reviews, 0);
      return theirs === 0 ? null : (100 * (of.reduce((a, r) => a + r.ours.reviews, 0) - theirs)) / theirs;
    };
    const predictionsNote = `${scores.reduce((a, s) => a + s.n, 0)} held-out answers in ${scores.length} runs`;
    const figures: Goal[] = [
      { label: 'recall log loss, calibrated as shown', value: mean(scores.map((s) => s.calibrated.model.logLoss)), unit: '', max: mean(scores.map((s) => s.calibrated.baseline.logLoss)) ?? undefined, note: predictionsNote },
      { label: 'recall log loss, constant average', value: mean(scores.map((s) => s.calibrated.baseline.logLoss)), unit: '' },
      { label: 'recall log loss, raw FSRS (guess-adjusted)', value: mean(scores.map((s) => s.raw.model.logLoss)), unit: '' },
      { label: 'recall RMSE(bins), calibrated as shown', value: mean(scores.map((s) => s.calibrated.model.rmseBins)), unit: '', max: mean(scores.map((s) => s.calibrated.baseline.rmseBins)) ?? undefined },
      { label: 'recall RMSE(bins), constant average', value: mean(scores.map((s) => s.calibrated.baseline.rmseBins)), unit: '' },
      { label: 'recall mean predicted minus actual, calibrated', value: pts(mean(scores.map((s) => s.calibrated.meanPredicted - s.actual))), unit: 'points' },
      { label: 'recall mean predicted minus actual, raw FSRS', value: pts(mean(scores.map((s) => s.raw.meanPredicted - s.actual))), unit: 'points' },
      // The goal is judged at the mock's length: readiness's range carries the luck of the real exam's
      // 170 scored questions, and a 60-question mock has more of it; only that part is rescaled.
      { label: 'mocks inside readiness 90 % range (bank-share draw)', value: share(bankShare), unit: '%', note: `${bankShare.inside} of ${bankShare.total}; pmp exam --seen at the bank's seen share; the exam's 170-question luck` },
      { label: 'same, range taken at the mock\'s length (bank-share draw)', value: share(bankShareAtLength), unit: '%', min: 85, note: `${bankShareAtLength.inside} of ${bankShareAtLength.total}; the range's question luck for the mock's ${mockScored} scored questions, not the exam's ${runs[0]?.readiness.examQuestions ?? '?'}` },
      { label: 'mocks inside readiness 90 % range (default draw)', value: share(unseenFirst), unit: '%', note: `${unseenFirst.inside} of ${unseenFirst.total}; unseen questions first, as pmp exam draws` },
      { label: 'mock predicted score minus actual (bank-share draw)', value: pts(mean(runs.flatMap((r) => r.mocks.filter((m) => m.draw === 'bank-share').map((m) => m.predicted - m.score)))), unit: 'points', note: 'pmp exam\'s own per-question prediction' },
      { label: 'mock predicted score minus actual (default draw)', value: pts(mean(runs.flatMap((r) => r.mocks.filter((m) => m.draw === 'unseen-first').map((m) => m.predicted - m.score)))), unit: 'points' },
      { label: 'readiness minus true expected share (mean)', value: pts(mean(ready.map((r) => r.readiness.expected! - r.readiness.truth))), unit: 'points', min: -3, max: 3, note: `${ready.length} of ${runs.length} runs gave an estimate` },
      { label: '  of which runs with an exam date (mean)', value: pts(mean(ready.filter((r) => r.config.examDate).map((r) => r.readiness.expected! - r.readiness.truth))), unit: 'points', note: 'judged on exam morning, a day after the last study' },
      { label: '  of which runs without a date (mean)', value: pts(mean(ready.filter((r) => !r.config.examDate).map((r) => r.readiness.expected! - r.readiness.truth))), unit: 'points', note: 'judged a week on: READINESS_HORIZON_DAYS' },
      { label: 'readiness minus true expected share (mean absolute)', value: pts(mean(ready.map((r) => Math.abs(r.readiness.expected! - r.readiness.truth)))), unit: 'points' },
      { label: 'truth inside readiness 90 % range', value: ready.length === 0 ? null : (100 * ready.filter((r) => r.readiness.truth >= r.readiness.low! && r.readiness.truth <= r.readiness.high!).length) / ready.length, unit: '%' },
      // Exam-aimed timing (the exam-week sweep) only takes answers a day has left after due reviews and
      // the plan's new questions: this says how much room the runs left it.
      { label: 'daily budget used, runs with an exam date', value: budgetUsed(runs.filter((r) => r.config.examDate)), unit: '%', note: 'answers given / (--limit × days)' },
      { label: 'daily budget used, runs without a date', value: budgetUsed(runs.filter((r) => !r.config.examDate)), unit: '%' },
      { label: 'exam-day share: ours minus default FSRS', value: gainOver('fsrs'), unit: 'points', min: 2 },
      // Exam aim (the retention schedule, the sweep) acts only with a date: these say what it does there.
      { label: '  of which runs with an exam date', value: gainOver('fsrs', dated), unit: 'points', note: `${dated.length} runs` },
      { label: '  reviews vs default FSRS, runs with an exam date', value: moreReviews('fsrs', dated), unit: '%' },
      // The issue asks for the gain at every budget: each budget's runs with a date on their own.
      ...[...new Set(dated.map((r) => r.config.answersPerDay))].sort((a, b) => a - b).map((budget): Goal => {
        const of = dated.filter((r) => r.config.answersPerDay === budget);
        const reviews = moreReviews('fsrs', of);
        return { label: `    with a date, ${budget} a day: ours minus default FSRS`, value: gainOver('fsrs', of), unit: 'points', note: `${of.length} runs; reviews ${reviews === null ? '?' : `${reviews >= 0 ? '+' : ''}${reviews.toFixed(1)} %`}` };
      }),
      { label: 'exam-day share: ours minus 1-3-7-14-30 ladder', value: gainOver('ladder'), unit: 'points', min: 2 },
      { label: 'reviews: ours vs default FSRS (more is a miss)', value: moreReviews('fsrs'), unit: '%', max: 0 },
      { label: 'reviews: ours vs ladder (more is a miss)', value: moreReviews('ladder'), unit: '%', max: 0 },
      ...projectionFigures(runs),
    ];
    return { kind, runs: runs.length, figures };
  });
}
