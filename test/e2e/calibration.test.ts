import { beforeAll, describe, expect, it } from '@jest/globals';
import { calibrationReport } from '../../src/app/calibration.js';
import { importBank } from '../../src/app/import-bank.js';
import { openDatabase } from '../../src/storage/database.js';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';
import { bankFile, parseBank } from '../helpers/fixtures.js';
import { MODEL_LEARNER, writeSimulatedHistory } from '../helpers/simulated-db.js';

const NOW = '2027-03-01T09:00:00Z';

describe('pmp readiness --calibration', () => {
  const path = tempDb();
  let expected: ReturnType<typeof calibrationReport>;

  beforeAll(() => {
    const db = openDatabase(path);
    importBank(db, { bank: parseBank(bankFile(MODEL_LEARNER.questions)), fileHash: 'test', text: '' }, { source: 'import', at: MODEL_LEARNER.start - 86_400_000 });
    writeSimulatedHistory(db, 1);
    expected = calibrationReport(db);
    db.close();
  });

  it('--json prints the counts, both views with the baseline, and the deciles', () => {
    const r = runCli(['readiness', '--calibration', '--json', '--db', path], { env: cliEnv({ PMP_NOW: NOW }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ status: 'ok', since: null, answers: expected.answers, predictions: expected.predictions, needed: 50 });
    expect(json.calibration.actual).toBeCloseTo(expected.calibration?.actual ?? NaN, 12);
    for (const view of ['adjusted', 'raw']) {
      expect(Object.keys(json.calibration[view].model).sort()).toEqual(['brier', 'logLoss', 'rmseBins']);
      expect(Object.keys(json.calibration[view].baseline).sort()).toEqual(['brier', 'logLoss', 'rmseBins']);
      expect(json.calibration[view].deciles).toHaveLength(10);
    }
  });

  it('prints a table, a verdict and the deciles with bars', () => {
    const r = runCli(['readiness', '--calibration', '--db', path], { env: cliEnv({ PMP_NOW: NOW }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${expected.predictions} predictions scored`);
    expect(r.stdout).toMatch(/model \(with guessing\)\s+0\.\d{4}\s+0\.\d{4}\s+0\.\d{4}/);
    expect(r.stdout).toMatch(/always \d+\.\d% \(your average\)/);
    expect(r.stdout).toMatch(/Verdict: /);
    expect(r.stdout).toMatch(/90–100%\s+\d+\s+\d+\.\d%\s+\d+\.\d%\s+[█·│]{20}/);
  });

  it('speaks Korean', () => {
    const r = runCli(['readiness', '--calibration', '--db', path, '--lang', 'ko'], { env: cliEnv({ PMP_NOW: NOW }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('판정:');
    expect(r.stdout).toContain('채점한 예측');
  });

  it('--since keeps only later answers', () => {
    const r = runCli(['readiness', '--calibration', '--json', '--since', '2027-02-01', '--db', path], { env: cliEnv({ PMP_NOW: NOW }) });
    const json = JSON.parse(r.stdout);
    expect(json.since).toBe('2027-02-01');
    expect(json.predictions).toBeLessThan(expected.predictions);
  });

  it('refuses a malformed --since with a usage error', () => {
    const r = runCli(['readiness', '--calibration', '--since', '2027-02-30', '--db', path], { env: cliEnv({ PMP_NOW: NOW }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since expects a date as YYYY-MM-DD');
    expect(r.stdout).toBe('');
  });
});

describe('pmp readiness --calibration with too few predictions', () => {
  it('says how many there are and how many are needed', () => {
    const r = runCli(['readiness', '--calibration', '--db', tempDb()], { env: cliEnv({ PMP_NOW: NOW }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Only 0 predictions to score so far; calibration needs at least 50.');
    expect(r.stdout).not.toContain('Brier');
  });

  it('--json says so too', () => {
    const r = runCli(['readiness', '--calibration', '--json', '--db', tempDb()], { env: cliEnv({ PMP_NOW: NOW }) });
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'too-few', predictions: 0, needed: 50, calibration: null });
  });
});
