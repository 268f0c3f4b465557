import { describe, expect, it } from '@jest/globals';
import { Rating, ratingFor } from '../../src/domain/grading.js';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type MemoryState } from '../../src/domain/scheduler.js';

const DAY = 86_400_000;

describe('scheduler adapter (FSRS-6 through ts-fsrs)', () => {
  it('reproduces the ts-fsrs reference interval history with default parameters', () => {
    // ts-fsrs's own reference: G,G,G,G,G,G,A,A,G,G,G,G,G from 2022-12-29 12:30 (local time).
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
    expect(intervals).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
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
  it('maps wrong to Again, right to Good, unsure to Hard and guessed to Again', () => {
    expect(ratingFor(false, undefined)).toBe(Rating.Again);
    expect(ratingFor(false, 'sure')).toBe(Rating.Again);
    expect(ratingFor(true, undefined)).toBe(Rating.Good);
    expect(ratingFor(true, 'sure')).toBe(Rating.Good);
    expect(ratingFor(true, 'unsure')).toBe(Rating.Hard);
    expect(ratingFor(true, 'guessed')).toBe(Rating.Again);
  });
});
