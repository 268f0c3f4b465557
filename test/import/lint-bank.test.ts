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
        expect.objectContaining({ code: 'duplicate-prompt', severity: 'warning', bankId: 'other-bank', message: 'same prompt as test-bank/q001' }),
      ]),
    );
  });

  it('a repeated prompt is one rule with one severity: a warning, an error under --strict, within a bank too', () => {
    const file = bankFile(3);
    const qs = file.questions as Record<string, unknown>[];
    // Case and spacing aside: the rule import applies too (plan-import.ts samePromptKey).
    qs[2]!.prompt = { en: `  ${(qs[0]!.prompt as { en: string }).en.toUpperCase().replace(/ /g, '   ')} `, ko: (qs[0]!.prompt as { ko: string }).ko };
    const soft = lintBanks([parseBank(file)], outlines, { strict: false }).filter((f) => f.code === 'duplicate-prompt');
    expect(soft).toEqual([expect.objectContaining({ severity: 'warning', bankId: 'test-bank', questionId: 'q003', path: ['questions', 2, 'prompt'], message: 'same prompt as test-bank/q001' })]);
    const strict = lintBanks([parseBank(file)], outlines, { strict: true }).filter((f) => f.code === 'duplicate-prompt');
    expect(strict).toEqual([expect.objectContaining({ severity: 'error', questionId: 'q003' })]);
    // Another exhibit makes another question; other punctuation is a near-duplicate, not a repeat.
    qs[2]!.exhibit = { columns: [{ en: 'EV' }], rows: [[100]] };
    expect(codes(lintBanks([parseBank(file)], outlines, { strict: false }))).not.toContain('duplicate-prompt');
    delete qs[2]!.exhibit;
    qs[2]!.prompt = { en: `${(qs[0]!.prompt as { en: string }).en}!!`, ko: 'ko' };
    expect(codes(lintBanks([parseBank(file)], outlines, { strict: false }))).toEqual(['near-duplicate']);
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

  it('says nothing of the key listed first when the options are shuffled (bank-format.md: the key may always be first)', () => {
    const file = bankFile(24);
    for (const q of file.questions as Record<string, unknown>[]) q.answer = 'a';
    expect(codes(lintBanks([parseBank(file)], outlines, { strict: false }))).toEqual([]);
  });

  it('warns when keys kept in place (fixed, --keep-order) bunch on one position, where learners see it', () => {
    const file = bankFile(24);
    for (const q of file.questions as Record<string, unknown>[]) {
      q.answer = 'a';
      q.options = (q.options as Record<string, unknown>[]).map((o) => ({ ...o, fixed: true }));
    }
    const findings = lintBanks([parseBank(file)], outlines, { strict: false });
    expect(findings).toEqual([expect.objectContaining({ code: 'key-position', severity: 'warning', message: expect.stringMatching(/^24 of 24 single-answer keys kept in place \(not shuffled\) are option 1 \(100 %\)/) })]);
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

  describe('cue checks', () => {
    type Q = Record<string, unknown> & { options: { id: string; text: Record<string, string>; fixed?: boolean }[] };
    const questionsOf = (file: Record<string, unknown>) => file.questions as Q[];
    const setOption = (q: Q, id: string, en: string, ko = `${en} (ko)`) => {
      const o = q.options.find((x) => x.id === id)!;
      o.text = { en, ko };
    };

    it('flags a bank whose keys are the longest option too often, per language, with the questions to fix', () => {
      const file = bankFile(12);
      questionsOf(file).forEach((q, i) => {
        // The key of the first 4 of 12 (33 %) is longest in English; in Korean only 3 (25 %).
        if (i < 4) setOption(q, q.answer as string, `The longest option text of all, number ${i}`, i < 3 ? `무엇보다 가장 긴 선택지 ${i} 번 보기입니다` : '짧다');
      });
      const findings = lintBanks([parseBank(file)], outlines, { strict: false }).filter((f) => f.code === 'key-longest');
      expect(findings).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/4 of 12 .*33 %.* longest en option.*q001, q002, q003, q004$/) })]);
      expect(lintBanks([parseBank(file)], outlines, { strict: true, maxKeyLongest: 0.35 }).filter((f) => f.code === 'key-longest')).toEqual([]);
      const strict = lintBanks([parseBank(file)], outlines, { strict: true, maxKeyLongest: 0.2 }).filter((f) => f.code === 'key-longest');
      expect(strict.map((f) => [f.severity, /longest (\w+) option/.exec(f.message)?.[1]])).toEqual([['error', 'en'], ['error', 'ko']]);
    });

    it('flags a bank written to dodge that cue, whose keys are the shortest option too often', () => {
      const file = bankFile(10);
      questionsOf(file).forEach((q, i) => {
        if (i < 4) setOption(q, q.answer as string, 'Short', '짧다');
      });
      const findings = lintBanks([parseBank(file)], outlines, { strict: true }).filter((f) => f.code.startsWith('key-'));
      expect(findings.map((f) => [f.code, /the shortest (\w+) option/.exec(f.message)?.[1]])).toEqual([['key-shortest', 'en'], ['key-shortest', 'ko']]);
      expect(lintBanks([parseBank(file)], outlines, { strict: true, maxKeyShortest: 0.4 }).filter((f) => f.code.startsWith('key-'))).toEqual([]);
    });

    it('does not judge the key length of a bank with fewer than 10 single-answer questions, and ties are no cue', () => {
      const small = bankFile(9);
      for (const q of questionsOf(small)) setOption(q, q.answer as string, 'A much longer key than any other option here');
      expect(codes(lintBanks([parseBank(small)], outlines, { strict: true, maxKeyLongest: 0 })).filter((c) => c === 'key-longest')).toEqual([]);
      // bankFile's options all have the same length: a tie everywhere, so no finding even at a 0 % limit.
      expect(codes(lintBanks([parseBank(bankFile(12))], outlines, { strict: false, maxKeyLongest: 0 }))).toEqual([]);
    });

    it('flags absolute words on wrong options when no key has one, in each language', () => {
      const file = bankFile(3);
      const [q1, q2, q3] = questionsOf(file) as [Q, Q, Q];
      setOption(q1, 'b', 'Always escalate to the sponsor');
      setOption(q2, 'c', 'Ask the team', '팀에 반드시 물어본다');
      setOption(q3, 'c', 'Inform only the sponsor'); // q003's key is c: an absolute on the key is no cue
      setOption(q3, 'a', 'Never skip the review');
      const findings = lintBanks([parseBank(file)], outlines, { strict: false }).filter((f) => f.code === 'absolute-word');
      expect(findings.map((f) => [f.questionId, f.path?.join('.'), f.message])).toEqual([
        ['q001', 'questions.0.options.1.text', 'wrong option "b" says "Always" (en) and no key does: absolute words give wrong options away — reword it'],
        ['q002', 'questions.1.options.2.text', 'wrong option "c" says "반드시" (ko) and no key does: absolute words give wrong options away — reword it'],
      ]);
      // "all" inside another word is not the word "all".
      const word = bankFile(1);
      setOption(questionsOf(word)[0]!, 'b', 'Call a meeting to install the tool');
      expect(codes(lintBanks([parseBank(word)], outlines, { strict: false }))).toEqual([]);
    });

    it('flags two options with the same text as an error even when not strict', () => {
      const file = bankFile(1);
      const q = questionsOf(file)[0]!;
      setOption(q, 'b', 'N/A', '해당 없음');
      setOption(q, 'd', 'n/a.', '해당 없음');
      expect(lintBanks([parseBank(file)], outlines, { strict: false })).toEqual([
        expect.objectContaining({ code: 'same-option', severity: 'error', path: ['questions', 0, 'options', 3, 'text'], message: expect.stringMatching(/^option "d" has the same en text as option "b": a question with two equal options cannot be answered right/) }),
        expect.objectContaining({ code: 'same-option', severity: 'error', message: expect.stringMatching(/^option "d" has the same ko text as option "b": /) }),
      ]);
    });

    it('flags an option that refers to other options unless it is fixed in place', () => {
      const file = bankFile(4);
      const [q1, q2, q3, q4] = questionsOf(file) as [Q, Q, Q, Q];
      setOption(q1, 'd', 'All of the above', '위의 모든 것');
      setOption(q2, 'd', 'Both A and C', 'A와 C 모두');
      setOption(q3, 'd', 'None of the above', '정답 없음');
      q3.options[3]!.fixed = true;
      setOption(q4, 'b', 'Confirm the scope of all requirements', '범위의 모든 요구사항을 확인한다'); // not a reference
      const findings = lintBanks([parseBank(file)], outlines, { strict: true }).filter((f) => f.code === 'option-refers');
      expect(findings.map((f) => [f.questionId, f.severity])).toEqual([
        ['q001', 'error'],
        ['q001', 'error'],
        ['q002', 'error'],
        ['q002', 'error'],
      ]);
    });
  });
});
