import { beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { loadFsrsFitter } from '../../src/app/fsrs-fitter.js';
import { learnerScheduler, storedParameters } from '../../src/app/learner-scheduler.js';
import { MIN_REVIEWS, optimizeParameters, resetParameters, type OptimizeReport } from '../../src/app/optimize.js';
import { rebuildAllStates } from '../../src/app/rebuild.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import type { Db } from '../../src/storage/database.js';
import { putSetting, SETTING } from '../../src/storage/settings.js';
import { bankFile, memoryDbWithBank, movableClock, parseBank, DAY, T0 } from '../helpers/fixtures.js';
import { FORGETFUL_WEIGHTS, simulateLearner } from '../helpers/synthetic-history.js';

const DAYS = 60;
const now = () => movableClock(T0 + DAYS * DAY);
const snapshot = (db: Db) => ({
  settings: db.prepare('SELECT key, value FROM settings ORDER BY key').all(),
  states: db.prepare('SELECT * FROM card_state ORDER BY question_pk').all(),
});
const mismatches = (db: Db, scheduler = learnerScheduler(db)) => rebuildAllStates(db, scheduler, { checkOnly: true }).mismatched.length;
const compared = (r: OptimizeReport) => {
  if (r.kind !== 'compared') throw new Error(`expected a comparison, got ${JSON.stringify(r)}`);
  return r;
};

describe('pmp optimize (use case)', () => {
  let history: Buffer; // ~3,300 answers of a forgetful learner, simulated once and copied per test

  beforeAll(() => {
    const db = memoryDbWithBank(parseBank(bankFile(300)));
    simulateLearner(db, FORGETFUL_WEIGHTS, { seed: 7, newPerDay: 10, days: DAYS });
    history = db.serialize();
    db.close();
  });
  const copy = (): Db => new Database(history);

  it('adopts parameters that predict the held-out answers better, and rebuilds memory states with them', async () => {
    const db = copy();
    expect(mismatches(db)).toBe(0); // studied with the defaults so far
    const report = compared(await optimizeParameters({ db, clock: now(), loadFitter: loadFsrsFitter }));
    expect(report.fitted).toBeGreaterThan(1000);
    expect(report.heldOut).toBeGreaterThan(200);
    expect(report.before.source).toBe('defaults');
    expect(report.after.logLoss).toBeLessThan(report.before.logLoss * 0.99); // the adoption margin: 1 % better
    // RMSE(bins) is reported beside it, but adoption rests on log loss alone (it moves either way here).
    for (const score of [report.before, report.after]) expect(Number.isFinite(score.rmseBins)).toBe(true);
    expect(report.better && report.adopted).toBe(true);
    expect(report.dueMoved).toBeGreaterThan(0);

    const stored = storedParameters(db);
    expect(stored.kind === 'adopted' && stored.adopted.weights).toEqual(report.weights);
    expect(stored.kind === 'adopted' && stored.adopted.logLossAfter).toBeCloseTo(report.after.logLoss, 12);
    // Study, rebuild and doctor build their scheduler with learnerScheduler: the cache now agrees
    // with a replay using the adopted parameters, and no longer with the defaults.
    expect(mismatches(db)).toBe(0);
    expect(mismatches(db, createScheduler())).toBeGreaterThan(0);

    // Fitting again compares against the adopted parameters, not the defaults.
    const again = compared(await optimizeParameters({ db, clock: now(), loadFitter: loadFsrsFitter }, { dryRun: true }));
    expect(again.before.source).toBe('adopted');
    expect(again.before.logLoss).toBeCloseTo(report.after.logLoss, 12);
  });

  it('--dry-run fits and compares but writes nothing', async () => {
    const db = copy();
    const before = snapshot(db);
    const report = compared(await optimizeParameters({ db, clock: now(), loadFitter: loadFsrsFitter }, { dryRun: true }));
    expect(report.better).toBe(true);
    expect(report.adopted).toBe(false);
    expect(report.dueMoved).toBe(0);
    expect(snapshot(db)).toEqual(before);
  });

  it('keeps the parameters in use when the new ones are not better', async () => {
    const db = copy();
    const before = snapshot(db);
    // An "optimizer" that returns the defaults cannot beat the defaults.
    const fitter = await loadFsrsFitter();
    const useless = { ...fitter, fit: async () => [...(await import('../../src/domain/scheduler.js')).DEFAULT_FSRS_WEIGHTS] };
    const report = compared(await optimizeParameters({ db, clock: now(), loadFitter: async () => useless }));
    expect(report.relativeGain).toBeCloseTo(0, 12);
    expect(report.better || report.adopted).toBe(false);
    expect(snapshot(db)).toEqual(before);
  });

  it('--reset goes back to the defaults and rebuilds memory states with them', async () => {
    const db = copy();
    const original = snapshot(db).states;
    compared(await optimizeParameters({ db, clock: now(), loadFitter: loadFsrsFitter }));
    const report = resetParameters(db);
    expect(report).toEqual({ kind: 'reset', hadAdopted: true, dueMoved: expect.any(Number) });
    expect(report.kind === 'reset' && report.dueMoved).toBeGreaterThan(0);
    expect(storedParameters(db).kind).toBe('defaults');
    expect(snapshot(db).states).toEqual(original);
    expect(resetParameters(db)).toEqual({ kind: 'reset', hadAdopted: false, dueMoved: 0 });
  });

  it('with too little history says how many reviews there are and about how many more are needed, without loading the optimizer', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(20)));
    simulateLearner(db, FORGETFUL_WEIGHTS, { seed: 3, newPerDay: 5, days: 20 });
    const before = snapshot(db);
    const report = await optimizeParameters({
      db,
      clock: movableClock(T0 + 20 * DAY),
      loadFitter: async () => {
        throw new Error('the optimizer must not be loaded');
      },
    });
    expect(report.kind).toBe('too-little');
    if (report.kind !== 'too-little') return;
    expect(report.reviews).toBeGreaterThan(20);
    expect(report.reviews).toBeLessThan(MIN_REVIEWS);
    expect(report.needed).toBeGreaterThanOrEqual(MIN_REVIEWS - report.reviews);
    expect(snapshot(db)).toEqual(before);
  });

  it('falls back to the defaults, and says so, when the stored parameters are damaged', () => {
    const db = copy();
    for (const damaged of [{ weights: [1, 2, 3] }, 'nonsense', { weights: Array(21).fill(null) }]) {
      putSetting(db, SETTING.fsrsParameters, damaged);
      let warned = 0;
      const scheduler = learnerScheduler(db, () => warned++);
      expect(warned).toBe(1);
      expect(storedParameters(db).kind).toBe('damaged');
      expect(mismatches(db, scheduler)).toBe(0); // the cache was built with the defaults
    }
    db.prepare('UPDATE settings SET value = ? WHERE key = ?').run('{not json', SETTING.fsrsParameters);
    expect(storedParameters(db).kind).toBe('damaged');
  });
});
