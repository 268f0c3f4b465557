import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOutlines } from '../../../src/app/outlines.js';
import type { InputProblem } from '../../../src/errors.js';
import { checkLooseBank, questionLineLocator } from '../../../src/import/json-bank.js';
import { readAiken } from '../../../src/import/readers/aiken.js';
import { stableQuestionId } from '../../../src/import/readers/stable-id.js';
import type { ReaderResult } from '../../../src/import/readers/types.js';

const OPTIONS = { file: 'quiz.txt', bankId: 'quiz', title: 'Quiz', version: 'sha256:abc', language: 'en' } as const;

function problemsOf(result: ReaderResult): readonly InputProblem[] {
  if (result.ok) throw new Error('expected problems, but the file was read');
  // The English wording and the place; each problem's code and parameters are checked in reader-texts.test.ts.
  return result.problems.map(({ code: _code, params: _params, ...rest }) => rest);
}

function bankOf(result: ReaderResult): { bank: Record<string, unknown>; questions: Record<string, unknown>[]; questionLines: readonly number[] } {
  if (!result.ok) throw new Error(`expected a bank, got problems: ${JSON.stringify(result.problems, null, 2)}`);
  const bank = result.bank as Record<string, unknown>;
  return { bank, questions: bank.questions as Record<string, unknown>[], questionLines: result.questionLines };
}

const read = (...lines: string[]) => readAiken(lines.join('\n') + '\n', OPTIONS);

/** Line numbers are in the comments; the file uses CRLF line endings. */
const FILE = [
  'What is the capital of France?', // 1
  'A. Berlin', // 2
  'B) Paris', // 3
  'C. Madrid', // 4
  'ANSWER: B', // 5
  '', // 6
  '', // 7
  'A sponsor asks to cut scope but keep the date.', // 8
  '  What should the project manager do FIRST?  ', // 9
  '', // 10
  'A) Analyse the impact of the request', // 11
  'B)  Cut the scope as asked', // 12
  'answer: a', // 13
  'Which artifact records "lessons learned"?', // 14: no blank line after the ANSWER line above
  'A. Lessons learned register', // 15
  'B. Issue log', // 16
  'C. Risk register', // 17
  'D. Change log', // 18
  'ANSWER:D', // 19
].join('\r\n');

describe('reading an Aiken file', () => {
  it('reads questions with CRLF, multi-line stems and both option styles into a valid bank', () => {
    const result = readAiken(FILE, OPTIONS);
    const { bank, questions, questionLines } = bankOf(result);
    expect(bank).toMatchObject({ format: 'pmp-bank/1', id: 'quiz', title: 'Quiz', version: 'sha256:abc', outline: null, languages: ['en'] });
    const checked = checkLooseBank(bank, 'quiz.txt', questionLineLocator(questionLines), loadOutlines());
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems, null, 2));
    expect(checked.bank.questions).toHaveLength(3);

    // Pinned: a derived id must never change, or a file imported again would lose its progress.
    expect(stableQuestionId('What is the capital of France?')).toBe('q-c990cc06e5e7');
    expect(questions[0]).toEqual({
      id: stableQuestionId('What is the capital of France?'),
      type: 'single',
      prompt: { en: 'What is the capital of France?' },
      options: [
        { id: 'a', text: { en: 'Berlin' } },
        { id: 'b', text: { en: 'Paris' } },
        { id: 'c', text: { en: 'Madrid' } },
      ],
      answer: 'b',
    });
    // Stem lines are joined with "\n", each trimmed at its ends only; no CR survives.
    const stem = 'A sponsor asks to cut scope but keep the date.\nWhat should the project manager do FIRST?';
    expect(questions[1]).toMatchObject({ id: stableQuestionId(stem), prompt: { en: stem }, answer: 'a' });
    expect(questions[1]!.options).toEqual([
      { id: 'a', text: { en: 'Analyse the impact of the request' } },
      { id: 'b', text: { en: 'Cut the scope as asked' } },
    ]);
    expect(questions[2]).toMatchObject({ prompt: { en: 'Which artifact records "lessons learned"?' }, answer: 'd' });
    expect((questions[2]!.options as unknown[]).length).toBe(4);
    expect(questionLines).toEqual([1, 8, 14]);
    expect(JSON.stringify(bank)).not.toContain('\\r');
  });

  it('gives the same ids on every read, and the same id to the same prompt', () => {
    const first = bankOf(readAiken(FILE, OPTIONS)).questions.map((q) => q.id);
    const again = bankOf(readAiken(FILE.replace(/\r\n/g, '\n'), { ...OPTIONS, version: 'other' })).questions.map((q) => q.id);
    expect(again).toEqual(first);
    const other = bankOf(read('What is the capital of France?', 'A. Lyon', 'B. Paris', 'ANSWER: B'));
    expect(other.questions[0]!.id).toBe(first[0]);
  });

  it('writes the text in the import language', () => {
    const { bank, questions } = bankOf(readAiken('프랑스의 수도는?\nA. 베를린\nB. 파리\nANSWER: B', { ...OPTIONS, language: 'ko' }));
    expect(bank.languages).toEqual(['ko']);
    expect(questions[0]!.prompt).toEqual({ ko: '프랑스의 수도는?' });
  });

  it('keeps a blank line inside a question text as a paragraph break', () => {
    const { questions } = bankOf(read('The context.', '', 'The question?', '', 'A. x', 'B. y', 'ANSWER: A'));
    expect(questions[0]!.prompt).toEqual({ en: 'The context.\n\nThe question?' });
  });
});

