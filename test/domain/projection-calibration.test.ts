/**
 * The plan projection's calibration (src/domain/projection-calibration.ts): the learner's recall
 * calibration plus a term in ln(days since the last answer). The projection judges intervals longer
 * than the learner has reviewed; a calibration in R alone carries FSRS's curve shape out to them.
 */
import { describe, expect, it } from '@jest/globals';
import { fitProjectionCalibration, projectedRecall, type ProjectionObservation } from '../../src/domain/projection-calibration.js';
import { seededRandom } from '../../src/domain/random.js';
import { calibratedRecall, fitRecallCalibration } from '../../src/domain/recall-calibration.js';
import { createScheduler } from '../../src/domain/scheduler.js';

const DAY = 86_400_000;
const scheduler = createScheduler();
const FLOOR = 0.25;

/**
 * Reviews of a learner whose true recall after t days is `truth(S, t)` (S = FSRS's stability of the
 * question), with FSRS's recall logged as the prediction, at intervals drawn from [minDays, maxDays].
 */
function reviews(truth: (stability: number, days: number) => number, minDays: number, maxDays: number, n: number, seed: number): (ProjectionObservation & { trueChance: number })[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const stability = 2 + 18 * random();
    const days = minDays + (maxDays - minDays) * random();
    const trueChance = FLOOR + (1 - FLOOR) * truth(stability, days);
    return { recall: scheduler.recallFrom(stability, 0, days * DAY), floor: FLOOR, misses: 0, elapsedDays: days, correct: random() < trueChance, trueChance };
  });
}

/** Mean predicted minus true chance, in points. */
function bias(predict: (o: ProjectionObservation) => number, answers: readonly (ProjectionObservation & { trueChance: number })[]): number {
  return (100 * answers.reduce((a, o) => a + FLOOR + (1 - FLOOR) * predict(o) - o.trueChance, 0)) / answers.length;
}

/**
 * Like the bench's half-life learner: forgets exponentially (FSRS's curve is a power law), and its
 * memory lengthens more slowly than FSRS's stability does (there, h/S fell from ~4.6 for S under a
 * day to 1.2–2 for S of 3–30 days, medium ability): half-life 2·S^0.85 days.
 */
const slowerThanFsrs = (stability: number, days: number) => 2 ** (-days / (2 * stability ** 0.85));
const asFsrsSays = (stability: number, days: number) => scheduler.recallFrom(stability, 0, days * DAY);

describe('the plan projection\'s calibration', () => {
  it('changes nothing without answers, and its prior keeps the interval term at "no change"', () => {
    const none = fitProjectionCalibration([]);
    expect([none.a, none.b, none.c, none.d]).toEqual([0, 1, 0, 0]);
    expect(none.covariance[3]![3]).toBeCloseTo(0.25, 12);
    expect(projectedRecall(none, 0.8, 0, 12)).toBeCloseTo(0.8, 12);
  });

  it('is the learner\'s recall calibration when every interval is a day (the interval term is 0 there)', () => {
    const answers = reviews(slowerThanFsrs, 1, 1, 400, 3).map((o) => ({ ...o, misses: o.correct ? 0 : 1 }));
    const four = fitProjectionCalibration(answers);
    const three = fitRecallCalibration(answers);
    expect(four.d).toBeCloseTo(0, 9);
    expect(four.a).toBeCloseTo(three.a, 6);
    expect(four.b).toBeCloseTo(three.b, 6);
    expect(four.c).toBeCloseTo(three.c, 6);
  });

  it('fitted on intervals of 1–4 days, judges 8–20 days for a learner whose memory is not FSRS\'s where R alone runs high', () => {
    const short = reviews(slowerThanFsrs, 1, 4, 1500, 11);
    const long = reviews(slowerThanFsrs, 8, 20, 4000, 12);
    const three = fitRecallCalibration(short);
    const rOnly = bias((o) => calibratedRecall(three, o.recall, 0), long);
    const fit = fitProjectionCalibration(short);
    const withInterval = bias((o) => projectedRecall(fit, o.recall, 0, o.elapsedDays), long);
    expect(fit.d).toBeLessThan(0);
    expect(rOnly).toBeGreaterThan(6);
    expect(Math.abs(withInterval)).toBeLessThan(rOnly / 2);
  });

  it('leaves a learner whose memory is FSRS\'s about as it is (the interval term\'s noise is the price, and the range carries it)', () => {
    const fits = [21, 31, 41].map((seed) => {
      const fit = fitProjectionCalibration(reviews(asFsrsSays, 1, 4, 1500, seed));
      return { fit, bias: bias((o) => projectedRecall(fit, o.recall, 0, o.elapsedDays), reviews(asFsrsSays, 8, 20, 4000, seed + 1)) };
    });
    for (const { fit } of fits) expect(Math.abs(fit.d)).toBeLessThan(0.3);
    expect(Math.abs(fits.reduce((a, f) => a + f.bias, 0) / fits.length)).toBeLessThan(2.5);
  });
});
