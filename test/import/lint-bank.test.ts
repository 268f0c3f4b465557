import { describe, expect, it } from '@jest/globals';
import { loadOutlines } from '../../src/app/outlines.js';
import { lintBanks, saysHowMany } from '../../src/import/lint-bank.js';
import { bankFile, parseBank } from '../helpers/fixtures.js';

const outlines = loadOutlines();
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('the bank linter', () => {
  it('finds nothing wrong in a plain valid bank (non-strict)', () => {
    expect(lintBanks([parseBank(bankFile(8))], outlines, { strict: false })).toEqual([]);
  });

  it('requires a multiple-response prompt to say how many to choose, in every language', () => {
    const file = bankFile(1);
    const q = (file.questions as Record<string, unknown>[])[0]!;
    Object.assign(q, { type: 'multiple', answer: ['a', 'c'], prompt: { en: 'Which apply? (Choose two.)', ko: '해당하는 것은?' } });
    const findings = lintBanks([parseBank(file)], outlines, { strict: false });
    expect(findings).toEqual([expect.objectContaining({ code: 'multiple-count', severity: 'error', questionId: 'q001', message: expect.stringContaining('ko prompt') })]);
    expect(saysHowMany('(두 개를 고르시오.)', 2, 'ko')).toBe(true);
    expect(saysHowMany('(Choose 3.)', 3, 'en')).toBe(true);
    expect(saysHowMany('Choose two.', 3, 'en')).toBe(false);
  });

  it('flags exact duplicates across banks and near-duplicates within one', () => {
    const a = bankFile(2);
    const b = bankFile(1, { id: 'other-bank' });
    const qa = a.questions as Record<string, unknown>[];
    qa[1]!.prompt = { en: 'Question number 1: which option is right now?', ko: '다른 질문' };
    const findings = lintBanks([parseBank(a), parseBank(b)], outlines, { strict: false });
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'near-duplicate', severity: 'warning', questionId: 'q002' }),
        expect.objectContaining({ code: 'duplicate-prompt', severity: 'error', bankId: 'other-bank', message: 'same prompt as test-bank/q001' }),
      ]),
    );
  });

  it('recomputes numeric keys from their calc inputs', () => {
    const file = bankFile(1);
    Object.assign((file.questions as Record<string, unknown>[])[0]!, {
      type: 'numeric',
      options: undefined,
      answer: { value: 0.8, tolerance: 0.005 },
      calc: { formula: 'cpi', inputs: { ev: 90000, ac: 120000 } },
    });
    delete (file.questions as Record<string, unknown>[])[0]!.options;
    const findings = lintBanks([parseBank(file)], outlines, { strict: false });
    expect(findings).toEqual([expect.objectContaining({ code: 'wrong-key', message: 'calc cpi gives 0.75, but the key is 0.8 ± 0.005' })]);
  });

  it('warns when answer keys bunch on one position', () => {
    const file = bankFile(24);
    for (const q of file.questions as Record<string, unknown>[]) q.answer = 'a';
    expect(codes(lintBanks([parseBank(file)], outlines, { strict: false }))).toEqual(['key-position']);
  });

  it('in strict mode, turns warnings into errors and requires the teaching fields', () => {
    const file = bankFile(2, { languages: ['en', 'ko', 'ja'] });
    delete (file.questions as Record<string, unknown>[])[0]!.approach;
    const findings = lintBanks([parseBank(file)], outlines, { strict: true });
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(new Set(codes(findings))).toEqual(new Set(['missing-language', 'no-approach', 'no-reference', 'no-rationale']));
  });

  it('wants every trap named in every language of the bank', () => {
    const file = bankFile(1, { traps: { 'escalates-first': { en: 'Escalates first' } } });
    expect(lintBanks([parseBank(file)], outlines, { strict: false })).toEqual([
      expect.objectContaining({ code: 'missing-language', path: ['traps', 'escalates-first'], message: 'trap "escalates-first" has no ko name' }),
    ]);
  });

  it('checks per-task coverage across banks when asked', () => {
    const findings = lintBanks([parseBank(bankFile(24))], outlines, { strict: false, minPerTask: 1 });
    const gaps = findings.filter((f) => f.code === 'task-coverage').map((f) => f.message);
    // The fixture tags people/process/business round-robin with tasks 1..8: process 9, 10 stay empty, and more.
    expect(gaps).toContain('eco-2026 process task 9 has 0 question(s); at least 1 wanted');
    expect(gaps).toContain('eco-2026 process task 10 has 0 question(s); at least 1 wanted');
  });
});
