/**
 * The score of a submitted mock exam: share right over the scored items (an unanswered question
 * counts as wrong, as on the real exam), overall and per domain, each rated against an assumed cut.
 */
import { passes, ratingOf, type ExamRating } from './exam-rating.js';
import { brierScore, constantBaseline, logLoss, type Outcome } from './prediction-quality.js';
import type { DomainId } from './question.js';

export interface ScoringItem {
  readonly domain: DomainId | null;
  readonly scored: boolean;
  readonly answered: boolean;
  readonly correct: boolean;
}

export interface ShareRight {
  readonly right: number;
  readonly total: number;
  /** 0..1; 0 when there is nothing to score. */
  readonly share: number;
  readonly rating: ExamRating;
}

export interface ExamScore {
  readonly overall: ShareRight;
  readonly passed: boolean;
  readonly cut: number;
  readonly domains: readonly (ShareRight & { readonly domain: DomainId })[];
  readonly unscored: number;
  readonly unanswered: number;
}

function shareOf(items: readonly ScoringItem[], cut: number): ShareRight {
  const right = items.filter((i) => i.correct).length;
  const share = items.length > 0 ? right / items.length : 0;
  return { right, total: items.length, share, rating: ratingOf(share, cut) };
}

export function scoreExam(items: readonly ScoringItem[], domains: readonly DomainId[], cut: number): ExamScore {
  const scored = items.filter((i) => i.scored);
  const overall = shareOf(scored, cut);
  return {
    overall,
    passed: passes(overall.share, cut),
    cut,
    domains: domains.map((domain) => ({ domain, ...shareOf(scored.filter((i) => i.domain === domain), cut) })).filter((d) => d.total > 0),
    unscored: items.length - scored.length,
    unanswered: items.filter((i) => !i.answered).length,
  };
}

export interface PredictionCheck {
  /** Scored questions with a prediction. */
  readonly questions: number;
  /** Mean predicted chance of a right answer, and the share actually right. */
  readonly expected: number;
  readonly actual: number;
  readonly brier: number;
  readonly logLoss: number;
  /** The same scores for a constant prediction of the actual share (hindsight: a hard bar). */
  readonly baselineBrier: number;
  readonly baselineLogLoss: number;
}

/**
 * How well the readiness model, applied to each drawn question before the exam, foresaw the
 * result: the check PRODUCT.md asks of every readiness estimate. Null without predictions.
 */
export interface SplitPredictionCheck extends PredictionCheck {
  /** The same for the questions answered before the exam (recall predicted) and the never-answered ones (first-sight accuracy). */
  readonly seen: PredictionCheck | null;
  readonly unseen: PredictionCheck | null;
}

/** `answered: false` leaves a question out: an unanswered question checks no prediction, it only loses a point. */
type CheckedItem = { readonly scored: boolean; readonly predicted: number | null; readonly correct: boolean; readonly seenBefore?: boolean; readonly answered?: boolean };

/** checkPrediction for the whole exam and for its seen and unseen parts. */
export function checkPredictionParts(items: readonly CheckedItem[]): SplitPredictionCheck | null {
  const all = checkPrediction(items);
  if (!all) return null;
  return { ...all, seen: checkPrediction(items.filter((i) => i.seenBefore === true)), unseen: checkPrediction(items.filter((i) => i.seenBefore !== true)) };
}

export function checkPrediction(items: readonly CheckedItem[]): PredictionCheck | null {
  const outcomes: Outcome[] = items.filter((i) => i.scored && i.predicted !== null && i.answered !== false).map((i) => ({ p: i.predicted as number, y: i.correct ? 1 : 0 }));
  if (outcomes.length === 0) return null;
  const baseline = constantBaseline(outcomes);
  return {
    questions: outcomes.length,
    expected: outcomes.reduce((a, o) => a + o.p, 0) / outcomes.length,
    actual: outcomes.reduce((a, o) => a + o.y, 0) / outcomes.length,
    brier: brierScore(outcomes),
    logLoss: logLoss(outcomes),
    baselineBrier: brierScore(baseline),
    baselineLogLoss: logLoss(baseline),
  };
}
