/** pmp plan's expected exam-day score: only on enough of the learner's own evidence, and it follows that evidence. */
import { describe, expect, it } from '@jest/globals';
import { loadOutlines } from '../../src/app/outlines.js';
import { learnerRecallCalibration } from '../../src/app/learner-recall.js';
import { learnerPace, MIN_PROJECTION_CALIBRATION, planProjection, projectionCalibration } from '../../src/app/plan-projection.js';
import type { Outline } from '../../src/domain/outline.js';
import { createScheduler, DEFAULT_FSRS_WEIGHTS } from '../../src/domain/scheduler.js';
import { bankFile, DAY, memoryDbWithBank, parseBank, T0 } from '../helpers/fixtures.js';
import { simulateHalfLifeLearner, simulateLearner } from '../helpers/synthetic-history.js';

const outline = loadOutlines().get('eco-2026') as Outline;

function learner(firstHalfLifeDays: number, firstSight: number) {
  const db = memoryDbWithBank(parseBank(bankFile(150)), T0 - DAY);
  simulateHalfLifeLearner(db, { seed: 4, newPerDay: 10, days: 14, firstHalfLifeDays, firstSight });
  return db;
}

const plan = (now: number) => ({ now, dayStart: now - 6 * 3_600_000, examAt: now + 30 * DAY, newPerDay: 5, newQuestionDays: 23 });

describe('the plan\'s expected exam-day score', () => {
  it('gives no number before the learner\'s own reviews can calibrate it, and says what is missing', () => {
    const fresh = memoryDbWithBank(parseBank(bankFile(60)), T0 - DAY);
    expect(planProjection(fresh, createScheduler(), outline, plan(T0))).toMatchObject({ status: 'too-little-data', calibrationAnswers: 0, needed: MIN_PROJECTION_CALIBRATION });
  });

  it('projects lower for a learner who forgets fast than for one who remembers, within 0–100 %, the same each time', () => {
    const now = T0 + 15 * DAY;
    const weak = planProjection(learner(0.7, 0.4), createScheduler(), outline, plan(now));
    const strong = planProjection(learner(6, 0.7), createScheduler(), outline, plan(now));
    if (weak?.status !== 'ok' || strong?.status !== 'ok') throw new Error(`expected projections, got ${weak?.status} and ${strong?.status}`);
    expect(weak.expected).toBeLessThan(strong.expected - 0.05);
    for (const p of [weak, strong]) {
      expect(p.expected).toBeGreaterThan(0.25);
      expect(p.expected).toBeLessThan(1);
      expect(p.domains.map((d) => d.domain)).toEqual(['people', 'process', 'business-environment']);
    }
    const again = planProjection(learner(0.7, 0.4), createScheduler(), outline, plan(now));
    expect(again).toEqual(weak);
  });

  it('learns from the log how recall falls with the interval beyond FSRS\'s curve: for a half-life learner, not for one whose memory is FSRS\'s', () => {
    for (const firstHalfLifeDays of [0.7, 2]) {
      const db = learner(firstHalfLifeDays, 0.4);
      const fit = projectionCalibration(db);
      // The same answers as readiness's calibration, each with its interval.
      expect(fit.answers).toBe(learnerRecallCalibration(db).answers);
      expect(fit.d).toBeLessThan(-0.3);
    }
    const fsrs = memoryDbWithBank(parseBank(bankFile(150)), T0 - DAY);
    simulateLearner(fsrs, DEFAULT_FSRS_WEIGHTS, { seed: 1, newPerDay: 10, days: 30 });
    expect(Math.abs(projectionCalibration(fsrs).d)).toBeLessThan(0.2);
  });

  it('follows the learner\'s pace: study answers a day over the last seven study days, as the log holds them', () => {
    const db = learner(2, 0.5);
    const now = T0 + 15 * DAY;
    const dayStart = now - 6 * 3_600_000;
    const lastWeek = db.prepare("SELECT COUNT(*) FROM review_log WHERE mode = 'study' AND answered_at >= ? AND answered_at < ?").pluck().get(dayStart - 7 * DAY, dayStart) as number;
    expect(lastWeek).toBeGreaterThan(0);
    expect(learnerPace(db, dayStart, now)).toEqual({ answersPerDay: lastWeek / 7, days: 7, answeredToday: 0 });
    const projection = planProjection(db, createScheduler(), outline, plan(now));
    if (projection?.status !== 'ok') throw new Error(`expected a projection, got ${projection?.status}`);
    expect(projection.pace?.answersPerDay).toBe(lastWeek / 7);
    expect(projection.answersPerDay).toBeLessThanOrEqual(lastWeek / 7 + 0.05) // whole answers a day whose running total keeps the pace (to half an answer);
    expect(projection.low).toBeLessThan(projection.expected);
    expect(projection.high).toBeGreaterThan(projection.expected);
  });
});
