/**
 * The rules import and validate share (docs/bank-format.md "Rules that import and validate
 * share"): a repeated prompt is a warning in both and an error in both under --strict; the key's
 * place in the file counts only where the options are kept in place.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDb } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

function write(name: string, text: string): string {
  const path = join(tempDir('bank-rules'), name);
  writeFileSync(path, text);
  return path;
}

/** Line 4 repeats line 2's prompt but for case and spacing (the CSV gives ids, so the two are two questions). */
const REPEATED = ['id,prompt,option_a,option_b,answer', 'r1,What comes first?,Assess the impact,Approve it,A', 'r2,Who signs the charter?,The sponsor,The team,A', 'r3,  what comes   FIRST?,Ask the team,Tell the sponsor,B'].join('\n') + '\n';

describe('a prompt repeated within a bank', () => {
  it('import warns naming both ids and lines; validate warns at the same line', () => {
    const file = write('repeat.csv', REPEATED);
    const db = tempDb();
    const r = runCli(['import', file, '--json', '--db', db]);
    expect(r.code).toBe(0);
    const [imported] = JSON.parse(r.stdout).files;
    expect(imported.added).toHaveLength(3);
    const [first, , third] = imported.added as string[];
    expect([first, third]).toEqual(['r1', 'r3']);
    expect(imported.samePrompts).toEqual([{ questionId: third, line: 4, sameAs: first, sameAsLine: 2 }]);

    const text = runCli(['import', file, '--dry-run', '--db', db]);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(`1 question repeats an earlier prompt of the bank (--strict refuses): ${third} (line 4) = ${first} (line 2)`);

    const v = JSON.parse(runCli(['validate', file, '--json']).stdout);
    const repeated = v.files[0].problems.filter((p: { code: string }) => p.code === 'duplicate-prompt');
    expect(repeated).toEqual([expect.objectContaining({ severity: 'warning', line: 4, questionId: third, message: `same prompt as repeat/${first}` })]);
  });

  it('--strict refuses it in both, and import writes nothing', () => {
    const file = write('repeat.csv', REPEATED);
    const db = tempDb();
    const r = runCli(['import', file, '--strict', '--json', '--db', db]);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report.problems).toEqual([{ file, line: 4, column: 1, questionId: 'r3', message: expect.stringMatching(/^same prompt as r1 \(line 2\)/) }]);
    expect(r.stderr).toContain(`${file}:4:1`);
    expect(existsSync(db) ? JSON.parse(runCli(['banks', 'list', '--json', '--db', db]).stdout).some((b: { id: string }) => b.id === 'repeat') : false).toBe(false);

    const v = JSON.parse(runCli(['validate', file, '--strict', '--json']).stdout);
    expect(v.files[0].problems.filter((p: { code: string }) => p.code === 'duplicate-prompt')).toEqual([expect.objectContaining({ severity: 'error', line: 4 })]);
  });
});

describe('a repeated prompt in a JSON bank and across imports', () => {
  it('names the lines of a JSON file; an unchanged re-import warns again', () => {
    const bank = { format: 'pmp-bank/1', id: 'rep', title: 'Rep', version: '1', outline: null, languages: ['en'], questions: ['Who signs?', 'Who leads?', 'WHO  signs?'].map((prompt, i) => ({ id: `j${i + 1}`, type: 'single', prompt, options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: 'a' })) };
    const file = write('rep.json', JSON.stringify(bank, null, 2));
    const db = tempDb();
    const first = JSON.parse(runCli(['import', file, '--json', '--db', db]).stdout).files[0];
    expect(first.samePrompts).toEqual([{ questionId: 'j3', line: expect.any(Number), sameAs: 'j1', sameAsLine: expect.any(Number) }]);
    expect(first.samePrompts[0].line).toBeGreaterThan(first.samePrompts[0].sameAsLine);
    const again = JSON.parse(runCli(['import', file, '--json', '--db', db]).stdout).files[0];
    expect(again.unchanged).toEqual(['j1', 'j2', 'j3']);
    expect(again.samePrompts).toEqual(first.samePrompts);
  });
});

describe('the key listed first', () => {
  const rows = Array.from({ length: 24 }, (_, i) => `Situation ${i + 1}: what should the project manager do?,Right action ${i + 1},Wrong action ${i + 1},Other action ${i + 1},A`);
  const KEY_FIRST = ['prompt,option_a,option_b,option_c,answer', ...rows].join('\n') + '\n';

  it('is fine when the options are shuffled: validate does not contradict bank-format.md', () => {
    const r = JSON.parse(runCli(['validate', write('first.csv', KEY_FIRST), '--json']).stdout);
    expect(r.files[0].problems.map((p: { code: string }) => p.code)).not.toContain('key-position');
  });

  it('is flagged when the options keep their order (--keep-order), where every learner sees it', () => {
    const r = JSON.parse(runCli(['validate', write('first.csv', KEY_FIRST), '--keep-order', '--json']).stdout);
    expect(r.overall.concat(r.files[0].problems)).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'key-position', severity: 'warning', message: expect.stringContaining('24 of 24 single-answer keys kept in place (not shuffled) are option 1') })]));
  });
});
