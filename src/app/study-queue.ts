/**
 * Which question comes next. Scheduled study: learning steps that are due, then reviews due
 * today (most overdue first, up to the daily cap), then new questions up to the day's limit, then
 * steps due soon. Cram: every question of the slice once, in a seeded scrambled order, then again.
 */
import { nextStudyDayStart, studyDayStart } from '../domain/study-day.js';
import type { Sweep } from '../domain/exam-sweep.js';
import { stretchedDueAt } from '../domain/exam-retention.js';
import type { CardRef, StudyFilter, StudyStore } from '../storage/study-store.js';

/** Learning steps due within this window are shown early rather than ending the session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueOptions {
  readonly filter: StudyFilter;
  readonly newPerDay: number;
  /** Reviews per study day; undefined = no cap. */
  readonly maxReviewsPerDay?: number;
  /**
   * Keep room for the day's new questions (a study plan aimed at an exam date): when a session
   * has only as many answers left as the new questions still due today, reviews wait. Without it,
   * a learner who keeps failing gets only reviews and never covers the bank before the exam.
   */
  readonly reserveNew?: boolean;
  /**
   * With reserveNew: reviews of leeches (questions wrong this many times) come after every other
   * review, so when the session's answers run short they are the ones that wait. A leech is the
   * review least likely to gain from one more showing, a question never seen the most.
   */
  readonly leechLapses?: number;
  /**
   * The exam retention schedule (domain/exam-retention.ts): due intervals stretch by this factor
   * today (1 or absent: FSRS's own due dates).
   */
  readonly reviewStretch?: number;
  /**
   * The exam aim's order of today's due reviews (domain/exam-retention.ts 'exam-value', leeches
   * last): taken before any other due review; when it runs out, the rest most overdue first.
   */
  readonly reviewOrder?: readonly number[];
  /** The exam-week sweep (domain/exam-sweep.ts): after the day's due reviews and new questions. */
  readonly sweep?: Sweep;
  readonly cram: boolean;
  readonly seed: number;
}

export interface Queue {
  /** `answersLeft`: how many more answers the session will take (its --limit); undefined = no limit. */
  next(now: number, utcOffset: number, lastPk: number | undefined, answersLeft?: number): CardRef | undefined;
  /** Reviews due today that the daily cap holds back. */
  heldBack(now: number, utcOffset: number): number;
}

export function createQueue(store: StudyStore, options: QueueOptions): Queue {
  if (options.cram) return cramQueue(store, options);
  const sweepLeft = [...(options.sweep?.questionPks ?? [])];
  let swept = 0;
  // The weakest question on exam day not yet swept, and not answered today (a due review just taken counts).
  const nextSweep = (dayStart: number, lastPk: number | undefined): CardRef | undefined => {
    while (options.sweep && swept < options.sweep.quota) {
      const i = sweepLeft.findIndex((pk) => pk !== lastPk);
      if (i < 0) return undefined;
      const [pk] = sweepLeft.splice(i, 1);
      const card = pk === undefined ? undefined : store.card(pk);
      if (!card || (card.state?.lastReviewAt ?? 0) >= dayStart) continue;
      swept++;
      return card;
    }
    return undefined;
  };
  const orderLeft = [...(options.reviewOrder ?? [])];
  // The next question of the ranked order still due today and not answered today (not the one just shown).
  const nextRanked = (dayStart: number, dayEnd: number, stretch: number, lastPk: number | undefined): CardRef | undefined => {
    for (let i = 0; i < orderLeft.length; ) {
      const pk = orderLeft[i] as number;
      if (pk === lastPk) {
        i++;
        continue;
      }
      orderLeft.splice(i, 1);
      const card = store.card(pk);
      const state = card?.state;
      if (state && state.phase === 'review' && (state.lastReviewAt ?? 0) < dayStart && stretchedDueAt(state, stretch) < dayEnd) return card;
    }
    return undefined;
  };
  return {
    next(now, utcOffset, lastPk, answersLeft) {
      const avoid = lastPk !== undefined ? [lastPk] : [];
      const dayStart = studyDayStart(now, utcOffset);
      const dayEnd = nextStudyDayStart(now, utcOffset);
      const newLeft = Math.max(0, options.newPerDay - store.newIntroducedSince(dayStart));
      const newAllowed = newLeft > 0;
      const roomForNew = !options.reserveNew || answersLeft === undefined || answersLeft > newLeft;
      const reviewsAllowed = roomForNew && (options.maxReviewsPerDay === undefined || store.reviewsSince(dayStart) < options.maxReviewsPerDay);
      const f = options.filter;
      const stretch = options.reviewStretch ?? 1;
      const review = () =>
        nextRanked(dayStart, dayEnd, stretch, lastPk) ??
        (options.reserveNew && options.leechLapses !== undefined ? store.reviewDueBelowLapses(now, dayEnd, options.leechLapses, f, avoid, stretch) : undefined) ??
        store.reviewDue(now, dayEnd, f, avoid, stretch);
      return (
        store.learningDue(now, now, f, avoid) ??
        (reviewsAllowed ? review() : undefined) ??
        (newAllowed ? store.nextNew(now, f, avoid) : undefined) ??
        // The new questions are done (or none are left in the slice): reviews may use the rest.
        (!roomForNew ? review() : undefined) ??
        nextSweep(dayStart, lastPk) ??
        store.learningDue(now, now + LEARN_AHEAD_MS, f, avoid) ??
        // Only the question just answered is left: show it again rather than stop early.
        (lastPk !== undefined ? store.learningDue(now, now + LEARN_AHEAD_MS, f) : undefined)
      );
    },
    heldBack(now, utcOffset) {
      if (options.maxReviewsPerDay === undefined) return 0;
      const dayStart = studyDayStart(now, utcOffset);
      if (store.reviewsSince(dayStart) < options.maxReviewsPerDay) return 0;
      return store.counts(now, nextStudyDayStart(now, utcOffset), options.filter, options.reviewStretch).review;
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
