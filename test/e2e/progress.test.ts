import { describe, expect, it } from '@jest/globals';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';

const ANY_ANSWER = 'A\n0\nA,B\nA,B,C\nAB\nABC\nABCD\nABCDE\n1-a 2-b 3-c 4-d 5-e\n1-a 2-b 3-c 4-d\n1-a 2-b 3-c\n';
const ESC = '\u001b';
const at = (iso: string) => cliEnv({ PMP_NOW: iso });

/** A few days of plain `pmp study`, three days in a row up to 2026-11-25. */
function history(): string {
  const db = tempDb();
  for (const day of ['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25']) {
    runCli(['study', '--db', db, '--limit', '6', '--bank', 'pmp-starter'], { env: at(`${day}T09:00:00Z`), input: ANY_ANSWER.repeat(6) });
  }
  return db;
}

describe('pmp stats', () => {
  const db = history();
  const now = at('2026-11-25T12:00:00Z');

  it('puts every figure in --json, with definitions', () => {
    const r = runCli(['stats', '--json', '--db', db], { env: now });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.answers).toBe(24);
    expect(s.daily).toHaveLength(30);
    expect(s.daily[29]).toMatchObject({ date: '2026-11-25', answers: 6 });
    expect(s.daily.find((d: { date: string }) => d.date === '2026-11-21').answers).toBe(0);
    expect(s.daily[29].elapsedMs).toBeGreaterThanOrEqual(0);
    expect(s.retention.desired).toBe(0.9);
    expect(s.retention.weeks).toHaveLength(12);
    expect(s.retention.weeks[11]).toEqual(expect.objectContaining({ to: '2026-11-25', reviews: expect.any(Number), right: expect.any(Number) }));
    expect(s.forecast).toHaveLength(30);
    expect(s.forecast[0]).toEqual(expect.objectContaining({ date: '2026-11-25', due: expect.any(Number), shown: expect.any(Number), waiting: 0 }));
    expect(s.streak).toEqual({ current: 3, longest: 3, studiedToday: true });
    expect(s.timeSpent).toEqual({ todayMs: expect.any(Number), last7DaysMs: expect.any(Number), last30DaysMs: expect.any(Number), allTimeMs: expect.any(Number) });
    expect(s.heatmap.levelUpTo).toHaveLength(4);
    const cells = s.heatmap.cells as { date: string; answers: number; level: number }[];
    expect(cells.length).toBeGreaterThanOrEqual(26 * 7 - 6);
    expect(cells[cells.length - 1]).toEqual({ date: '2026-11-25', answers: 6, level: 4 });
    expect(Object.keys(s.definitions)).toEqual(expect.arrayContaining(['retention', 'streak', 'timeSpent', 'heatmap', 'daily', 'forecast']));
  });

  it('draws charts that read without colour, and uses colour only when asked', () => {
    const plain = runCli(['stats', '--db', db], { env: cliEnv({ PMP_NOW: '2026-11-25T12:00:00Z', NO_COLOR: '1' }) });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain('Streak: 3 study days in a row (longest 3)');
    expect(plain.stdout).toMatch(/^Wed .*█$/m); // today's cell in the calendar, the busiest level
    expect(plain.stdout).toMatch(/^Sat .*·/m);
    expect(plain.stdout).toContain('Answers a day: · 0');
    // One week of reviews makes no curve: it is said in words.
    expect(plain.stdout).toContain('Too few weeks with reviews for a chart yet:');
    expect(plain.stdout).toMatch(/^ {2}Nov 19 – 25: \d+% right of \d+ reviews?$/m);
    for (const line of plain.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const coloured = runCli(['stats', '--db', db, '--color', 'always'], { env: now });
    expect(coloured.stdout).toContain(ESC);
  });

  it('draws the weekly retention chart once three weeks have reviews', () => {
    const long = tempDb();
    for (const day of ['2026-11-04', '2026-11-05', '2026-11-12', '2026-11-13', '2026-11-19', '2026-11-20', '2026-11-25']) {
      runCli(['study', '--db', long, '--limit', '8', '--bank', 'pmp-starter'], { env: at(`${day}T09:00:00Z`), input: ANY_ANSWER.repeat(8) });
    }
    const r = runCli(['stats', '--db', long], { env: cliEnv({ PMP_NOW: '2026-11-25T12:00:00Z', NO_COLOR: '1' }) });
    const weeks = (JSON.parse(runCli(['stats', '--json', '--db', long], { env: now }).stdout).retention.weeks as { retention: number | null }[]).filter((w) => w.retention !== null);
    expect(weeks.length).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toContain('┄'); // the desired retention, dotted
    expect(r.stdout).not.toContain('Too few weeks');
  });

  it('lines Korean labels up by display width within a narrow terminal', () => {
    const r = runCli(['stats', '--db', db, '--lang', 'ko'], { env: cliEnv({ PMP_NOW: '2026-11-25T12:00:00Z', COLUMNS: '40' }) });
    expect(r.stdout).toContain('연속 학습: 3일째');
    const rows = r.stdout.split('\n').filter((l) => /^[월화수목금토일] /.test(l));
    expect(rows).toHaveLength(7);
    // Every calendar row starts its cells in the same column: a two-column weekday and a space.
    for (const row of rows) expect(row.slice(2, 4)).toMatch(/^[·░▒▓█] $/);
  });
});

describe('pmp plan', () => {
  it('works out a plan, remembers the date, and study follows it until --new says otherwise', () => {
    const db = tempDb();
    const env = at('2026-11-25T09:00:00Z');
    const first = runCli(['plan', '--exam-date', '2027-02-15', '--minutes-per-day', '600', '--json', '--db', db], { env });
    expect(first.code).toBe(0);
    const plan = JSON.parse(first.stdout);
    expect(plan).toMatchObject({ examDate: '2027-02-15', daysLeft: 82, marginDays: 7, verdict: 'ok' });
    expect(plan.newPerDay).toBe(Math.ceil(plan.unseen / 75));
    expect(plan.fit.fits).toBe(true);
    const text = runCli(['plan', '--db', db], { env }); // the remembered date
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Study plan for the exam on 2027-02-15');
    expect(text.stdout).toContain(`New questions a day: ${plan.newPerDay}`);
    expect(text.stdout).toMatch(/week\s+new\/day\s+answers\/day\s+min\/day/);

    const study = runCli(['study', '--db', db], { env, input: 'q\n' });
    expect(study.stdout).toContain(`Following your plan: ${plan.newPerDay} new today (exam 2027-02-15).`);
    const explicit = runCli(['study', '--new', '5', '--db', db], { env, input: 'q\n' });
    expect(explicit.stdout).not.toContain('Following your plan');
  });

  it('says plainly when the date is too close, and refuses a past or malformed date', () => {
    const db = tempDb();
    const env = at('2026-11-25T09:00:00Z');
    const close = runCli(['plan', '--exam-date', '2026-11-27', '--minutes-per-day', '30', '--db', db], { env });
    expect(close.code).toBe(0);
    expect(close.stdout).toContain('The exam is too close for this bank');
    expect(close.stdout).toMatch(/new questions a day would be needed/);
    expect(close.stdout).toMatch(/an exam on \d{4}-\d{2}-\d{2} or later/);
    const past = runCli(['plan', '--exam-date', '2026-11-20', '--db', db], { env });
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('already past');
    const bad = runCli(['plan', '--exam-date', '2027-02-30', '--db', db], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    const none = runCli(['plan', '--db', tempDb()], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--exam-date');
  });
});
