import { describe, expect, it } from '@jest/globals';
import { calibrationReport } from '../../src/app/calibration.js';
import { MIN_PREDICTIONS } from '../../src/domain/calibration.js';
import { bankFile, memoryDbWithBank, parseBank } from '../helpers/fixtures.js';
import { MODEL_LEARNER, writeSimulatedHistory } from '../helpers/simulated-db.js';

describe('calibration of a simulated learner whose memory follows the model', () => {
  const db = memoryDbWithBank(parseBank(bankFile(MODEL_LEARNER.questions)), MODEL_LEARNER.start - 86_400_000);
  const simulated = writeSimulatedHistory(db, 1);
  const report = calibrationReport(db);
  const c = report.calibration;
  if (!c) throw new Error(`expected scores, got ${JSON.stringify(report)}`);

  it('logs, through recordAnswer, exactly the predictions the simulation made', () => {
    const logged = db.prepare('SELECT predicted_recall FROM review_log ORDER BY id').pluck().all();
    expect(logged).toEqual(simulated);
  });

  it('counts every answer: first answers, same-day answers and scored predictions', () => {
    expect(report.status).toBe('ok');
    expect(report.answers).toBe(simulated.length);
    expect(report.firstAnswers).toBe(simulated.filter((p) => p === null).length);
    expect(report.firstAnswers + report.sameDay + report.predictions).toBe(report.answers);
    expect(report.predictions).toBeGreaterThan(500);
  });

  // Observed for seed 1: guess-adjusted 92.5 % predicted, 90.1 % right (raw R 90.0 %). The
  // adjusted view runs a little high because a lucky guess is graded Good, so the scheduler
  // believes in a memory the learner does not have (seeds 2 and 3: 3.2 and 5.9 points high).
  it('predicts the share right within 4 points once guessing is allowed for, erring high', () => {
    expect(Math.abs(c.adjusted.meanPredicted - c.actual)).toBeLessThan(0.04);
    expect(c.adjusted.meanPredicted).toBeGreaterThan(c.actual);
  });

  it('reads the guessing floor of four options from the questions: p − R = (1 − R)/4 on average', () => {
    expect(c.adjusted.meanPredicted - c.raw.meanPredicted).toBeCloseTo((1 - c.raw.meanPredicted) / 4, 10);
  });

  it('a table by decile holds every prediction', () => {
    expect(c.adjusted.deciles.reduce((a, d) => a + d.count, 0)).toBe(report.predictions);
  });

  it('--since leaves out earlier answers but keeps them as history', () => {
    const since = MODEL_LEARNER.start + 30 * 86_400_000;
    const later = calibrationReport(db, { since });
    expect(later.since).toBe(since);
    expect(later.predictions).toBeLessThan(report.predictions);
    expect(later.predictions).toBeGreaterThan(0);
    const inWindow = db.prepare("SELECT COUNT(*) FROM review_log WHERE answered_at >= ?").pluck().get(since);
    expect(later.answers).toBe(inWindow);
  });
});

describe('with too few predictions', () => {
  it('says how many there are and how many are needed, without scores', () => {
    const db = memoryDbWithBank(parseBank(bankFile(3)));
    const report = calibrationReport(db);
    expect(report).toMatchObject({ status: 'too-few', predictions: 0, needed: MIN_PREDICTIONS, calibration: null });
  });
});
