/**
 * The recall calibration `pmp sync` sends comes from what earlier syncs kept (calibration_inputs,
 * the last fit): it must be the calibration learnerRecallCalibration fits from the log alone, after
 * new answers, an undo, a question whose shape an import changed, or with the cache emptied.
 */
import { describe, expect, it } from '@jest/globals';
import { keptRecallCalibration, learnerRecallCalibration } from '../../src/app/learner-recall.js';
import { undoAnswer } from '../../src/app/record-answer.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { fitRecallCalibration, type RecallCalibration } from '../../src/domain/recall-calibration.js';
import { seededRandom } from '../../src/domain/random.js';
import { recentPredictedAnswers, recentPredictedAnswersKept } from '../../src/storage/calibration-queries.js';
import type { Db } from '../../src/storage/database.js';
import { getSetting, SETTING } from '../../src/storage/settings.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { bankFile, memoryDbWithBank, parseBank, T0 } from '../helpers/fixtures.js';
import { simulateHalfLifeLearner } from '../helpers/synthetic-history.js';

const DAY = 86_400_000;

/** The largest difference in a, b, c and the covariance. */
function distance(x: RecallCalibration, y: RecallCalibration): number {
  let d = Math.max(Math.abs(x.a - y.a), Math.abs(x.b - y.b), Math.abs(x.c - y.c));
  for (let r = 0; r < 3; r++) for (let k = 0; k < 3; k++) d = Math.max(d, Math.abs(x.covariance[r]![k]! - y.covariance[r]![k]!));
  return d;
}

function learner(days: number): Db {
  const db = memoryDbWithBank(parseBank(bankFile(300)), T0 - DAY);
  simulateHalfLifeLearner(db, { seed: 5, newPerDay: 12, days, firstHalfLifeDays: 1.5, firstSight: 0.45 });
  return db;
}

const keptRows = (db: Db) => db.prepare('SELECT COUNT(*) FROM calibration_inputs').pluck().get() as number;

