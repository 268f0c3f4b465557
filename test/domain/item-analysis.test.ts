import { describe, expect, it } from '@jest/globals';
import { analyseItems, pointBiserial, type ItemHistory } from '../../src/domain/item-analysis.js';

const answer = (correct: boolean, chosen: string, elapsedMs = 10_000) => ({ correct, chosen: [chosen], elapsedMs });

/** Six learners: strong ones (s*) get the easy item right; the misleading item fools the strong ones. */
function histories(): ItemHistory[] {
  const learners = ['s1', 's2', 's3', 'w1', 'w2', 'w3'];
  const strong = (l: string) => l.startsWith('s');
  return learners.flatMap((learner) => [
    { learner, questionId: 'easy', answers: [answer(true, 'a', 5000)], lapses: 0 },
    { learner, questionId: 'fair', answers: [answer(strong(learner), strong(learner) ? 'b' : 'c')], lapses: 0 },
    { learner, questionId: 'fair2', answers: [answer(strong(learner), strong(learner) ? 'b' : 'd')], lapses: 0 },
    { learner, questionId: 'fair3', answers: [answer(strong(learner), strong(learner) ? 'b' : 'a')], lapses: 0 },
    { learner, questionId: 'misleading', answers: [answer(!strong(learner), strong(learner) ? 'd' : 'a')], lapses: strong(learner) ? 7 : 0 },
    { learner, questionId: 'trap', answers: [answer(false, 'c'), answer(false, 'c')], lapses: 0 },
  ]);
}
const keys: Record<string, string[]> = { easy: ['a'], fair: ['b'], fair2: ['b'], fair3: ['b'], misleading: ['a'], trap: ['a'] };

describe('item analysis', () => {
  const stats = Object.fromEntries(analyseItems(histories(), (id) => keys[id] ?? []).map((s) => [s.questionId, s]));

  it('counts answers, first-sight accuracy, options chosen and median time', () => {
    expect(stats.easy).toMatchObject({ answers: 6, learners: 6, firstSightRight: 1, medianElapsedMs: 5000, chosen: { a: 6 } });
    expect(stats.trap).toMatchObject({ answers: 12, firstSightRight: 0, chosen: { c: 12 } });
  });

  it('measures discrimination: positive when strong learners do better, negative when they do worse', () => {
    expect(stats.fair?.discrimination).toBeGreaterThan(0.5);
    expect(stats.misleading?.discrimination).toBeLessThan(-0.5);
    expect(stats.easy?.discrimination).toBeNull(); // everyone right: no variance
  });

  it('flags items that look broken and counts leeches', () => {
    expect(stats.trap?.flags).toEqual(expect.arrayContaining(['almost-nobody-right', 'distractor-beats-key']));
    expect(stats.misleading?.flags).toContain('negative-discrimination');
    expect(stats.easy?.flags).toEqual(['too-easy']);
    expect(stats.fair?.flags).toEqual([]);
    expect(stats.misleading?.leeches).toBe(3);
  });

  it('gives no discrimination with fewer than five learners', () => {
    const few = analyseItems(histories().filter((h) => ['s1', 'w1', 'w2'].includes(h.learner)), (id) => keys[id] ?? []);
    expect(few.every((s) => s.discrimination === null)).toBe(true);
  });

  it('computes the point-biserial correlation', () => {
    expect(pointBiserial([true, true, false, false], [1, 0.9, 0.2, 0.1])).toBeCloseTo(0.99, 2);
    expect(pointBiserial([true, true], [0.5, 0.7])).toBeNull();
  });
});
