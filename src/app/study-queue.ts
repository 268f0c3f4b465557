/**
 * Which question comes next. Scheduled study: learning steps that are due, then reviews due
 * today (most overdue first, up to the daily cap), then new questions up to the day's limit, then
 * steps due soon. Cram: every question of the slice once, in a seeded scrambled order, then again.
 */
import { nextStudyDayStart, studyDayStart } from '../domain/study-day.js';
import type { CardRef, StudyFilter, StudyStore } from '../storage/study-store.js';

/** Learning steps due within this window are shown early rather than ending the session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueOptions {
  readonly filter: StudyFilter;
  readonly newPerDay: number;
  /** Reviews per study day; undefined = no cap. */
  readonly maxReviewsPerDay?: number;
  readonly cram: boolean;
  readonly seed: number;
}

export interface Queue {
  next(now: number, utcOffset: number, lastPk: number | undefined): CardRef | undefined;
  /** Reviews due today that the daily cap holds back. */
  heldBack(now: number, utcOffset: number): number;
}

export function createQueue(store: StudyStore, options: QueueOptions): Queue {
  if (options.cram) return cramQueue(store, options);
  return {
    next(now, utcOffset, lastPk) {
      const avoid = lastPk !== undefined ? [lastPk] : [];
      const dayStart = studyDayStart(now, utcOffset);
      const dayEnd = nextStudyDayStart(now, utcOffset);
      const newAllowed = store.newIntroducedSince(dayStart) < options.newPerDay;
      const reviewsAllowed = options.maxReviewsPerDay === undefined || store.reviewsSince(dayStart) < options.maxReviewsPerDay;
      const f = options.filter;
      return (
        store.learningDue(now, now, f, avoid) ??
        (reviewsAllowed ? store.reviewDue(now, dayEnd, f, avoid) : undefined) ??
        (newAllowed ? store.nextNew(now, f, avoid) : undefined) ??
        store.learningDue(now, now + LEARN_AHEAD_MS, f, avoid) ??
        // Only the question just answered is left: show it again rather than stop early.
        (lastPk !== undefined ? store.learningDue(now, now + LEARN_AHEAD_MS, f) : undefined)
      );
    },
    heldBack(now, utcOffset) {
      if (options.maxReviewsPerDay === undefined) return 0;
      const dayStart = studyDayStart(now, utcOffset);
      if (store.reviewsSince(dayStart) < options.maxReviewsPerDay) return 0;
      return store.counts(now, nextStudyDayStart(now, utcOffset), options.filter).review;
    },
  };
}

function cramQueue(store: StudyStore, options: QueueOptions): Queue {
  let shownThisRound: number[] = [];
  let round = 0;
  return {
    next(now, _utcOffset, lastPk) {
      const pick = () => store.anyInSlice(now, options.seed + round, options.filter, shownThisRound);
      let card = pick();
      if (!card && shownThisRound.length > 0) {
        // The slice is done: go round again, not starting with the question just shown.
        round++;
        shownThisRound = [];
        if (lastPk !== undefined) card = store.anyInSlice(now, options.seed + round, options.filter, [lastPk]);
        card ??= pick();
      }
      if (card) shownThisRound.push(card.questionPk);
      return card;
    },
    heldBack: () => 0,
  };
}
