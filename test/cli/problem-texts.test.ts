/** The Korean of pmp validate's problem texts: a lookup over problem codes (src/i18n/problems.*.ts). */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsEn } from '../../src/i18n/problems.en.js';
import { problemText } from '../../src/i18n/problems.js';
import { lintBanks } from '../../src/import/lint-bank.js';
import { loadOutlines } from '../../src/app/outlines.js';
import { readJsonBank } from '../../src/import/json-bank.js';
import { bankFile } from '../helpers/fixtures.js';

const HANGUL = /[\uac00-\ud7a3]/;

/** A bank that trips most checks: untaught questions, cues, duplicates, a wrong calc, thin coverage. */
function flawedBank(id: string): Record<string, unknown> {
  const file = bankFile(8, { id, traps: { 'escalates-first': { en: 'Escalates first' } } });
  const qs = file.questions as Record<string, unknown>[];
  const option = (oid: string, en: string, extra: Record<string, unknown> = {}) => ({ id: oid, text: { en, ko: `${en} (ko)` }, ...extra });
  qs[0]!.options = [option('a', 'Always escalate to the sponsor'), option('b', 'Talk to the team member first and listen', { rationale: { en: 'r', ko: 'r' } }), option('c', 'Both A and B'), option('d', 'Ignore it')];
  qs[0]!.answer = 'b';
  qs[1]!.prompt = qs[2]!.prompt;
  qs[3]!.options = [option('a', 'Same text'), option('b', 'Same text'), option('c', 'Other'), option('d', 'Fourth')];
  qs[4]!.prompt = { en: 'x'.repeat(900), ko: '긴 문제' };
  qs[5] = { ...qs[5], type: 'multiple', answer: ['a', 'b'] };
  qs[6] = {
    ...qs[6],
    type: 'numeric',
    prompt: { en: 'BAC 100, EV 50: what is the CPI if AC is 50?', ko: 'CPI는?' },
    options: undefined,
    answer: { value: 3, tolerance: 0.01 },
    calc: { formula: 'EV / AC', inputs: { EV: 50, AC: 50 } },
  };
  delete qs[7]!.explanation;
  delete qs[7]!.eco;
  delete qs[7]!.approach;
  delete qs[7]!.difficulty;
  return file;
}

describe('problem texts in Korean', () => {
  it('has a pattern for every code the checks in src/import write', () => {
    const source = ['lint-bank.ts', 'lint-cues.ts'].map((f) => readFileSync(join('src', 'import', f), 'utf8')).join('\n');
    const codes = new Set([...source.matchAll(/code: '([a-z-]+)'/g), ...source.matchAll(/add\((?:'error'|'warning'|soft|severity), '([a-z-]+)'/g), ...source.matchAll(/'(key-longest|key-shortest)'/g)].map((m) => m[1] as string));
    expect(codes.size).toBeGreaterThanOrEqual(20);
    const keys = new Set(Object.keys(problemsEn).map((k) => k.split('#')[0]));
    expect([...codes].filter((c) => !keys.has(c))).toEqual([]);
  });

  it('says every finding on a flawed bank in Korean, and leaves English as it is', () => {
    const banks = ['flawed-a', 'flawed-b'].map((id) => {
      const read = readJsonBank(JSON.stringify(flawedBank(id)), `${id}.json`, loadOutlines());
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      return read.bank;
    });
    const findings = lintBanks(banks, loadOutlines(), { strict: true, minPerTask: 2, maxKeyLongest: 0, maxKeyShortest: 0 });
    const codes = new Set(findings.map((f) => f.code));
    expect(codes.size).toBeGreaterThanOrEqual(12);
    for (const f of findings) {
      const ko = problemText('ko', f.code, f.message);
      expect({ code: f.code, message: f.message, ko, hangul: HANGUL.test(ko) }).toEqual({ code: f.code, message: f.message, ko, hangul: true });
      expect(problemText('en', f.code, f.message)).toBe(f.message);
    }
    expect(problemText('ko', 'no-such-code', 'a text nobody knows')).toBe('a text nobody knows');
  });

  it('says the problems of reading a JSON bank in Korean: schema and references', () => {
    const schema = bankFile(3);
    const qs = schema.questions as Record<string, unknown>[];
    qs[0]!.colour = 1;
    qs[1]!.type = 'essay';
    qs[2]!.prompt = 5;
    const references = bankFile(4);
    const rs = references.questions as Record<string, unknown>[];
    rs[0]!.answer = 'z';
    rs[1]!.id = 'q001';
    rs[2]!.eco = { domain: 'people', task: 29 };
    rs[3]!.options = [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }, { id: 'c', text: 'C' }];
    for (const file of [schema, references, '{ "format": ']) {
      const read = readJsonBank(typeof file === 'string' ? file : JSON.stringify(file), 'bank.json', loadOutlines());
      if (read.ok) throw new Error('expected problems');
      expect(read.problems.length).toBeGreaterThanOrEqual(file === '{ "format": ' ? 1 : 3);
      for (const p of read.problems) {
        const ko = problemText('ko', undefined, p.message);
        expect({ message: p.message, ko, hangul: HANGUL.test(ko) }).toEqual({ message: p.message, ko, hangul: true });
      }
    }
  });
});
