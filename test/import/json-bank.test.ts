import { describe, expect, it } from '@jest/globals';
import { loadOutlines } from '../../src/app/outlines.js';
import { decodeUtf8, readJsonBank } from '../../src/import/json-bank.js';
import { bankFile } from '../helpers/fixtures.js';

const read = (text: string) => readJsonBank(text, 'bank.json', loadOutlines());

describe('reading a JSON bank', () => {
  it('accepts a valid bank and normalises texts to language maps in NFC', () => {
    const file = bankFile(2, { languages: ['ko', 'en'] });
    (file.questions as Record<string, unknown>[])[0]!.prompt = '\u1112\u1161\u11ab\u1100\u1161\u11bc? (NFD)';
    const result = read(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bank.questions[0]?.prompt).toEqual({ ko: '한강? (NFD)' });
    expect(result.bank.questions[0]?.references).toEqual([]);
  });

  it('points a syntax error at its line and column', () => {
    const result = read('{\n  "format": "pmp-bank/1",\n  "id": "x",\n  "title": "t"\n  "version": "1"\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'bank.json', line: 5, column: 3, message: 'expected ","' });
  });

  it('reports every schema problem with line, column, JSON path and question id', () => {
    const file = bankFile(3);
    const qs = file.questions as Record<string, unknown>[];
    delete qs[0]!.prompt;
    qs[1]!.type = 'essay';
    qs[2]!.difficulty = 7;
    const text = JSON.stringify(file, null, 2);
    const result = read(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p]));
    expect(byPath['questions[0].prompt']).toMatchObject({ questionId: 'q001', message: expect.stringMatching(/^missing; expected a text/) });
    expect(byPath['questions[1].type']).toMatchObject({ questionId: 'q002' });
    expect(byPath['questions[2].difficulty']).toMatchObject({ questionId: 'q003' });
    for (const p of result.problems) {
      expect(p.line).toBeGreaterThan(1);
      expect(p.column).toBeGreaterThan(0);
    }
    // The line really is where that question's field is.
    const lines = text.split('\n');
    expect(lines[(byPath['questions[2].difficulty']?.line as number) - 1]).toContain('"difficulty": 7');
  });

  it('checks references the schema cannot: answer ids, duplicates, scenarios, traps, outline tasks', () => {
    const file = bankFile(4, { traps: { 'escalates-first': { en: 'Escalates', ko: '에스컬레이션' } } });
    const qs = file.questions as Record<string, unknown>[];
    qs[0]!.answer = 'z';
    qs[1]!.id = 'q001';
    qs[2]!.scenario = 'nope';
    (qs[3]!.options as Record<string, unknown>[])[1]!.trap = 'unknown-trap';
    qs[3]!.eco = { domain: 'people', task: 9 };
    const result = read(JSON.stringify(file, null, 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'questions[0].answer: answer names option "z", which the question does not have',
        'questions[1].id: duplicate question id "q001" (first at questions[0])',
        'questions[2].scenario: no scenario with id "nope"',
        'questions[3].options[1].trap: trap "unknown-trap" is not declared in the bank\'s "traps"',
        'questions[3].eco.task: eco-2026 has no task 9 in domain "people" (1–8)',
      ]),
    );
  });

  it('rejects unknown fields, which are usually typos', () => {
    const file = bankFile(1);
    (file.questions as Record<string, unknown>[])[0]!.explaination = 'typo';
    const result = read(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('"explaination"');
  });

  it('refuses invalid UTF-8 instead of silently replacing it', () => {
    const bytes = Buffer.concat([Buffer.from('{"id": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    expect(decodeUtf8(bytes, 'bad.json')).toMatchObject({ ok: false, problems: [{ file: 'bad.json', message: expect.stringContaining('UTF-8') }] });
    expect(decodeUtf8(Buffer.from('\ufeff{"a":1}'), 'bom.json')).toEqual({ ok: true, text: '{"a":1}' });
  });
});

describe('hostile JSON', () => {
  it('refuses nesting deeper than any bank needs, without overflowing the stack', () => {
    const deep = '{"questions": ' + '['.repeat(200_000) + ']'.repeat(200_000) + '}';
    const result = read(deep);
    expect(result).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('nested more than 64') }] });
  });

  it('treats prototype keys as ordinary unknown fields, leaving objects unharmed', () => {
    const file = bankFile(1);
    const text = JSON.stringify(file).replace('"questions":[{', '"questions":[{"__proto__":{"polluted":true},"constructor":1,');
    const result = read(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/unknown fields? .*"__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
