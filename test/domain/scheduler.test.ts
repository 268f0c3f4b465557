import { describe, expect, it } from '@jest/globals';
import { Rating, ratedHistory, ratingFor, type Confidence } from '../../src/domain/grading.js';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type MemoryState } from '../../src/domain/scheduler.js';

const DAY = 86_400_000;

describe('scheduler adapter (FSRS-6 through ts-fsrs)', () => {
  it('matches ts-fsrs itself, configured as we use it (no learning steps), on its reference history', () => {
    // ts-fsrs's reference ratings G,G,G,G,G,G,A,A,G,G,G,G,G from 2022-12-29 12:30 (local time), each
    // answered at its due time; the intervals are what ts-fsrs gives with learning_steps = [].
    const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false });
    const ratings = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3] as const;
    let now = new Date(2022, 11, 29, 12, 30, 0, 0).getTime();
    let state: MemoryState | null = null;
    const intervals: number[] = [];
    for (const r of ratings) {
      state = scheduler.next(state, now, r);
      intervals.push(state.scheduledDays);
      now = state.dueAt;
    }
    expect(intervals).toEqual([2, 11, 46, 163, 497, 1346, 9, 1, 3, 5, 9, 15, 25]);
  });

  it('has no same-session steps: a new or failed question comes back on a later day', () => {
    const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false });
    const t0 = Date.UTC(2026, 0, 5, 9);
    const wrongFirst = scheduler.next(null, t0, Rating.Again);
    expect(wrongFirst.phase).toBe('review');
    expect(wrongFirst.dueAt - t0).toBeGreaterThanOrEqual(DAY);
    const right = scheduler.next(null, t0, Rating.Good);
    const lapse = scheduler.next(right, right.dueAt, Rating.Again);
    expect(lapse.dueAt - right.dueAt).toBeGreaterThanOrEqual(DAY);
    expect(lapse.lapses).toBe(1);
  });

  it('counts a review the next morning as a day later, even a little under 24 hours', () => {
    const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false });
    const evening = Date.UTC(2026, 0, 5, 20);
    const first = scheduler.next(null, evening, Rating.Good);
    const nextMorning = evening + 13 * 3_600_000;
    const fullDay = evening + DAY;
    // ts-fsrs alone floors 13 hours to 0 days: recall 1 and no gain in stability.
    expect(scheduler.recallProbability(first, nextMorning)).toBeCloseTo(scheduler.recallProbability(first, fullDay) ?? 0, 12);
    expect(scheduler.recallProbability(first, nextMorning)).toBeLessThan(1);
    expect(scheduler.next(first, nextMorning, Rating.Good).stability).toBeCloseTo(scheduler.next(first, fullDay, Rating.Good).stability, 9);
    // Within half a day it is the same sitting.
    expect(scheduler.recallProbability(first, evening + 3 * 3_600_000)).toBe(1);
  });

  it('replays a history to exactly the state reached answer by answer', () => {
    const scheduler = createScheduler();
    let at = Date.UTC(2026, 0, 1, 9);
    let state: MemoryState | null = null;
    const answers: { at: number; rating: 1 | 2 | 3 | 4 }[] = [];
    for (const rating of [3, 1, 3, 2, 3, 3, 1, 3] as const) {
      state = scheduler.next(state, at, rating);
      answers.push({ at, rating });
      at = state.dueAt + 3_600_000;
    }
    expect(scheduler.replay(answers)).toEqual(state);
  });

  it('undo by replaying the shorter history restores the earlier state exactly', () => {
    const scheduler = createScheduler();
    const t0 = Date.UTC(2026, 2, 1, 8);
    const s1 = scheduler.next(null, t0, 3);
    const s2 = scheduler.next(s1, s1.dueAt, 3);
    const s3 = scheduler.next(s2, s2.dueAt + DAY, 1);
    expect(s3).not.toEqual(s2);
    expect(scheduler.replay([{ at: t0, rating: 3 }, { at: s1.dueAt, rating: 3 }])).toEqual(s2);
  });

  it('predicts no recall for an unseen question and a probability in (0,1] for a seen one', () => {
    const scheduler = createScheduler();
    const t0 = Date.UTC(2026, 2, 1, 8);
    expect(scheduler.recallProbability(null, t0)).toBeNull();
    const s = scheduler.next(scheduler.next(null, t0, 3), t0 + 600_000, 3);
    const atDue = scheduler.recallProbability(s, s.dueAt) as number;
    expect(atDue).toBeGreaterThan(0.8);
    expect(atDue).toBeLessThanOrEqual(1);
    expect(scheduler.recallProbability(s, s.dueAt + 60 * DAY) as number).toBeLessThan(atDue);
  });

  it('fuzz is deterministic: the same history gives the same due time', () => {
    const a = createScheduler();
    const b = createScheduler();
    const history = [
      { at: Date.UTC(2026, 0, 1), rating: 3 as const },
      { at: Date.UTC(2026, 0, 1, 0, 10), rating: 3 as const },
      { at: Date.UTC(2026, 0, 4), rating: 3 as const },
      { at: Date.UTC(2026, 0, 20), rating: 3 as const },
    ];
    expect(a.replay(history)).toEqual(b.replay(history));
  });
});

describe('grading a multiple-choice answer', () => {
  const rate = (correct: boolean, confidence: Confidence | undefined, firstSight = false, guessFloor = 0.25) => ratingFor({ correct, confidence, firstSight, guessFloor });
  it('maps wrong to Again, right to Good, unsure to Hard and guessed to Again', () => {
    expect(rate(false, undefined)).toBe(Rating.Again);
    expect(rate(false, 'sure')).toBe(Rating.Again);
    expect(rate(true, undefined)).toBe(Rating.Good);
    expect(rate(true, 'sure')).toBe(Rating.Good);
    expect(rate(true, 'unsure')).toBe(Rating.Hard);
    expect(rate(true, 'guessed')).toBe(Rating.Again);
  });

  it('rates a right answer at first sight Hard when a blind pick is often right, unless the learner is sure', () => {
    expect(rate(true, undefined, true, 1 / 4)).toBe(Rating.Hard); // single choice of four
    expect(rate(true, undefined, true, 1 / 6)).toBe(Rating.Hard); // choose two of four
    expect(rate(true, undefined, true, 1 / 10)).toBe(Rating.Good); // choose two of five
    expect(rate(true, undefined, true, 1 / 24)).toBe(Rating.Good); // matching four
    expect(rate(true, 'sure', true, 1 / 4)).toBe(Rating.Good);
    expect(rate(true, 'guessed', true, 1 / 4)).toBe(Rating.Again);
    expect(rate(false, undefined, true, 1 / 4)).toBe(Rating.Again);
  });

  it('rates a replayed history as it rates answers now: only the first answer counts as first sight', () => {
    const answer = (day: number, correct: boolean) => ({ at: Date.UTC(2026, 0, day), correct, confidence: null });
    expect(ratedHistory([answer(1, true), answer(3, true), answer(9, false)], 0.25).map((a) => a.rating)).toEqual([Rating.Hard, Rating.Good, Rating.Again]);
  });
});
