/** `pmp config` through the real binary, and the FORCE_COLOR and Intl conventions. */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const ESC = '\u001b';
const NOW = '2026-12-01T10:00:00Z';
const env = (extra: Record<string, string> = {}) => cliEnv({ PMP_NOW: NOW, ...extra });

function settingsRows(db: string): Record<string, string> {
  const d = new Database(db, { readonly: true });
  try {
    return Object.fromEntries((d.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
  } finally {
    d.close();
  }
}

interface Entry {
  key: string;
  type: string;
  set: boolean;
  value: unknown;
  settable: boolean;
  unsettable: boolean;
}

describe('pmp config', () => {
  it('lists every setting, sets, gets and unsets them, in text and JSON', () => {
    const db = tempDb();
    const e = env();
    const list = runCli(['config', 'list', '--json', '--db', db], { env: e });
    expect(list.code).toBe(0);
    const entries = JSON.parse(list.stdout) as Entry[];
    expect(entries.map((x) => x.key)).toEqual(['exam-date', 'new-per-day', 'max-reviews', 'study-plan', 'fsrs-parameters']);
    expect(entries.every((x) => !x.set && x.value === null)).toBe(true);
    expect(entries.find((x) => x.key === 'fsrs-parameters')).toMatchObject({ settable: false, unsettable: false });
    // The scheduler revision is internal: not listed.
    expect(list.stdout).not.toContain('scheduler');

    const set = runCli(['config', 'set', 'exam-date', '2027-02-15', '--db', db], { env: e });
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('exam-date = 2027-02-15');
    expect(runCli(['config', 'set', 'max-reviews', '100', '--db', db], { env: e }).code).toBe(0);
    const setJson = runCli(['config', 'set', 'new-per-day', '7', '--json', '--db', db], { env: e });
    expect(JSON.parse(setJson.stdout)).toEqual({ key: 'new-per-day', before: null, after: 7, alsoChanged: [] });

    expect(runCli(['config', 'get', 'exam-date', '--db', db], { env: e }).stdout).toBe('2027-02-15\n');
    expect(runCli(['config', 'get', 'max-reviews', '--db', db], { env: e }).stdout).toBe('100\n');
    const got = JSON.parse(runCli(['config', 'get', 'new-per-day', '--json', '--db', db], { env: e }).stdout) as Entry;
    expect(got).toMatchObject({ key: 'new-per-day', type: 'integer', set: true, value: 7, settable: true });
    const text = runCli(['config', 'list', '--db', db], { env: e });
    expect(text.stdout).toMatch(/exam-date\s+2027-02-15/);
    expect(text.stdout).toMatch(/max-reviews\s+100/);
    expect(text.stdout).toContain('read-only');
    expect(settingsRows(db)).toMatchObject({ examDate: '"2027-02-15"', maxReviewsPerDay: '100', newPerDay: '7' });

    // 0 is "no cap", stored as pmp study --max-reviews 0 stores it.
    expect(runCli(['config', 'set', 'max-reviews', '0', '--db', db], { env: e }).stdout).toContain('no cap');
    expect(settingsRows(db).maxReviewsPerDay).toBe('null');

    const unset = runCli(['config', 'unset', 'new-per-day', '--json', '--db', db], { env: e });
    expect(unset.code).toBe(0);
    expect(JSON.parse(unset.stdout)).toMatchObject({ key: 'new-per-day', before: 7, after: null });
    const notSet = runCli(['config', 'get', 'new-per-day', '--db', db], { env: e });
    expect(notSet.code).toBe(0);
    expect(notSet.stdout).toBe('');
    expect(notSet.stderr).toContain('not set');
    expect(settingsRows(db).newPerDay).toBeUndefined();
  });

  it('refuses read-only settings with what to do instead, and changes nothing', () => {
    const db = tempDb();
    const e = env();
    runCli(['config', 'set', 'exam-date', '2027-02-15', '--db', db], { env: e });
    const before = settingsRows(db);
    for (const args of [['set', 'fsrs-parameters', '[1,2,3]'], ['unset', 'fsrs-parameters'], ['set', 'study-plan', '10']]) {
      const r = runCli(['config', ...args, '--db', db], { env: e });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(args[1]);
      expect(r.stderr).toMatch(/pmp optimize|pmp plan/);
      expect(r.stdout).toBe('');
    }
    expect(runCli(['config', 'set', 'fsrs-parameters', '1', '--db', db, '--lang', 'ko'], { env: e }).stderr).toContain('읽기 전용');
    expect(settingsRows(db)).toEqual(before);
  });

  it('rejects bad values naming the key and what it accepts: exit 2, nothing written', () => {
    const db = tempDb();
    const e = env();
    runCli(['config', 'set', 'max-reviews', '50', '--db', db], { env: e });
    const before = settingsRows(db);
    const cases: [string, string, RegExp][] = [
      ['exam-date', '15/02/2027', /exam-date expects a date written YYYY-MM-DD/],
      ['exam-date', '2027-02-30', /exam-date expects a date written YYYY-MM-DD/],
      ['exam-date', '2026-11-30', /exam-date expects a date today or later; 2026-11-30 is already past/],
      ['max-reviews', '-1', /max-reviews expects a whole number 0–100000/],
      ['max-reviews', '2.5', /max-reviews expects a whole number 0–100000/],
      ['new-per-day', 'many', /new-per-day expects a whole number 0–10000/],
      ['new-per-day', '10001', /new-per-day expects a whole number 0–10000/],
    ];
    for (const [key, value, message] of cases) {
      const r = runCli(['config', 'set', key, value, '--db', db], { env: e });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Nothing was changed');
      expect(r.stdout).toBe('');
    }
    const unknown = runCli(['config', 'get', 'exam_date', '--db', db], { env: e });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('exam-date, new-per-day, max-reviews, study-plan, fsrs-parameters');
    expect(settingsRows(db)).toEqual(before);
  });

  it('pmp readiness, pmp plan and pmp study follow values set through config', () => {
    const db = tempDb();
    const e = env();
    expect(runCli(['config', 'set', 'exam-date', '2027-03-01', '--db', db], { env: e }).code).toBe(0);
    const readiness = runCli(['readiness', '--json', '--db', db], { env: e });
    expect(JSON.parse(readiness.stdout).examDate).toBe('2027-03-01');
    const plan = runCli(['plan', '--json', '--db', db], { env: e });
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).examDate).toBe('2027-03-01');

    // The stored plan follows a new exam date, and goes with an unset one.
    const moved = runCli(['config', 'set', 'exam-date', '2027-04-01', '--json', '--db', db], { env: e });
    expect(JSON.parse(moved.stdout).alsoChanged).toEqual(['study-plan']);
    const studyPlan = JSON.parse(runCli(['config', 'get', 'study-plan', '--json', '--db', db], { env: e }).stdout) as Entry;
    expect(studyPlan.value).toMatchObject({ examDate: '2027-04-01' });
    const followed = runCli(['study', '--db', db, '--seed', '1'], { env: e, input: 'q\n' });
    expect(followed.stdout).toContain('2027-04-01');

    // new-per-day acts as --new: two new questions, then the session ends.
    expect(runCli(['config', 'set', 'new-per-day', '2', '--db', db], { env: e }).code).toBe(0);
    // Each learner meets new questions in an order of their own: one line for every kind and size of
    // starter question, so whichever comes first takes one of them (a line that does not fit is asked again).
    const answers = Array.from({ length: 6 }, () => 'A\nA,B\nA,B,C\nABCD\nABCDE\n1-a 2-b 3-c\n1-a 2-b 3-c 4-d\n1\n').join('');
    const study = runCli(['study', '--db', db, '--seed', '3', '--bank', 'pmp-starter'], { env: e, input: answers });
    expect(study.code).toBe(0);
    expect(study.stdout.match(/^saved:/gm)).toHaveLength(2);
    expect(study.stdout).toContain('2 new');

    // Unset, the plan's exam date is gone with the date and the default 20 applies again.
    const unset = runCli(['config', 'unset', 'exam-date', '--json', '--db', db], { env: e });
    expect(JSON.parse(unset.stdout)).toMatchObject({ before: '2027-04-01', after: null, alsoChanged: ['study-plan'] });
    expect(JSON.parse(runCli(['readiness', '--json', '--db', db], { env: e }).stdout).examDate).toBeNull();
    expect(runCli(['plan', '--db', db], { env: e }).code).toBe(2);
  });

  it('has help with examples and every key', () => {
    const r = runCli(['config', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    for (const key of ['exam-date', 'new-per-day', 'max-reviews', 'study-plan', 'fsrs-parameters']) expect(r.stdout).toContain(key);
    expect(runCli(['config', 'set', '--help']).stdout).toContain('pmp config set exam-date 2027-02-15');
  });
});

describe('conventions: FORCE_COLOR and the language from Intl', () => {
  it('FORCE_COLOR=1/2/3/true colours output that is not a terminal; 0/false turns colour off; --color wins', () => {
    const db = tempDb();
    const colours = (extra: Record<string, string>, args: string[] = []) => runCli(['config', 'list', '--db', db, ...args], { env: env(extra) }).stdout.includes(ESC);
    expect(colours({})).toBe(false);
    for (const v of ['1', '2', '3', 'true']) expect(colours({ FORCE_COLOR: v })).toBe(true);
    expect(colours({ FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colours({ FORCE_COLOR: '0' })).toBe(false);
    expect(colours({ FORCE_COLOR: 'false' })).toBe(false);
    expect(colours({ FORCE_COLOR: '0' }, ['--color', 'always'])).toBe(true);
    expect(colours({ FORCE_COLOR: '1' }, ['--color', 'never'])).toBe(false);
    expect(colours({ FORCE_COLOR: '' })).toBe(false);
    // Errors (stderr) follow the same decision.
    expect(runCli(['config', 'get', 'nope', '--db', db], { env: env({ FORCE_COLOR: '1' }) }).stderr).toContain(ESC);
  });

  it('falls back to the locale Intl reports when no environment variable names a language', () => {
    // The platform's locale, as on Windows where LANG is unset: Intl made to report ko-KR.
    const preload = join(tempDir('intl'), 'ko-intl.mjs');
    writeFileSync(preload, "const o = Intl.DateTimeFormat.prototype.resolvedOptions; Intl.DateTimeFormat.prototype.resolvedOptions = function () { return { ...o.call(this), locale: 'ko-KR' }; };\n");
    const korean = { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` };
    const says = (extra: Record<string, string>, drop: string[] = []) => {
      const e = cliEnv(extra);
      for (const k of drop) delete e[k];
      return runCli(['config', 'get', 'nope', '--db', tempDb()], { env: e }).stderr;
    };
    expect(says(korean, ['LANG'])).toContain('오류');
    expect(says({ ...korean, LANG: 'C.UTF-8' })).toContain('오류'); // "C" names no language
    expect(says({ ...korean, LANG: 'en_US.UTF-8' })).toContain('error:');
    expect(says({ ...korean, PMP_LANG: 'en' }, ['LANG'])).toContain('error:');
    expect(says({}, ['LANG'])).toContain('error:');
  });
});
