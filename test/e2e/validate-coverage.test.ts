import { displayWidth } from '../../src/cli/terminal/wrap.js';
import { describe, expect, it } from '@jest/globals';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bankFile } from '../helpers/fixtures.js';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const bundled = readdirSync('questions').filter((f) => f.endsWith('.json')).map((f) => join('questions', f));

function writeBank(content: string): string {
  const path = join(tempDir('bank'), 'bank.json');
  writeFileSync(path, content);
  return path;
}

describe('pmp validate', () => {
  it('passes the bundled banks in strict mode with every task covered (the CI lint)', () => {
    const r = runCli(['validate', '--strict', '--min-per-task', '25', ...bundled]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 0 warnings');
  });

  it('lists every problem with file, line, column, path and question id, exits 3, and writes nothing', () => {
    const file = bankFile(3);
    const qs = file.questions as Record<string, unknown>[];
    qs[0]!.answer = 'z';
    qs[2]!.id = 'q002';
    const path = writeBank(JSON.stringify(file, null, 2));
    const db = tempDb();
    const r = runCli(['validate', path, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(new RegExp(`${path}:\\d+:\\d+: questions\\[0\\]\\.answer \\(q001\\): answer names option "z"`));
    expect(r.stdout).toMatch(/:\d+:\d+: questions\[2\]\.id \(q002\): duplicate question id "q002"/);
    const schema = structuredClone(bankFile(3));
    (schema.questions as Record<string, unknown>[])[2]!.type = 'essay';
    (schema.questions as Record<string, unknown>[])[1]!.difficulty = 9;
    const both = runCli(['validate', writeBank(JSON.stringify(schema, null, 2))]);
    expect(both.code).toBe(3);
    expect(both.stdout).toMatch(/questions\[1\]\.difficulty \(q002\)/);
    expect(both.stdout).toMatch(/questions\[2\]\.type \(q003\)/);
    expect(() => new Database(db, { fileMustExist: true })).toThrow();
  });

  it('gives the problems as JSON', () => {
    const path = writeBank('{ "format": "pmp-bank/1", "id": "x" ');
    const r = runCli(['validate', path, '--json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.files[0].problems[0]).toMatchObject({ severity: 'error', file: path, line: 1 });
  });

  it('neutralises control characters from the file in its report', () => {
    const file = bankFile(1);
    (file.questions as Record<string, unknown>[])[0]!['\u001b[2J\u001b]0;pwned\u0007'] = 1;
    const r = runCli(['validate', writeBank(JSON.stringify(file, null, 2))]);
    expect(r.code).toBe(3);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u0007');
    expect(r.stdout).toContain('␛[2J');
  });
});

describe('pmp coverage', () => {
  it('counts questions per domain, task and type for the database, as JSON', () => {
    const r = runCli(['coverage', '--json', '--db', tempDb()]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const eco = report.outlines.find((o: { outline: string }) => o.outline === 'eco-2026');
    expect(eco.questions).toBeGreaterThanOrEqual(300);
    for (const d of eco.domains) for (const t of d.tasks) expect(t.questions).toBeGreaterThanOrEqual(8);
    expect(eco.types.multiple).toBeGreaterThan(0);
  });

  it('reports one bank file, in Korean too', () => {
    const r = runCli(['coverage', 'questions/starter.json', '--lang', 'ko'], { env: cliEnv() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('eco-2026 기준 범위');
    expect(r.stdout).toContain('사람');
  });

  it('prints full task names where the width allows, and no row ends in spaces', () => {
    const wide = runCli(['coverage', ...bundled], { env: cliEnv({ COLUMNS: '100' }) });
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain('Plan and optimize quality of products/deliverables');
    expect(wide.stdout).not.toContain('…');
    const narrow = runCli(['coverage', ...bundled], { env: cliEnv({ COLUMNS: '40' }) });
    for (const r of [wide, narrow]) for (const line of r.stdout.split('\n')) expect(line).toBe(line.trimEnd());
    for (const line of narrow.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });
});
