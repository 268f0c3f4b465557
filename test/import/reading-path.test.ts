/**
 * The one reading path (src/app/load-import.ts) on files a trainer could have: a GIFT file from
 * another tool (bare "=" in question text, [html]/[markdown], comments, CRLF, $CATEGORY), an Aiken
 * file and a CSV file with "All of the above", "Both A and C" and True/False options, which must
 * keep their place when options are shuffled.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadImportFile, loadImportFiles } from '../../src/app/load-import.js';
import type { Question } from '../../src/domain/question.js';
import { PmpError } from '../../src/errors.js';
import { isTrueFalsePair, namesOtherOptions, refersToOtherOptions } from '../../src/import/lint-cues.js';
import { pinOptions } from '../../src/import/readers/pin-options.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'formats');
const GIFT = join(FIXTURES, 'evm-practice.gift');
const AIKEN = join(FIXTURES, 'pmo-basics.txt');
const CSV = join(FIXTURES, 'risk-register.csv');

const EN = { textLanguage: 'en' } as const;

function byId(questions: readonly Question[], id: string): Question {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

const byPrompt = (questions: readonly Question[], start: string): Question => {
  const q = questions.find((x) => (x.prompt.en ?? '').startsWith(start));
  if (!q) throw new Error(`no question starting "${start}"`);
  return q;
};

/** [text, fixed] of each option, in file order. */
const pins = (q: Question) => ('options' in q ? q.options.map((o) => [o.text.en, o.fixed] as const) : []);

async function problemsOf(path: string, options = EN) {
  try {
    await loadImportFile(path, options);
  } catch (error) {
    if (error instanceof PmpError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

function write(name: string, text: string): string {
  const path = join(tempDir('reading'), name);
  writeFileSync(path, text);
  return path;
}

describe('GIFT read as leniently as Moodle reads it (a real-looking file from another tool)', () => {
  it('is a Windows file with comments, categories and [html]/[markdown] markers (the fixture is what it claims)', () => {
    const raw = readFileSync(GIFT, 'utf8');
    expect(raw).toContain('\r\n');
    expect(raw).toMatch(/^\/\/ /);
    expect(raw).toContain('$CATEGORY: $course$/top/Cost Management/Earned Value');
    expect(raw).toContain('::reserve-01::[html]');
    expect(raw).toContain('::reserve-02::[markdown]');
  });

  it('takes a bare "=" in question text before the first "{": EV = 45,000 … {#0.9:0.01}', async () => {
    const { bank, format } = await loadImportFile(GIFT, EN);
    expect(format).toBe('gift');
    const cpi = byId(bank.questions, 'evm-cpi-01');
    expect(cpi.prompt.en).toBe('EV = 45,000 and AC = 50,000 at the end of month 3. What is the CPI?');
    expect(cpi).toMatchObject({ type: 'numeric', answer: { value: 0.9, tolerance: 0.01 } });
    expect(byId(bank.questions, 'evm-vac-01').prompt.en).toBe('VAC = BAC − EAC; BAC = 200,000 and EAC = 220,000. The project is:');
    // Escaped marks in the general feedback still read as themselves.
    expect(byId(bank.questions, 'evm-spi-01').explanation?.en).toBe('SPI = EV / PV = 36,000 / 40,000 = 0.9.');
  });

  it('drops the [html] and [markdown] markers and keeps the text', async () => {
    const { bank } = await loadImportFile(GIFT, EN);
    expect(byId(bank.questions, 'reserve-01').prompt.en).toBe('<p>The <b>contingency reserve</b> covers which risks?</p>');
    expect(byId(bank.questions, 'reserve-02').prompt.en).toBe('A **management reserve** is part of the cost baseline.');
  });

  it('ignores // comments, above and inside a question, and a commented-out question', async () => {
    const { bank } = await loadImportFile(GIFT, EN);
    expect(bank.questions.map((q) => q.id)).toEqual(['evm-cpi-01', 'evm-spi-01', 'evm-eac-01', 'reserve-01', 'reserve-02', 'evm-vac-01']);
    expect(pins(byId(bank.questions, 'evm-vac-01')).map(([t]) => t)).toEqual(['over budget at completion', 'under budget at completion', 'on budget']);
    expect(JSON.stringify(bank)).not.toContain('//');
  });

  it('tags questions with their $CATEGORY path, up to the next one, plus // [tag:…]', async () => {
    const { bank } = await loadImportFile(GIFT, EN);
    expect(byId(bank.questions, 'evm-cpi-01').tags).toEqual(['cost-management', 'earned-value']);
    expect(byId(bank.questions, 'evm-eac-01').tags).toEqual(['cost-management', 'earned-value', 'forecasting']);
    expect(byId(bank.questions, 'reserve-02').tags).toEqual(['cost-management', 'reserves']);
  });

  it('reads the same with LF line endings as with CRLF', async () => {
    const lf = write('evm-practice.gift', readFileSync(GIFT, 'utf8').replace(/\r\n/g, '\n'));
    const a = (await loadImportFile(GIFT, EN)).bank.questions;
    const b = (await loadImportFile(lf, EN)).bank.questions;
    expect(b).toEqual(a);
  });

  it('still points at a real mistake with its line and column as written, past a bare "="', async () => {
    const path = write('bad.gift', '::ok:: Fine {T}\r\n\r\n::bad:: If EV = 10, then {=yes ~%zz%no}\r\n');
    const problems = await problemsOf(path);
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: '::bad:: If EV = 10, then {=yes ~%'.length + 1 })]);
  });
});

