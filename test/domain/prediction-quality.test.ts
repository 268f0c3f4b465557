import { describe, expect, it } from '@jest/globals';
import {
  brierScore,
  constantBaseline,
  decileTable,
  elapsedDaysBin,
  lapsesBin,
  logLoss,
  reviewNumberBin,
  rmseBins,
  scoresAgainstBaseline,
} from '../../src/domain/prediction-quality.js';

describe('log loss, Brier score and the constant baseline', () => {
  const outcomes = [
    { p: 0.8, y: 1 as const },
    { p: 0.4, y: 0 as const },
  ];
  it('log loss is the mean of −ln of the probability given to what happened', () => {
    expect(logLoss(outcomes)).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 12);
  });
  it('Brier score is the mean squared difference', () => {
    expect(brierScore(outcomes)).toBeCloseTo((0.04 + 0.16) / 2, 12);
  });
  it('the baseline predicts the average outcome for everyone', () => {
    expect(constantBaseline(outcomes).map((o) => o.p)).toEqual([0.5, 0.5]);
  });
});

describe('RMSE(bins) as the SRS benchmark defines it', () => {
  it('maps the interval length onto 2.48·3.62^k (hand-computed)', () => {
    expect(elapsedDaysBin(0)).toBe(0); // ln(1e-6)/ln 3.62 = −10.7 → k = −11 → 1.8e-6 → 0.00
    expect(elapsedDaysBin(1)).toBe(2.48);
    expect(elapsedDaysBin(3)).toBe(2.48); // 0.854 → k = 0
    expect(elapsedDaysBin(4)).toBe(8.98); // 1.08 → k = 1 → 8.9776
    expect(elapsedDaysBin(13)).toBe(8.98); // 1.994 → k = 1
    expect(elapsedDaysBin(14)).toBe(32.5); // 2.051 → k = 2 → 32.499
  });
  it('maps the review number onto 1.99·1.89^k', () => {
    expect([1, 2, 3, 4, 6, 7].map(reviewNumberBin)).toEqual([2, 4, 4, 7, 7, 13]);
  });
  it('maps lapses onto 1.65·1.73^k, keeping 0 apart', () => {
    expect([0, 1, 2, 3].map(lapsesBin)).toEqual([0, 2, 3, 5]);
  });
  it('compares mean prediction with mean outcome per bin, weighted by the bin size', () => {
    const outcomes = [
      { p: 0.9, y: 1 as const, elapsedDays: 1, reviewNumber: 2, lapses: 0 },
      { p: 0.7, y: 0 as const, elapsedDays: 2, reviewNumber: 3, lapses: 0 }, // same bin as the first
      { p: 0.5, y: 1 as const, elapsedDays: 10, reviewNumber: 2, lapses: 1 },
    ];
    // bin 1: mean p 0.8, mean y 0.5, n 2 → 2·0.09; bin 2: (1 − 0.5)² → 0.25; sqrt(0.43 / 3)
    expect(rmseBins(outcomes)).toBeCloseTo(Math.sqrt(0.43 / 3), 12);
    // Unbinned it would be sqrt((0.01 + 0.49 + 0.25) / 3) = 0.5: binning is what makes it a calibration score.
    expect(rmseBins(outcomes)).not.toBeCloseTo(0.5, 3);
  });
  it('scores the model and the baseline on the same answers', () => {
    const outcomes = [
      { p: 0.9, y: 1 as const, elapsedDays: 1, reviewNumber: 2, lapses: 0 },
      { p: 0.2, y: 0 as const, elapsedDays: 1, reviewNumber: 2, lapses: 0 },
    ];
    const { model, baseline } = scoresAgainstBaseline(outcomes);
    expect(model.brier).toBeCloseTo((0.01 + 0.04) / 2, 12);
    expect(baseline.brier).toBeCloseTo(0.25, 12);
    expect(model.rmseBins).toBeCloseTo(0.05, 12); // one bin: mean p 0.55 vs mean y 0.5
    expect(baseline.rmseBins).toBeCloseTo(0, 12);
  });
});

describe('the decile table', () => {
  it('puts each prediction in its tenth, 1.0 in the last, with mean predicted and share right', () => {
    const table = decileTable([
      { p: 0.05, y: 0 },
      { p: 0.1, y: 1 },
      { p: 0.95, y: 1 },
      { p: 1, y: 1 },
      { p: 0.99, y: 0 },
    ]);
    expect(table).toHaveLength(10);
    expect(table[0]).toEqual({ from: 0, to: 0.1, count: 1, meanPredicted: 0.05, actual: 0 });
    expect(table[1]).toMatchObject({ count: 1, meanPredicted: 0.1, actual: 1 });
    expect(table[5]).toMatchObject({ count: 0, meanPredicted: null, actual: null });
    expect(table[9]?.count).toBe(3);
    expect(table[9]?.meanPredicted).toBeCloseTo(0.98, 12);
    expect(table[9]?.actual).toBeCloseTo(2 / 3, 12);
  });
});
