import { cliEnv, runCli, tempDb } from '../helpers/cli.js';
import { DAY } from '../helpers/fixtures.js';
import { writeHistory } from '../helpers/history.js';

const iso = (t: number) => new Date(t).toISOString();
const RATINGS = ['above-target', 'target', 'below-target', 'needs-improvement'];

describe('pmp readiness', () => {
  test('a new learner is told what is missing, not given a number', () => {
    const db = tempDb();
    const r = runCli(['readiness', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Not enough answers yet/);
    expect(r.stdout).not.toMatch(/\d+% \(\d+%–\d+%\)/);
    const json = JSON.parse(runCli(['readiness', '--db', db, '--json']).stdout);
    expect(json.status).toBe('too-little-data');
    expect(json.domains).toHaveLength(3);
  });

  describe('with a few weeks of history', () => {
    const db = tempDb();
    let now = 0;
    let env: Record<string, string>;
    beforeAll(async () => {
      now = await writeHistory(db, 6, 25);
      env = cliEnv({ PMP_NOW: iso(now) });
    });
    const examDay = () => iso(now + 30 * DAY).slice(0, 10);

    test('--json gives the overall and per-domain estimate with ranges and ratings, and the date is remembered', () => {
      const r = runCli(['readiness', '--db', db, '--json', '--exam-date', examDay()], { env });
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.status).toBe('ready');
      expect(json.examDate).toBe(examDay());
      expect(json.overall.expected).toBeGreaterThan(0.25);
      expect(json.overall.expected).toBeLessThan(1);
      expect(RATINGS).toContain(json.overall.rating);
      expect(json.domains.map((d: { domain: string }) => d.domain)).toEqual(['people', 'process', 'business-environment']);
      for (const d of json.domains) {
        expect(d.low).toBeLessThanOrEqual(d.expected);
        expect(d.expected).toBeLessThanOrEqual(d.high);
        expect(RATINGS).toContain(d.rating);
      }
      const weighted = json.domains.reduce((a: number, d: { weight: number; expected: number }) => a + d.weight * d.expected, 0);
      expect(json.overall.expected).toBeCloseTo(weighted, 10);
      expect(json.focus).toHaveLength(5);

      const again = JSON.parse(runCli(['readiness', '--db', db, '--json'], { env }).stdout);
      expect(again.examDate).toBe(examDay());
      expect(again.overall.expected).toBeCloseTo(json.overall.expected, 12);
    });

    test('the exam date matters: forgetting lowers the estimate the further away it is', () => {
      const today = JSON.parse(runCli(['readiness', '--db', db, '--json', '--exam-date', iso(now).slice(0, 10)], { env }).stdout);
      const later = JSON.parse(runCli(['readiness', '--db', db, '--json', '--exam-date', iso(now + 120 * DAY).slice(0, 10)], { env }).stdout);
      expect(later.overall.expected).toBeLessThan(today.overall.expected);
    });

    test('--explain prints the formula with the numbers that make the estimate', () => {
      const json = JSON.parse(runCli(['readiness', '--db', db, '--json', '--cut', '70'], { env }).stdout);
      const r = runCli(['readiness', '--db', db, '--explain', '--cut', '70'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`= ${json.overall.expected.toFixed(3)};`);
      expect(r.stdout).toContain(`(${json.overall.firstRight} + 10×0.50) / (${json.overall.firstSeen} + 10) = ${json.overall.learnerPrior.toFixed(3)}`);
      expect(r.stdout).toContain('assumed cut 70%');
      expect(r.stdout).toMatch(/Where study pays most/);
      expect(json.cut).toBe(0.7);
      // The calibration in use, misses term included, with its numbers.
      expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/Calibrated recall: R = σ\(-?\d+\.\d\d \+ -?\d+\.\d\d·logit R_FSRS [+−] \d+\.\d\d·ln\(1 \+ misses\)\)/);
      const ko = runCli(['readiness', '--db', db, '--explain', '--lang', 'ko'], { env });
      expect(ko.stdout.replace(/\s+/g, ' ')).toMatch(/보정된 회상 확률: R = σ\(.*·ln\(1 \+ 오답 수\)\)/);
    });

    test('pmp study --weak drills the tasks where the estimate loses the most exam questions', () => {
      const focus = JSON.parse(runCli(['readiness', '--db', db, '--json'], { env }).stdout).focus as { domain: string; task: number; pointsLost: number }[];
      const weak = runCli(['study', '--weak', '--db', db], { env, input: 'q\n' });
      expect(weak.code).toBe(0);
      const line = weak.stdout.replace(/\n/g, ' ');
      expect(line).toMatch(/Weak spots, from pmp readiness:/);
      for (const f of focus.slice(0, 3)) expect(line).toContain(`≈ ${f.pointsLost.toFixed(1)} exam questions lost`);
    });

    test('a Korean report, and no escape bytes without colour', () => {
      const r = runCli(['readiness', '--db', db, '--lang', 'ko'], { env: { ...env, NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/준비도/);
      expect(r.stdout).toMatch(/목표 (초과|달성|미달)|개선 필요/);
      expect(r.stdout).not.toContain('\u001b');
    });

    test('bad options are usage errors and change nothing', () => {
      expect(runCli(['readiness', '--db', db, '--exam-date', examDay()], { env }).code).toBe(0);
      const past = runCli(['readiness', '--db', db, '--exam-date', '2020-01-01'], { env });
      expect(past.code).toBe(2);
      expect(past.stderr).toMatch(/in the past/);
      expect(runCli(['readiness', '--db', db, '--exam-date', '2027-02-30'], { env }).code).toBe(2);
      expect(runCli(['readiness', '--db', db, '--cut', '0'], { env }).code).toBe(2);
      expect(runCli(['readiness', '--db', db, '--eco', '2019'], { env }).code).toBe(2);
      expect(JSON.parse(runCli(['readiness', '--db', db, '--json'], { env }).stdout).examDate).toBe(examDay());
      const old = runCli(['readiness', '--db', db, '--eco', '2021'], { env });
      expect(old.code).toBe(1);
      expect(old.stderr).toMatch(/No questions in your database are tagged to eco-2021/);
    });
  });
});