describe('the recall calibration kept between syncs', () => {
  it('reads the same rows as the log gives, keeping each answer\'s inputs once', () => {
    const db = learner(30);
    const fromLog = recentPredictedAnswers(db, 2000);
    expect(recentPredictedAnswersKept(db, 2000, false)).toBeUndefined(); // nothing kept yet
    expect(db.transaction(() => recentPredictedAnswersKept(db, 2000, true))()).toEqual(fromLog);
    expect(keptRows(db)).toBe(fromLog.length);
    expect(recentPredictedAnswersKept(db, 2000, false)).toEqual(fromLog);
  });

  it('is the fit of the log: first, after more answers (started from the kept fit), and again without fitting', () => {
    const db = learner(25);
    const first = keptRecallCalibration(db);
    expect(first).toEqual(learnerRecallCalibration(db));
    expect(first.answers).toBeGreaterThan(100);
    // Five more days of study: a new window, fitted from the kept fit rather than the prior's centre.
    simulateHalfLifeLearner(db, { seed: 6, newPerDay: 12, days: 5, firstHalfLifeDays: 1.5, firstSight: 0.45, start: T0 + 25 * DAY });
    const later = keptRecallCalibration(db);
    const full = learnerRecallCalibration(db);
    expect(later.answers).toBe(full.answers);
    expect(distance(later, first)).toBeGreaterThan(1e-4); // it moved
    // Both are the one optimum found to CONVERGED (1e-7 a step): readiness shows tenths of a point.
    expect(distance(later, full)).toBeLessThan(1e-6);
    // Nothing new: the kept fit comes back as it was written, and nothing is written.
    const kept = getSetting(db, SETTING.recallCalibrationFit);
    const changes = db.prepare('SELECT total_changes()').pluck();
    const before = changes.get();
    expect(keptRecallCalibration(db)).toEqual(later);
    expect(changes.get()).toBe(before);
    expect(getSetting(db, SETTING.recallCalibrationFit)).toEqual(kept);
  });

  it('forgets what an undo makes stale: the question\'s later answers are read from the log again', () => {
    const db = learner(25);
    keptRecallCalibration(db);
    // Take back an early answer to a question answered several times since (wrong, so its misses change).
    const { logId, pk } = db
      .prepare(
        `SELECT r.id AS logId, r.question_pk AS pk FROM review_log r
         WHERE r.correct = 0 AND (SELECT COUNT(*) FROM review_log l WHERE l.question_pk = r.question_pk AND l.id > r.id) >= 3
         ORDER BY r.id DESC LIMIT 1`,
      )
      .get() as { logId: number; pk: number };
    const later = db.prepare('SELECT COUNT(*) FROM review_log WHERE question_pk = ? AND id >= ?').pluck().get(pk, logId) as number;
    const keptBefore = keptRows(db);
    undoAnswer(db, new StudyStore(db), createScheduler(), logId, pk, T0 + 26 * DAY);
    expect(keptRows(db)).toBeLessThanOrEqual(keptBefore - 1);
    expect(keptRows(db)).toBeGreaterThanOrEqual(keptBefore - later);
    expect(recentPredictedAnswersKept(db, 2000, false)).toBeUndefined();
    expect(db.transaction(() => recentPredictedAnswersKept(db, 2000, true))()).toEqual(recentPredictedAnswers(db, 2000));
    expect(distance(keptRecallCalibration(db), learnerRecallCalibration(db))).toBeLessThan(1e-6);
  });

  it("forgets a question's shape when an import changes it (its guessing floor changes)", () => {
    const db = learner(20);
    keptRecallCalibration(db);
    const pk = db.prepare('SELECT question_pk FROM review_log WHERE predicted_recall IS NOT NULL ORDER BY id DESC LIMIT 1').pluck().get() as number;
    const answers = db.prepare('SELECT COUNT(*) FROM review_log WHERE question_pk = ?').pluck().get(pk) as number;
    const keptBefore = keptRows(db);
    db.prepare('UPDATE questions SET choices = choices + 2 WHERE pk = ?').run(pk);
    expect(keptRows(db)).toBeGreaterThanOrEqual(keptBefore - answers);
    expect(keptRows(db)).toBeLessThan(keptBefore);
    expect(db.transaction(() => recentPredictedAnswersKept(db, 2000, true))()).toEqual(recentPredictedAnswers(db, 2000));
    expect(distance(keptRecallCalibration(db), learnerRecallCalibration(db))).toBeLessThan(1e-6);
  });

  it('emptied, or with a damaged kept fit, is computed again from the log', () => {
    const db = learner(20);
    const first = keptRecallCalibration(db);
    db.exec('DELETE FROM calibration_inputs');
    db.prepare('UPDATE settings SET value = ? WHERE key = ?').run('{"digest":"x","calibration":{"a":"no"}}', SETTING.recallCalibrationFit);
    expect(keptRecallCalibration(db)).toEqual(first);
  });
});

describe('the fit started from an earlier fit', () => {
  // Both stop within a step of 1e-7 of the one optimum; the covariance is taken a step before, so it
  // differs by about as much. Readiness prints tenths of a point: a millionth is far below it.
  it('lands on the optimum a fit from the prior finds, to within 1e-6, window after sliding window', () => {
    const random = seededRandom(11);
    const answers = Array.from({ length: 4000 }, (_, i) => {
      const recall = 0.2 + 0.79 * random();
      const misses = Math.floor(random() * 4);
      const truth = 1 / (1 + Math.exp(-(-0.5 + 0.8 * Math.log(recall / (1 - recall)) - 0.4 * Math.log1p(misses))));
      const floor = [0.25, 0.2, 0][i % 3] as number;
      return { recall, floor, misses, correct: random() < floor + (1 - floor) * truth };
    });
    let previous = fitRecallCalibration(answers.slice(0, 2000));
    for (let day = 1; day <= 20; day++) {
      const window = answers.slice(day * 60, day * 60 + 2000);
      const warm = fitRecallCalibration(window, previous);
      expect(distance(warm, fitRecallCalibration(window))).toBeLessThan(1e-6);
      previous = warm;
    }
  });
});
