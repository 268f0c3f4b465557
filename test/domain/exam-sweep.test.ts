import { describe, expect, it } from '@jest/globals';
import { examSweep, SWEEP_DAYS, SWEEP_TARGET } from '../../src/domain/exam-sweep.js';

const c = (questionPk: number, recallAtExam: number) => ({ questionPk, recallAtExam });

describe('the exam-week sweep', () => {
  it('runs only in the last days before the exam, never on exam day', () => {
    const cards = [c(1, 0.5)];
    expect(examSweep(cards, 0)).toBeNull();
    expect(examSweep(cards, SWEEP_DAYS + 1)).toBeNull();
    expect(examSweep(cards, SWEEP_DAYS)).not.toBeNull();
  });

  it('takes the questions short of the target, weakest first, and spreads them over the days left', () => {
    const cards = [c(1, 0.99), c(2, 0.8), c(3, 0.6), c(4, SWEEP_TARGET), c(5, 0.9), c(6, 0.6)];
    expect(examSweep(cards, 2)).toEqual({ questionPks: [3, 6, 2, 5], quota: 2 });
    expect(examSweep(cards, 1)?.quota).toBe(4);
    expect(examSweep([c(1, 0.99)], 3)).toBeNull();
  });
});