describe('safe shuffling: options that must not move are fixed when Aiken, GIFT and CSV are read', () => {
  it('uses the cue linter\'s test', () => {
    expect(refersToOtherOptions('All of the above')).toBe(true);
    expect(refersToOtherOptions('None of these')).toBe(true);
    expect(refersToOtherOptions('위의 모든 것')).toBe(true);
    expect(refersToOtherOptions('Collaborate with the team')).toBe(false);
    expect(namesOtherOptions('Both A and C')).toBe(true);
    expect(namesOtherOptions('B only')).toBe(true);
    expect(namesOtherOptions('All of the above')).toBe(false);
    expect(isTrueFalsePair(['True', 'False'])).toBe(true);
    expect(isTrueFalsePair(['거짓', '참'])).toBe(true);
    expect(isTrueFalsePair(['True', 'Maybe'])).toBe(false);
  });

  it('GIFT: "All/None of the above" and both options of {T}/{F}', async () => {
    const { bank } = await loadImportFile(GIFT, EN);
    expect(pins(byId(bank.questions, 'evm-eac-01'))).toEqual([['125,000', false], ['80,000', false], ['100,000', false], ['None of the above', true]]);
    expect(pins(byId(bank.questions, 'reserve-01')).map(([, f]) => f)).toEqual([false, false, false, true]);
    expect(pins(byId(bank.questions, 'reserve-02'))).toEqual([['True', true], ['False', true]]);
  });

  it('Aiken: an option naming others by letter keeps the whole question in file order', async () => {
    const { bank } = await loadImportFile(AIKEN, EN);
    expect(pins(byPrompt(bank.questions, 'What is the main purpose')).map(([, f]) => f)).toEqual([true, true, true, true]);
    expect(pins(byPrompt(bank.questions, 'Which PMO type')).map(([, f]) => f)).toEqual([false, false, false, true]);
    expect(pins(byPrompt(bank.questions, 'A supportive PMO'))).toEqual([['True', true], ['False', true]]);
    expect(pins(byPrompt(bank.questions, 'Which of these')).map(([, f]) => f)).toEqual([false, false, false, true]);
  });

  it('CSV: detected options, and the "fixed" column (letters, or "all")', async () => {
    const { bank } = await loadImportFile(CSV, EN);
    expect(pins(byId(bank.questions, 'risk-01')).map(([, f]) => f)).toEqual([false, false, false, true]);
    expect(pins(byId(bank.questions, 'risk-02'))).toEqual([['True', true], ['False', true]]);
    expect(pins(byId(bank.questions, 'risk-03')).map(([, f]) => f)).toEqual([true, true, true, true]);
    expect(pins(byId(bank.questions, 'risk-04')).map(([, f]) => f)).toEqual([true, false, false, true]);
    expect(pins(byId(bank.questions, 'risk-05')).map(([, f]) => f)).toEqual([true, true, true, true]);
  });

  it('CSV: a "fixed" cell that names no option is a problem at its row and column', async () => {
    const path = write('bad-fixed.csv', 'prompt,option_a,option_b,answer,fixed\nWhich one?,Yes please,No thanks,A,E\n');
    const problems = await problemsOf(path);
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 5, message: expect.stringContaining('"E" is not one of the options') })]);
  });

  it('--keep-order fixes every option, in every format', async () => {
    for (const path of [GIFT, AIKEN, CSV, join(process.cwd(), 'questions', 'starter.json')]) {
      const { bank } = await loadImportFile(path, { ...EN, keepOrder: true });
      for (const q of bank.questions) if ('options' in q) expect(q.options.every((o) => o.fixed)).toBe(true);
    }
  });

  it('pinOptions works on the loose form, any text shape, and counts what it pinned', () => {
    const bank = {
      questions: [
        { options: [{ text: 'Plan' }, { text: { en: 'All of the above' } }] },
        { options: [{ text: { en: 'Yes', ko: '예' } }, { text: { en: 'No', ko: '아니오' } }] },
        { options: [{ text: 'x' }, { text: 'y' }, { text: 'z' }] },
        { type: 'numeric' },
      ],
    };
    expect(pinOptions(bank, { keepOrder: false, detect: true })).toBe(3);
    expect(bank.questions[2]?.options?.some((o) => 'fixed' in o)).toBe(false);
  });
});

