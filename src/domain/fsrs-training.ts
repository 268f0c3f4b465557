/**
 * The learner's answers as the FSRS optimizer (fsrs-rs) wants them: per question, a list of
 * (rating, days since the previous answer) — one training item per answer after the first.
 *
 * Days are study days (they roll over at 04:00 local, like the rest of the tool), so two answers
 * on the same study day are 0 days apart. Same-day answers stay in a question's history (FSRS-6
 * models short-term memory from them) but are never an item to predict: the forgetting curve is
 * in days, and fsrs-rs needs every item to end on a later day than the answer before it.
 */
import type { RatingValue } from './grading.js';

const DAY_MS = 86_400_000;
const DAY_START_MS = 4 * 3_600_000;

/** One logged answer that counts for scheduling (not practice, not undone), in log order. */
export interface LoggedReview {
  readonly questionPk: number;
  /** A changed answer key restarts the question: each key version is a history of its own. */
  readonly keyVersion: number;
  /** ms since epoch */
  readonly at: number;
  readonly rating: RatingValue;
}

export interface HistoryAnswer {
  readonly at: number;
  readonly rating: RatingValue;
  /** Study-day number (days since the epoch, rolled over at 04:00 local). */
  readonly day: number;
  /** Study days since the previous answer of this history; 0 for the first. */
  readonly deltaDays: number;
}

/** All answers to one question under one answer key, oldest first. */
export type ReviewHistory = readonly HistoryAnswer[];

export interface TrainingReview {
  readonly rating: RatingValue;
  readonly deltaDays: number;
}

/** What fsrs-rs calls an FSRSItem: a history ending in the answer to predict. */
export interface TrainingItem {
  readonly reviews: readonly TrainingReview[];
}

/** The study-day number of `at` for a learner at `utcOffsetMinutes` east of Greenwich. */
export function studyDayNumber(at: number, utcOffsetMinutes: number): number {
  return Math.floor((at + utcOffsetMinutes * 60_000 - DAY_START_MS) / DAY_MS);
}

/** Groups log rows (already in log order) into one history per question and key version. */
export function groupHistories(rows: readonly LoggedReview[], utcOffsetMinutes: (at: number) => number): ReviewHistory[] {
  const byKey = new Map<string, HistoryAnswer[]>();
  for (const row of rows) {
    const key = `${row.questionPk}:${row.keyVersion}`;
    let history = byKey.get(key);
    if (!history) byKey.set(key, (history = []));
    const day = studyDayNumber(row.at, utcOffsetMinutes(row.at));
    const previous = history[history.length - 1];
    // A clock set back can make a later row look earlier; never let days run backwards.
    const deltaDays = previous ? Math.max(0, day - previous.day) : 0;
    history.push({ at: row.at, rating: row.rating, day: previous ? Math.max(day, previous.day) : day, deltaDays });
  }
  return [...byKey.values()];
}

/** True for an answer the forgetting curve predicts: not the first sight, on a later study day. */
export const isPredictable = (history: ReviewHistory, index: number): boolean => index > 0 && (history[index]?.deltaDays ?? 0) > 0;

/** Training items for every predictable answer whose study day is before `beforeDay` (all when absent). */
export function trainingItems(histories: readonly ReviewHistory[], beforeDay = Number.POSITIVE_INFINITY): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const history of histories) {
    for (let i = 1; i < history.length; i++) {
      const answer = history[i] as HistoryAnswer;
      if (answer.day >= beforeDay) break;
      if (!isPredictable(history, i)) continue;
      items.push({ reviews: history.slice(0, i + 1).map((a) => ({ rating: a.rating, deltaDays: a.deltaDays })) });
    }
  }
  return items;
}

/** Items for the predictable answers on or after `fromDay` (their earlier answers as history). */
export function heldOutItems(histories: readonly ReviewHistory[], fromDay: number): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const history of histories) {
    for (let i = 1; i < history.length; i++) {
      if ((history[i] as HistoryAnswer).day < fromDay || !isPredictable(history, i)) continue;
      items.push({ reviews: history.slice(0, i + 1).map((a) => ({ rating: a.rating, deltaDays: a.deltaDays })) });
    }
  }
  return items;
}

/** How many answers in these histories the forgetting curve predicts (what "reviews" counts below). */
export function predictableCount(histories: readonly ReviewHistory[]): number {
  let n = 0;
  for (const history of histories) for (let i = 1; i < history.length; i++) if (isPredictable(history, i)) n++;
  return n;
}

/**
 * The first study day held out from fitting: the days on which the learner answered, the
 * earliest `fitShare` of them for fitting, the rest for testing. Undefined with fewer than 2 days.
 */
export function cutDay(histories: readonly ReviewHistory[], fitShare: number): number | undefined {
  const days = [...new Set(histories.flatMap((h) => h.map((a) => a.day)))].sort((a, b) => a - b);
  if (days.length < 2) return undefined;
  const index = Math.min(days.length - 1, Math.max(1, Math.floor(days.length * fitShare)));
  return days[index];
}
