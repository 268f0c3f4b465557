import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibratedRecall, fitRecallCalibration, type CalibrationObservation } from '../../src/domain/recall-calibration.js';

/** Found by the readiness bench: a weak learner's reviews, many confident predictions answered wrong. */
const fixture = JSON.parse(readFileSync(join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../fixtures/calibration-weak-learner.json'), 'utf8')) as {
  observations: [number, number, 0 | 1][];
};
const observations: CalibrationObservation[] = fixture.observations.map(([recall, floor, right]) => ({ recall, floor, correct: right === 1 }));

const logit = (p: number) => Math.log(Math.min(1 - 1e-4, Math.max(1e-4, p)) / (1 - Math.min(1 - 1e-4, Math.max(1e-4, p))));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
function logPosterior(a: number, b: number): number {
  let sum = -(a * a) / 2 - (b - 1) ** 2 / (2 * 0.25);
  for (const o of observations) {
    const p = o.floor + (1 - o.floor) * sigmoid(a + b * logit(o.recall));
    sum += o.correct ? Math.log(p) : Math.log(1 - p);
  }
  return sum;
}

describe('the recall calibration fit', () => {
  it('does not walk away from the optimum when confident predictions keep failing', () => {
    const fit = fitRecallCalibration(observations);
    // The optimum of this data lies near a = −3.1, b = 1.3 (log posterior ≈ −383); an undamped step went to (10.6, −25.1), −3147.
    expect(fit.b).toBeGreaterThan(0);
    expect(logPosterior(fit.a, fit.b)).toBeGreaterThanOrEqual(logPosterior(-3.09, 1.27) - 1e-6);
    for (const [da, db] of [[0.05, 0], [-0.05, 0], [0, 0.05], [0, -0.05]] as const) {
      expect(logPosterior(fit.a, fit.b)).toBeGreaterThan(logPosterior(fit.a + da, fit.b + db));
    }
    // A review FSRS puts at 90 % is, for this learner, far less sure.
    expect(calibratedRecall(fit, 0.9)).toBeLessThan(0.6);
  });
});
