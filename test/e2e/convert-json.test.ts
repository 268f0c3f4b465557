/**
 * `--json` for scripts on every command that reads bank files: when a file cannot be read, convert
 * prints the same problem list as import (stdout, exit 3), and validate lists the same problems.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDb } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

function write(name: string, text: string): string {
  const path = join(tempDir('convert-json'), name);
  writeFileSync(path, text);
  return path;
}

const BAD_CSV = ['prompt,option_a,option_b,answer', 'First?,x,y,Z', 'Second?,x,y,A', 'Third?,x,y,Q'].join('\n') + '\n';

describe('convert --json when the file cannot be read', () => {
  it('prints every problem with its place on stdout, as import --json does; exit 3; nothing written', () => {
    const bad = write('bad.csv', BAD_CSV);
    const out = join(tempDir('convert-json'), 'bank.json');
    const converted = runCli(['convert', bad, '--out', out, '--json']);
    expect(converted.code).toBe(3);
    expect(existsSync(out)).toBe(false);
    const report = JSON.parse(converted.stdout);
    expect(report).toMatchObject({ ok: false, error: 'input.invalid-import', count: 2 });
    expect(report.problems).toEqual([
      { file: bad, line: 2, column: 4, code: 'csv.answer-unknown', message: expect.stringContaining('"Z" is not one of the options A, B') },
      { file: bad, line: 4, column: 4, code: 'csv.answer-unknown', message: expect.stringContaining('"Q" is not one of the options A, B') },
    ]);
    expect(converted.stderr).toContain('2 problems');

    const imported = JSON.parse(runCli(['import', bad, '--json', '--db', tempDb()]).stdout);
    const { dryRun, ...sameShape } = imported;
    expect(dryRun).toBe(false);
    expect(sameShape).toEqual(report);

    const validated = runCli(['validate', bad, '--json']);
    expect(validated.code).toBe(3);
    const v = JSON.parse(validated.stdout);
    expect(v).toMatchObject({ ok: false, errors: 2 });
    expect(v.files[0].problems.map((p: { line: number; column: number; message: string }) => [p.line, p.column, p.message])).toEqual(report.problems.map((p: { line: number; column: number; message: string }) => [p.line, p.column, p.message]));
  });

  it('a file that is not there is a problem in the list too', () => {
    const missing = join(tempDir('convert-json'), 'nowhere.gift');
    const r = runCli(['convert', missing, '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, count: 1, problems: [expect.objectContaining({ file: missing })] });
  });

  it('without --json stdout stays empty on failure; with --json and --out a success is a summary', () => {
    expect(runCli(['convert', write('bad.csv', BAD_CSV)]).stdout).toBe('');
    const good = write('good.csv', 'prompt,option_a,option_b,answer\nFirst?,x,y,A\n');
    const out = join(tempDir('convert-json'), 'bank.json');
    const r = runCli(['convert', good, '--out', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, file: good, out, format: 'csv', bank: 'good', questions: 1 });
    expect(JSON.parse(runCli(['convert', good, '--json']).stdout)).toMatchObject({ format: 'pmp-bank/1', id: 'good' });
  });
});

describe('--verbose', () => {
  it('says on stderr how long the file and its mapping took; stdout keeps only the bank', () => {
    const fixtures = join(process.cwd(), 'test', 'fixtures', 'formats');
    const r = runCli(['convert', join(fixtures, 'quiz-export.csv'), '--map', join(fixtures, 'quiz-export.jsonata'), '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/quiz-export\.csv: read as csv through quiz-export\.jsonata in \d+ ms \(3 questions\)\n$/);
    expect(JSON.parse(r.stdout).questions).toHaveLength(3);
    // No terminal: no progress line, whatever the mapping's length.
    expect(r.stderr).not.toContain('Mapping');
  });
});
