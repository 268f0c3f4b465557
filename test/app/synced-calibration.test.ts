import { describe, expect, it } from '@jest/globals';
import { syncedCalibration } from '../../src/app/class/class-readiness.js';
import { NO_CALIBRATION } from '../../src/domain/recall-calibration.js';

describe('the recall calibration a learner synced, read by the class report', () => {
  it('takes one with the misses term as it is', () => {
    const covariance = [[0.1, 0.01, 0.02], [0.01, 0.2, 0.03], [0.02, 0.03, 0.3]];
    expect(syncedCalibration({ a: -1, b: 1.4, c: -0.6, answers: 800, covariance })).toEqual({ a: -1, b: 1.4, c: -0.6, answers: 800, covariance });
  });

  it('reads one synced before the misses term as no misses term, known exactly', () => {
    expect(syncedCalibration({ a: -1, b: 1.4, answers: 800, covariance: [0.1, 0.01, 0.2] })).toEqual({
      a: -1,
      b: 1.4,
      c: 0,
      answers: 800,
      covariance: [[0.1, 0.01, 0], [0.01, 0.2, 0], [0, 0, 0]],
    });
  });

  it('refuses a damaged or hostile one: none is used', () => {
    for (const bad of [null, 'x', { a: 1 }, { a: 0, b: 1, c: 'x', answers: 1, covariance: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] }, { a: 0, b: 1, c: 0, answers: 1, covariance: [[1, 0], [0, 1]] }, { a: 0, b: 1, c: 1e300, answers: 1, covariance: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] }]) {
      expect(syncedCalibration(bad)).toEqual(NO_CALIBRATION);
    }
  });
});
