import { describe, expect, it } from '@jest/globals';
import { calibrate, guessAdjusted, scoreableAnswers } from '../../src/domain/calibration.js';
import { Rating } from '../../src/domain/grading.js';

const MIN = 60_000;
const DAY = 86_400_000;

describe('scoreable answers of one question', () => {
  const history = [
    { at: 0, rating: Rating.Again, correct: false, predictedRecall: null },
    { at: 10 * MIN, rating: Rating.Good, correct: true, predictedRecall: 1 },
    { at: DAY + 60 * MIN, rating: Rating.Again, correct: false, predictedRecall: 0.8 },
    { at: 3 * DAY + 12 * 60 * MIN, rating: Rating.Good, correct: true, predictedRecall: 0.6 },
  ];
  const { answers, sameDay } = scoreableAnswers(history);

  it('leaves out the first answer (no prediction) and same-day answers, counting the latter', () => {
    expect(sameDay).toBe(1);
    expect(answers.map((a) => a.recall)).toEqual([0.8, 0.6]);
  });
  it('gives whole days since the previous answer, the answer number, and earlier lapses that were not same-day', () => {
    // The first answer (Again) is a lapse; the same-day Good is not; the Again a day later is.
    expect(answers[0]).toMatchObject({ elapsedDays: 1, reviewNumber: 3, lapses: 1 });
    expect(answers[1]).toMatchObject({ elapsedDays: 2, reviewNumber: 4, lapses: 2 });
  });
});

describe('calibration', () => {
  it('adjusts recall for guessing: R + (1 − R)·g', () => {
    expect(guessAdjusted(0.6, 0.25)).toBeCloseTo(0.7, 12);
    expect(guessAdjusted(1, 0.25)).toBe(1);
    expect(guessAdjusted(0.6, 0)).toBe(0.6);
  });
  it('reports both views against the actual share right', () => {
    const base = { at: 0, elapsedDays: 1, reviewNumber: 2, lapses: 0 };
    const c = calibrate(
      [
        { ...base, recall: 0.6, correct: true },
        { ...base, recall: 0.2, correct: false },
      ],
      (i) => (i === 0 ? 0.25 : 0.5),
    );
    expect(c.predictions).toBe(2);
    expect(c.actual).toBe(0.5);
    expect(c.raw.meanPredicted).toBeCloseTo(0.4, 12);
    expect(c.adjusted.meanPredicted).toBeCloseTo((0.7 + 0.6) / 2, 12);
    expect(c.adjusted.model.brier).toBeCloseTo((0.09 + 0.36) / 2, 12);
    expect(c.adjusted.baseline.brier).toBeCloseTo(0.25, 12);
  });
});
