import { describe, expect, it } from '@jest/globals';
import { createFsrsLearner } from '../../src/simulation/fsrs-learner.js';
import { createHlrLearner, HALF_LIFE_GROWTH, HALF_LIFE_LAPSE, halfLifeRecall } from '../../src/simulation/hlr-learner.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2027, 0, 4, 9);

describe('the half-life-regression learner', () => {
  const items = Array.from({ length: 200 }, () => ({ floor: 0.25, difficulty: 2 }));

  it('recalls 2^(−Δt/h): a half at one half-life, a quarter at two', () => {
    const learner = createHlrLearner({ seed: 3, ability: 'medium', items });
    learner.answer(0, T0);
    const h = learner.halfLife(0)!;
    expect(h).toBeGreaterThan(0);
    expect(learner.recallAt(0, T0 + h * DAY)).toBeCloseTo(0.5, 10);
    expect(learner.recallAt(0, T0 + 2 * h * DAY)).toBeCloseTo(0.25, 10);
    expect(learner.recallAt(0, T0 + 0.3 * DAY)).toBeCloseTo(2 ** (-0.3 / h), 10);
    expect(halfLifeRecall(3, 1.5)).toBeCloseTo(0.25, 12);
  });

  it('grows the half-life ×2.5 after a recall and shrinks it ×0.6 after a lapse', () => {
    const learner = createHlrLearner({ seed: 5, ability: 'weak', items });
    let sawGrowth = false;
    let sawLapse = false;
    for (let i = 0; i < items.length; i++) {
      learner.answer(i, T0);
      const before = learner.halfLife(i)!;
      const { recalled, trueRecall } = learner.answer(i, T0 + DAY);
      expect(trueRecall).toBeCloseTo(2 ** (-1 / before), 10);
      const expected = Math.max(0.1, before * (recalled ? HALF_LIFE_GROWTH : HALF_LIFE_LAPSE));
      expect(learner.halfLife(i)).toBeCloseTo(expected, 10);
      if (recalled) sawGrowth = true;
      else sawLapse = true;
    }
    expect(sawGrowth && sawLapse).toBe(true);
  });

  it('guesses right at the item floor when it neither knows nor remembers', () => {
    const matching = Array.from({ length: 3000 }, () => ({ floor: 0, difficulty: 3 }));
    const single = Array.from({ length: 3000 }, () => ({ floor: 0.25, difficulty: 3 }));
    const rightWithout = (its: typeof single) => {
      const learner = createHlrLearner({ seed: 9, ability: 'weak', items: its });
      let right = 0;
      let notKnown = 0;
      its.forEach((_, i) => {
        const a = learner.answer(i, T0);
        if (!a.recalled) {
          notKnown++;
          if (a.right) right++;
        }
      });
      return right / notKnown;
    };
    expect(rightWithout(matching)).toBe(0);
    expect(rightWithout(single)).toBeGreaterThan(0.22);
    expect(rightWithout(single)).toBeLessThan(0.28);
  });

  it('knows more at first sight the stronger it is, and a never-seen chance adds luck to knowledge', () => {
    const share = (ability: 'weak' | 'strong') => {
      const learner = createHlrLearner({ seed: 1, ability, items });
      return items.reduce((a, _, i) => a + learner.chanceRight(i, T0), 0) / items.length;
    };
    expect(share('strong')).toBeGreaterThan(share('weak') + 0.15);
    expect(share('weak')).toBeGreaterThan(0.25);
  });
});

describe('the FSRS learner behind the same interface', () => {
  it('is seeded: the same seed answers alike', () => {
    const items = Array.from({ length: 50 }, () => ({ floor: 0.2 }));
    const answers = () => {
      const learner = createFsrsLearner({ seed: 4, ability: 'medium', items });
      return items.map((_, i) => [learner.answer(i, T0).right, learner.answer(i, T0 + 3 * DAY).right]);
    };
    expect(answers()).toEqual(answers());
  });
});