describe('the example in docs/formats/aiken.md', () => {
  it('is a valid bank', () => {
    const doc = readFileSync(join(process.cwd(), 'docs', 'formats', 'aiken.md'), 'utf8');
    const example = /```aiken\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const { bank, questions, questionLines } = bankOf(readAiken(example ?? '', OPTIONS));
    const checked = checkLooseBank(bank, 'example.aiken', questionLineLocator(questionLines), loadOutlines());
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems, null, 2));
    expect(questions.map((q) => q.answer)).toEqual(['b', 'c', 'a']);
    expect(questionLines).toEqual([1, 9, 14]);
  });
});

describe('problems in an Aiken file, each with its line', () => {
  it('reports an option line before any question text', () => {
    expect(problemsOf(read('A. Berlin', 'B. Paris', 'ANSWER: B'))).toEqual([
      { file: 'quiz.txt', line: 1, message: expect.stringContaining('option line "A." before any question text') },
    ]);
  });

  it('reports options out of order', () => {
    expect(problemsOf(read('Q?', 'A. x', 'C. y', 'ANSWER: A'))).toEqual([{ file: 'quiz.txt', line: 3, message: 'option C is out of order: expected B (options are lettered A, B, C … in order)' }]);
    expect(problemsOf(read('Q?', 'B. x', 'C. y', 'ANSWER: B'))[0]).toMatchObject({ line: 2, message: expect.stringContaining('option B is out of order: expected A') });
  });

  it('reports fewer than 2 options', () => {
    expect(problemsOf(read('Q?', 'A. x', 'ANSWER: A'))).toEqual([{ file: 'quiz.txt', line: 1, message: expect.stringContaining('the question has only 1 option') }]);
    expect(problemsOf(read('Q?', 'A)Paris', 'B)Lyon', 'ANSWER: A'))[0]?.message).toContain('an option letter is followed by "." or ")" and a space');
    expect(problemsOf(read('Q?', 'ANSWER: A'))).toEqual([
      { file: 'quiz.txt', line: 1, message: expect.stringContaining('the question has no options') },
      { file: 'quiz.txt', line: 2, message: 'ANSWER "A" is not one of the options (the question has none)' },
    ]);
  });

  it('reports a missing ANSWER line at the question\'s first line', () => {
    expect(problemsOf(read('First?', 'A. x', 'B. y', '', 'Second?', 'A. x', 'B. y', 'ANSWER: A'))).toEqual([
      { file: 'quiz.txt', line: 1, message: expect.stringContaining('the question that starts here has no ANSWER line') },
    ]);
    // Also without a blank line before the next question, and at the end of the file.
    expect(problemsOf(read('First?', 'A. x', 'B. y', 'Second?', 'Really?', 'A. x', 'B. y', 'ANSWER: A'))[0]).toMatchObject({ line: 1 });
    expect(problemsOf(read('First?', 'A. x', 'B. y', 'ANSWER: A', 'Last?', 'A. x', 'B. y'))).toEqual([
      { file: 'quiz.txt', line: 5, message: expect.stringContaining('no ANSWER line') },
    ]);
    expect(problemsOf(read('Only text?'))[0]).toMatchObject({ line: 1, message: expect.stringContaining('question text with no options and no ANSWER line') });
  });

  it('reports an ANSWER letter that is not one of the options', () => {
    expect(problemsOf(read('Q?', 'A. w', 'B. x', 'C. y', 'D. z', 'ANSWER: E'))).toEqual([{ file: 'quiz.txt', line: 6, message: 'ANSWER "E" is not one of the options A–D' }]);
    expect(problemsOf(read('Q?', 'A. w', 'B. x', 'ANSWER: A, B'))[0]).toMatchObject({ line: 4, message: expect.stringContaining('expected one option letter, e.g. "ANSWER: B"') });
  });

  it('reports text after the options but before the ANSWER line', () => {
    expect(problemsOf(read('Q?', 'A. x', 'B. y', 'c) z', 'ANSWER: A'))).toEqual([
      { file: 'quiz.txt', line: 4, message: 'text after the options but before the ANSWER line; expected another option ("C. …") or "ANSWER: X" (option letters are capitals: "B) …")' },
    ]);
  });

  it('reports an ANSWER line without a question', () => {
    expect(problemsOf(read('Q?', 'A. x', 'B. y', 'ANSWER: A', '', 'ANSWER: B'))).toEqual([
      { file: 'quiz.txt', line: 6, message: expect.stringContaining('an ANSWER line without a question') },
    ]);
  });

  it('reports every problem of a file, in line order, with CRLF', () => {
    const text = [
      'A. stray option', // 1: an option before any question text
      'B. another', // 2
      'ANSWER: A', // 3
      '', // 4
      'Q2?', // 5
      'A. x', // 6
      'C. y', // 7: out of order
      'ANSWER: D', // 8: not an option
      'Q3?', // 9
      'A. x', // 10
      'B. y', // 11
      'stray', // 12: text before ANSWER
      'ANSWER: B', // 13
      'ANSWER: A', // 14: no question
      'Q5?', // 15: no ANSWER line
      'A. only', // 16
    ].join('\r\n');
    expect(problemsOf(readAiken(text, OPTIONS)).map((p) => p.line)).toEqual([1, 7, 8, 12, 14, 15]);
  });

  it('reports an empty file and lists every problem, not only the first 200', () => {
    expect(problemsOf(readAiken('\r\n\r\n', OPTIONS))).toEqual([{ file: 'quiz.txt', line: 1, message: expect.stringContaining('no questions found') }]);
    const many = Array.from({ length: 300 }, () => 'ANSWER: A').join('\n');
    expect(problemsOf(readAiken(many, OPTIONS))).toHaveLength(300);
  });

  it('leaves duplicate questions to the reference check, which points at the second one', () => {
    const result = read('Same?', 'A. x', 'B. y', 'ANSWER: A', '', 'Same?', 'A. x', 'B. y', 'ANSWER: B');
    const { bank, questionLines } = bankOf(result);
    const checked = checkLooseBank(bank, 'quiz.txt', questionLineLocator(questionLines), loadOutlines());
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatchObject({ line: 6, message: expect.stringContaining('duplicate question id') });
  });
});
