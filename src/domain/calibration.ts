/**
 * Calibration of logged predictions: did the recall probabilities predicted before each answer
 * match what happened? Shared by `pmp readiness --calibration` and the scheduler simulation.
 *
 * FSRS predicts recall, but a multiple-choice answer can also be right by guessing. The headline
 * therefore compares the guess-adjusted probability p' = R + (1 − R)·g (g = the item type's
 * guessing floor) with right answers; the raw R is reported beside it and under-predicts by
 * about the guessing effect.
 */
import type { RatingValue } from './grading.js';
import { decileTable, scoresAgainstBaseline, type BinnedOutcome, type Decile, type Scores } from './prediction-quality.js';

const DAY_MS = 86_400_000;

/** Fewer predictions than this give scores too noisy to read. */
export const MIN_PREDICTIONS = 50;

/** Probability of a right answer when recall has probability `recall` and a guess succeeds with `floor`. */
export function guessAdjusted(recall: number, floor: number): number {
  return recall + (1 - recall) * floor;
}

export interface LoggedAnswer {
  /** ms since epoch */
  readonly at: number;
  readonly rating: RatingValue;
  readonly correct: boolean;
  /** Recall probability logged just before the answer; null for a first answer. */
  readonly predictedRecall: number | null;
}

export interface ScoredAnswer {
  readonly at: number;
  readonly recall: number;
  readonly correct: boolean;
  readonly elapsedDays: number;
  readonly reviewNumber: number;
  readonly lapses: number;
}

/**
 * The answers to one question, oldest first, with the features RMSE(bins) needs. Answers without a
 * prediction (first answers) and same-day answers (less than a whole day after the previous one:
 * ts-fsrs then counts 0 days and predicts 1 by construction; the SRS benchmark leaves same-day
 * reviews out of evaluation too) are dropped here but still count as history, as do answers
 * before `from` (ms since epoch).
 */
export function scoreableAnswers(history: readonly LoggedAnswer[], from = -Infinity): { readonly answers: ScoredAnswer[]; readonly sameDay: number } {
  const answers: ScoredAnswer[] = [];
  let sameDay = 0;
  let lapses = 0;
  let previousAt: number | null = null;
  history.forEach((a, i) => {
    const elapsedDays = previousAt === null ? null : Math.floor((a.at - previousAt) / DAY_MS);
    if (a.predictedRecall !== null && elapsedDays !== null && a.at >= from) {
      if (elapsedDays < 1) sameDay++;
      else answers.push({ at: a.at, recall: a.predictedRecall, correct: a.correct, elapsedDays, reviewNumber: i + 1, lapses });
    }
    if (a.rating === 1 && elapsedDays !== 0) lapses++;
    previousAt = a.at;
  });
  return { answers, sameDay };
}

export interface CalibrationView {
  /** Mean predicted probability of a right answer. */
  readonly meanPredicted: number;
  readonly model: Scores;
  readonly baseline: Scores;
  readonly deciles: readonly Decile[];
}

export interface Calibration {
  readonly predictions: number;
  /** Share answered right. */
  readonly actual: number;
  /** p' = R + (1 − R)·g: the headline. */
  readonly adjusted: CalibrationView;
  /** R as logged. */
  readonly raw: CalibrationView;
}

/** Both views of a set of scored answers; `floorOf(i)` is the guessing floor of answer i's question. */
export function calibrate(answers: readonly ScoredAnswer[], floorOf: (index: number) => number): Calibration {
  const y = (a: ScoredAnswer): 0 | 1 => (a.correct ? 1 : 0);
  const raw = answers.map((a): BinnedOutcome => ({ p: a.recall, y: y(a), elapsedDays: a.elapsedDays, reviewNumber: a.reviewNumber, lapses: a.lapses }));
  const adjusted = raw.map((o, i) => ({ ...o, p: guessAdjusted(o.p, floorOf(i)) }));
  return {
    predictions: answers.length,
    actual: mean(raw.map((o) => o.y)),
    adjusted: view(adjusted),
    raw: view(raw),
  };
}

function view(outcomes: readonly BinnedOutcome[]): CalibrationView {
  return { meanPredicted: mean(outcomes.map((o) => o.p)), ...scoresAgainstBaseline(outcomes), deciles: decileTable(outcomes) };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, x) => a + x, 0) / xs.length;
}