describe('two options with the same text: import refuses the file, as validate does', () => {
  it('refuses a CSV file with "N/A, N/A" at its row, naming both options', async () => {
    const path = write('dupes.csv', 'id,prompt,option_a,option_b,option_c,answer\nd1,Who signs the charter?,The sponsor,N/A,N/A,A\nd2,Who leads the team?,The project manager,The sponsor,The PMO,A\n');
    const problems = await problemsOf(path);
    expect(problems).toEqual([
      expect.objectContaining({ file: path, line: 2, questionId: 'd1', path: 'questions[0].options[2].text', message: expect.stringContaining('option "c" has the same en text as option "b"') }),
    ]);
  });

  it('points into our JSON at the option', async () => {
    const bank = JSON.parse(readFileSync(join(process.cwd(), 'questions', 'starter.json'), 'utf8')) as { questions: { options?: { text: Record<string, string> }[] }[] };
    const q = bank.questions.find((x) => x.options && x.options.length >= 2) as { options: { text: Record<string, string> }[] };
    (q.options[1] as { text: Record<string, string> }).text = { ...(q.options[0] as { text: Record<string, string> }).text };
    const path = write('starter.json', JSON.stringify(bank, null, 2));
    const problems = await problemsOf(path);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatchObject({ line: expect.any(Number), column: expect.any(Number), message: expect.stringContaining('has the same') });
  });

  it('lists the problems of every file at once (loadImportFiles)', async () => {
    const a = write('a.csv', 'prompt,option_a,option_b,answer\nWhich?,Same,Same,A\n');
    const b = write('b.aiken', 'Which?\nA. One\nB. One\nANSWER: A\n');
    await expect(loadImportFiles([a, b], EN)).rejects.toMatchObject({ key: 'input.invalid-import', problems: [expect.objectContaining({ file: a }), expect.objectContaining({ file: b })] });
  });
});
