/**
 * The three odd messages a trainer met (issue #15): a wrong type in a mapping's result, `$stableId`
 * given a number or an object, and a warning from Node after many refused answers in a plain exam.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, runCli, tempDb, withoutFirstRun } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

function write(name: string, text: string): string {
  const path = join(tempDir('trainer-messages'), name);
  writeFileSync(path, text);
  return path;
}

const DATA = JSON.stringify([{ q: 'Which document authorizes the project?', a: 'The charter', b: 'The plan', k: 1, n: 5, o: { x: 1 } }]);
const bankWith = (question: string) =>
  `{"format":"pmp-bank/1","id":"t","title":"T","version":"1","outline":null,"languages":["en"],"questions":[$.(${question})]}`;

describe('a wrong type in the bank a mapping produced', () => {
  it('names the JSON path, the type expected and the value found', () => {
    const data = write('data.json', DATA);
    const map = write('types.jsonata', bankWith('{"id": k, "type": "single", "prompt": q, "options": [{"id": "a", "text": a}, {"id": "b", "text": b}], "answer": "a", "tags": "x"}'));
    const r = runCli(['validate', data, '--map', map, '--json']);
    expect(r.code).toBe(3);
    const messages = JSON.parse(r.stdout).files[0].problems.map((p: { path?: string; message: string }) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([expect.stringMatching(/^questions\[0\]\.id: expected string, found number 1 /), expect.stringMatching(/^questions\[0\]\.tags: expected array, found string "x" /)]);
    expect(r.stdout).not.toContain('undefined');
  });

  it('says the same for a pmp-bank/1 file written by hand', () => {
    const bank = write('bank.json', JSON.stringify({ format: 'pmp-bank/1', id: 't', title: 'T', version: '1', outline: null, languages: ['en'], questions: [{ id: 7, type: 'single', prompt: 'Q?', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: 'a' }] }));
    const r = runCli(['validate', bank]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('questions[0].id: expected string, found number 7');
  });
});

describe('$stableId', () => {
  it('reads a number as its text: the same id as for the string', () => {
    const data = write('data.json', DATA);
    const fromNumber = write('number.jsonata', bankWith('{"id": $stableId(n), "type": "single", "prompt": q, "options": [{"id": "a", "text": a}, {"id": "b", "text": b}], "answer": "a"}'));
    const fromString = write('string.jsonata', bankWith('{"id": $stableId("5"), "type": "single", "prompt": q, "options": [{"id": "a", "text": a}, {"id": "b", "text": b}], "answer": "a"}'));
    const a = runCli(['convert', data, '--map', fromNumber]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).questions[0].id).toMatch(/^q-[0-9a-f]{12}$/);
    expect(JSON.parse(a.stdout).questions[0].id).toBe(JSON.parse(runCli(['convert', data, '--map', fromString]).stdout).questions[0].id);
  });

  it('refuses an object with a message that says what to do, at its place in the mapping', () => {
    const data = write('data.json', DATA);
    const map = write('object.jsonata', bankWith('{"id": $stableId(o), "type": "single", "prompt": q, "options": [{"id": "a", "text": a}, {"id": "b", "text": b}], "answer": "a"}'));
    const r = runCli(['convert', data, '--map', map]);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('is not a function');
    expect(r.stderr).toMatch(new RegExp(`${map.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: .*\\$stableId takes a text or a number; it was given an object`));
  });
});

describe('a plain-mode exam', () => {
  it('takes many refused answers without a warning from Node', () => {
    const r = runCli(['exam', '--plain', '--questions', '12', '--seed', '3', '--db', tempDb()], { env: cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' }), input: 'zzz\n'.repeat(14) + 'q\n' });
    expect(r.code).toBe(0);
    expect((r.stdout.match(/^answer> /gm) ?? []).length).toBeGreaterThanOrEqual(15);
    expect(r.stderr).not.toMatch(/MaxListenersExceededWarning|Warning/);
    expect(withoutFirstRun(r.stderr)).toBe('');
  });
});
