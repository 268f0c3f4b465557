import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOutlines } from '../../../src/app/outlines.js';
import type { InputProblem } from '../../../src/errors.js';
import { checkLooseBank, questionLineLocator } from '../../../src/import/json-bank.js';
import { readCsv, readTsv } from '../../../src/import/readers/csv.js';
import { stableQuestionId } from '../../../src/import/readers/stable-id.js';
import type { ReaderResult } from '../../../src/import/readers/types.js';

const OPTIONS = { file: 'bank.csv', bankId: 'trainer-set', title: 'Trainer set', version: 'sha256:abc', language: 'en' } as const;

/** Rows of cells → CSV (or TSV) text, quoting the cells that need it, as a spreadsheet would. */
function table(rows: readonly (readonly string[])[], delimiter = ','): string {
  const quote = (cell: string) => (cell.includes(delimiter) || /["\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((r) => r.map(quote).join(delimiter)).join('\n') + '\n';
}

/** A header and rows given as column → cell (columns a row leaves out are empty). */
function sheet(columns: readonly string[], rows: readonly Record<string, string>[]): string[][] {
  return [[...columns], ...rows.map((r) => columns.map((c) => r[c] ?? ''))];
}

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

/** A file with one header and one or more data rows written as CSV lines; lines are 1 (header) and 2… */
const csv = (...lines: string[]) => lines.join('\n') + '\n';

const COLUMNS = [
  'ID', 'Type', 'Prompt', 'prompt_ko',
  'option_a', 'option_a_ko', 'option_b', 'option_b_ko', 'option_c', 'option_c_ko', 'option_d', 'option_d_ko',
  'answer', 'tolerance', 'unit', 'unit_ko',
  'left_1', 'left_1_ko', 'left_2', 'left_2_ko', 'left_3', 'left_3_ko', 'right_a', 'right_a_ko', 'right_b', 'right_b_ko', 'right_c', 'right_c_ko', 'right_d', 'right_d_ko',
  'explanation', 'explanation_ko', 'rationale_a', 'rationale_a_ko', 'rationale_b', 'rationale_b_ko',
  'domain', 'task', 'outline', 'approach', 'difficulty', 'tags', 'references', 'references_ko',
];

const MULTI_LINE_PROMPT = 'A sponsor says: "Cut scope, keep the date."\nWhat should the project manager do first?';

const ROWS: Record<string, string>[] = [
  {
    ID: 'csv-001', Type: 'single',
    Prompt: 'A team member proposes adding a feature the customer did not ask for. What should the project manager do first?',
    prompt_ko: '팀원이 고객이 요청하지 않은 기능을 추가하자고 제안한다. 프로젝트 관리자가 가장 먼저 해야 할 일은?',
    option_a: 'Check it against the agreed scope, and raise a change request if it adds value', option_a_ko: '합의된 범위와 비교하고, 가치가 있다면 변경 요청을 제기한다',
    option_b: 'Let the team add it', option_b_ko: '추가하게 한다',
    option_c: 'Escalate to the sponsor', option_c_ko: '스폰서에게 에스컬레이션한다',
    answer: 'A',
    explanation: 'Scope changes go through change control.', explanation_ko: '범위 변경은 변경 통제를 거친다.',
    rationale_a: 'Change control decides.', rationale_a_ko: '변경 통제가 결정한다.', rationale_b: 'Gold plating.',
    domain: 'Process', task: '2', outline: 'eco-2026', approach: 'predictive', difficulty: '2',
    tags: 'scope; gold-plating | change', references: 'ECO 2026 Process 2; PMBOK Guide 7th ed.', references_ko: 'ECO 2026 프로세스 2; PMBOK 지침서 7판',
  },
  {
    // No id and no type: a multiple, from the two letters of its answer.
    Prompt: 'Which two does a supportive PMO provide? (Choose two.)', prompt_ko: '지원형 PMO가 제공하는 두 가지는? (두 개를 고르시오.)',
    option_a: 'Templates', option_a_ko: '템플릿', option_b: 'Direct control', option_b_ko: '직접 통제',
    option_c: 'Lessons learned', option_c_ko: '교훈', option_d: 'Audits', option_d_ko: '감사',
    answer: 'A;C', domain: 'business-environment', task: '1', difficulty: '1',
  },
  {
    ID: 'csv-003', Type: 'Ordering', Prompt: MULTI_LINE_PROMPT, prompt_ko: '스폰서가 말한다: "범위를 줄이고 날짜는 지켜라."\n먼저 무엇을 하는가?',
    option_a: 'Analyse the impact', option_b: 'Submit to the CCB', option_c: 'Log the request', option_d: 'Inform stakeholders',
    answer: 'C,A,B,D',
  },
  {
    // No options and a numeric answer: numeric. "1,234.5" is quoted because of its comma.
    ID: 'csv-004', Prompt: 'What is the EAC, in dollars?', prompt_ko: 'EAC는 얼마인가(달러)?', answer: '1,234.5', tolerance: '0.5', unit: 'USD', unit_ko: '달러',
    explanation: 'EAC = BAC / CPI.',
  },
  { ID: 'csv-005', Type: 'numeric', Prompt: 'What is the cost variance?', answer: '-1200', approach: 'hybrid' },
  // A number as a program writes it (our own CSV export uses String(number)).
  { ID: 'csv-008', Type: 'numeric', Prompt: 'What is the probability of both risks occurring?', answer: '2.5e-7', tolerance: '1e-8' },
  {
    ID: 'csv-006', Type: 'matching', Prompt: 'Match each PMO type with its degree of control.', prompt_ko: '각 PMO 유형과 통제 수준을 연결하시오.',
    left_1: 'Supportive', left_1_ko: '지원형', left_2: 'Controlling', left_2_ko: '통제형', left_3: 'Directive', left_3_ko: '지시형',
    right_a: 'Moderate', right_a_ko: '중간', right_b: 'Low', right_b_ko: '낮음', right_c: 'High', right_c_ko: '높음', right_d: 'None', right_d_ko: '없음',
    answer: '1-b 2-a 3-c',
  },
  {
    // "BD": letters run together; type given.
    ID: 'csv-007', Type: 'multiple', Prompt: '  Which two are agile artifacts?   (Choose two.)  ',
    option_a: 'Gantt chart', option_b: 'Product backlog', option_c: 'WBS', option_d: 'Burndown chart', answer: 'BD', approach: 'agile',
  },
];

describe('reading a CSV bank', () => {
  const text = table(sheet(COLUMNS, ROWS));

  it('reads every column and form into a bank that passes the schema and reference checks', () => {
    const result = readCsv(text, OPTIONS);
    const { bank, questions, questionLines } = bankOf(result);
    expect(bank).toMatchObject({ format: 'pmp-bank/1', id: 'trainer-set', title: 'Trainer set', version: 'sha256:abc', outline: 'eco-2026', languages: ['en', 'ko'] });

    const checked = checkLooseBank(bank, 'bank.csv', questionLineLocator(questionLines), loadOutlines());
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems, null, 2));
    expect(checked.bank.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'ordering', 'numeric', 'numeric', 'numeric', 'matching', 'multiple']);

    const [single, multiple, ordering, numeric, negative, tiny, matching, runTogether] = questions;
    expect(single).toEqual({
      id: 'csv-001',
      type: 'single',
      prompt: { en: ROWS[0]!.Prompt, ko: ROWS[0]!.prompt_ko },
      options: [
        {
          id: 'a',
          text: { en: ROWS[0]!.option_a, ko: ROWS[0]!.option_a_ko },
          rationale: { en: 'Change control decides.', ko: '변경 통제가 결정한다.' },
        },
        { id: 'b', text: { en: 'Let the team add it', ko: '추가하게 한다' }, rationale: { en: 'Gold plating.' } },
        { id: 'c', text: { en: 'Escalate to the sponsor', ko: '스폰서에게 에스컬레이션한다' } },
      ],
      answer: 'a',
      explanation: { en: 'Scope changes go through change control.', ko: '범위 변경은 변경 통제를 거친다.' },
      eco: { domain: 'process', task: 2 },
      approach: 'predictive',
      difficulty: 2,
      tags: ['scope', 'gold-plating', 'change'],
      references: [
        { en: 'ECO 2026 Process 2', ko: 'ECO 2026 프로세스 2' },
        { en: 'PMBOK Guide 7th ed.', ko: 'PMBOK 지침서 7판' },
      ],
    });
    expect(multiple).toMatchObject({ type: 'multiple', answer: ['a', 'c'], eco: { domain: 'business-environment', task: 1 }, difficulty: 1 });
    expect(multiple!.id).toBe(stableQuestionId(ROWS[1]!.Prompt!));
    expect(ordering).toMatchObject({ type: 'ordering', answer: ['c', 'a', 'b', 'd'], prompt: { en: MULTI_LINE_PROMPT, ko: ROWS[2]!.prompt_ko } });
    expect((ordering!.options as unknown[]).length).toBe(4);
    expect(numeric).toEqual({
      id: 'csv-004',
      type: 'numeric',
      prompt: { en: 'What is the EAC, in dollars?', ko: 'EAC는 얼마인가(달러)?' },
      answer: { value: 1234.5, tolerance: 0.5 },
      unit: { en: 'USD', ko: '달러' },
      explanation: { en: 'EAC = BAC / CPI.' },
    });
    expect(negative).toMatchObject({ type: 'numeric', answer: { value: -1200, tolerance: 0 }, approach: 'hybrid' });
    expect(tiny).toMatchObject({ answer: { value: 2.5e-7, tolerance: 1e-8 } });
    expect(matching).toMatchObject({
      type: 'matching',
      left: [
        { id: '1', text: { en: 'Supportive', ko: '지원형' } },
        { id: '2', text: { en: 'Controlling', ko: '통제형' } },
        { id: '3', text: { en: 'Directive', ko: '지시형' } },
      ],
      answer: { '1': 'b', '2': 'a', '3': 'c' },
    });
    expect((matching!.right as unknown[]).length).toBe(4);
    // Only the ends of a cell are trimmed; the spaces inside stay.
    expect(runTogether).toMatchObject({ type: 'multiple', answer: ['b', 'd'], prompt: { en: 'Which two are agile artifacts?   (Choose two.)' } });

    // The third row's two-line prompts (en and ko) push every later row down two lines.
    expect(questionLines).toEqual([2, 3, 4, 7, 8, 9, 10, 11]);
  });

  it('gives the same ids on every read, and the same id to the same prompt', () => {
    const first = bankOf(readCsv(text, OPTIONS)).questions.map((q) => q.id);
    const second = bankOf(readCsv(text, { ...OPTIONS, bankId: 'other', version: 'v2' })).questions.map((q) => q.id);
    expect(second).toEqual(first);
    const samePrompt = table(sheet(['prompt', 'option_a', 'option_b', 'answer'], [{ prompt: ROWS[1]!.Prompt!, option_a: 'x', option_b: 'y', answer: 'b' }]));
    expect(bankOf(readCsv(samePrompt, OPTIONS)).questions[0]!.id).toBe(first[1]);
  });

  it('reads the same bank from TSV with readTsv', () => {
    const tsv = table(sheet(COLUMNS, ROWS), '\t');
    expect(tsv).toContain('\t');
    const fromTsv = bankOf(readTsv(tsv, { ...OPTIONS, file: 'bank.tsv' }));
    const fromCsv = bankOf(readCsv(text, OPTIONS));
    expect(fromTsv.bank).toEqual(fromCsv.bank);
    expect(fromTsv.questionLines).toEqual(fromCsv.questionLines);
  });

  it('treats "prompt_en" as the unsuffixed column when the import language is en, and lists other languages sorted', () => {
    const file = csv('prompt_en,prompt_ko,prompt_de,option_a,option_b,answer', 'Q?,질문?,Frage?,x,y,A');
    const { bank, questions } = bankOf(readCsv(file, OPTIONS));
    expect(bank.languages).toEqual(['en', 'de', 'ko']);
    expect(questions[0]!.prompt).toEqual({ en: 'Q?', ko: '질문?', de: 'Frage?' });
    // A Korean import: the unsuffixed column is Korean.
    const ko = bankOf(readCsv(csv('prompt,prompt_en,option_a,option_b,answer', '질문?,Q?,x,y,B'), { ...OPTIONS, language: 'ko' }));
    expect(ko.bank.languages).toEqual(['ko', 'en']);
    expect(ko.questions[0]!.prompt).toEqual({ ko: '질문?', en: 'Q?' });
  });

  it('skips blank lines and empty rows, handles CRLF, and has no outline without domain tags', () => {
    const file = 'prompt,option_a,option_b,answer\r\n\r\nFirst?,x,y,A\r\n,,,\r\n  \r\nSecond?,x,y,b\r\n';
    const { bank, questionLines, questions } = bankOf(readCsv(file, OPTIONS));
    expect(bank.outline).toBeNull();
    expect(bank.languages).toEqual(['en']);
    expect(questionLines).toEqual([3, 6]);
    expect(questions.map((q) => q.answer)).toEqual(['a', 'b']);
  });

  it('takes the outline from the file when given, and defaults to eco-2026 when rows have domain tags', () => {
    const tagged = bankOf(readCsv(csv('prompt,option_a,option_b,answer,domain,task', 'Q?,x,y,A,people,3'), OPTIONS));
    expect(tagged.bank.outline).toBe('eco-2026');
    const old = bankOf(readCsv(csv('prompt,option_a,option_b,answer,domain,task,outline', 'Q?,x,y,A,people,3,ECO-2021', 'R?,x,y,B,people,4,'), OPTIONS));
    expect(old.bank.outline).toBe('eco-2021');
  });
});

describe('the example in docs/formats/csv.md', () => {
  it('is a valid bank', () => {
    const doc = readFileSync(join(process.cwd(), 'docs', 'formats', 'csv.md'), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const { bank, questions, questionLines } = bankOf(readCsv(example ?? '', OPTIONS));
    const checked = checkLooseBank(bank, 'example.csv', questionLineLocator(questionLines), loadOutlines());
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems, null, 2));
    expect(questions.map((q) => q.type)).toEqual(['single', 'multiple', 'ordering', 'numeric', 'matching']);
    expect(questions[3]).toMatchObject({ answer: { value: 0.75, tolerance: 0.005 }, prompt: { en: 'EV is $90,000 and AC is $120,000. What is the CPI?\nRound to two decimals.' } });
    expect(questionLines).toEqual([2, 3, 4, 5, 7]);
  });
});

describe('problems in a CSV bank, each with its line and column', () => {
  const read = (text: string) => problemsOf(readCsv(text, OPTIONS));

  it('reports a missing prompt column', () => {
    const problems = read(csv('query,option_a,option_b,answer', 'Q?,x,y,A'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('unknown column "query"') }),
        expect.objectContaining({ line: 1, message: expect.stringContaining('no "prompt" column') }),
      ]),
    );
  });

  it('reports an empty prompt cell', () => {
    const problems = read(csv('id,prompt,option_a,option_b,answer', 'q1,Q?,x,y,A', 'q2,   ,x,y,A'));
    expect(problems).toEqual([{ file: 'bank.csv', line: 3, column: 2, message: expect.stringContaining('column "prompt": the prompt is empty') }]);
  });

  it('reports an answer letter that names an empty option', () => {
    const problems = read(csv('prompt,option_a,option_b,option_c,option_d,answer', 'Q?,w,x,y,z,E'));
    expect(problems).toEqual([{ file: 'bank.csv', line: 2, column: 6, message: 'column "answer": "E" is not one of the options A–D' }]);
    const gap = read(csv('prompt,option_a,option_b,option_c,answer', 'Q?,w,,y,B'));
    expect(gap[0]).toMatchObject({ line: 2, column: 5, message: 'column "answer": "B" is not one of the options A, C' });
  });

  it('reports a missing answer', () => {
    expect(read(csv('prompt,option_a,option_b,answer', 'Q?,x,y,'))).toEqual([
      { file: 'bank.csv', line: 2, column: 4, message: expect.stringContaining('column "answer": the answer is missing') },
    ]);
    expect(read(csv('prompt,answer', 'How many?,'))[0]).toMatchObject({ line: 2, column: 2, message: expect.stringContaining('the answer is missing') });
    expect(read(csv('prompt,option_a,option_b', 'Q?,x,y'))[0]).toMatchObject({ line: 1, message: expect.stringContaining('no "answer" column') });
  });

  it('reports an answer whose grammar does not fit its type', () => {
    const problems = read(
      csv(
        'type,prompt,option_a,option_b,option_c,answer,left_1,left_2,right_a,right_b',
        'single,One?,x,y,z,"A,C",,,,',
        'single,Two?,x,y,z,A/C,,,,',
        'matching,Three?,,,,1b 2a,p,q,r,s',
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, column: 6, message: expect.stringContaining('a "single" answer is one letter such as "B"; found "A,C"') }),
      expect.objectContaining({ line: 3, column: 6, message: 'column "answer": "A/C" is not one option letter such as "B"' }),
      expect.objectContaining({ line: 4, column: 6, message: expect.stringContaining('"1b 2a" is not a list of pairs such as "1-b 2-a 3-c"') }),
    ]);
  });

  it('reports a "multiple" with fewer than 2 letters', () => {
    expect(read(csv('type,prompt,option_a,option_b,option_c,answer', 'multiple,Choose two.,x,y,z,B'))).toEqual([
      { file: 'bank.csv', line: 2, column: 6, message: expect.stringContaining('a "multiple" answer names at least 2 options') },
    ]);
  });

  it('reports an "ordering" answer that does not list every option exactly once', () => {
    const problems = read(csv('type,prompt,option_a,option_b,option_c,option_d,answer', 'ordering,Order?,w,x,y,z,"C,A,C,D"'));
    expect(problems).toEqual([
      { file: 'bank.csv', line: 2, column: 7, message: 'column "answer": an "ordering" answer lists every option exactly once (A–D); B missing; C listed more than once' },
    ]);
  });

  it('reports matching pairs that name unknown items, and left items left unmatched', () => {
    const problems = read(csv('type,prompt,left_1,left_2,right_a,right_b,answer', 'matching,Match.,p,q,r,s,1-a 3-b 2-e'));
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 7, 'column "answer": "3-b": 3 is not a left item (the row has left_1, left_2)'],
      [2, 7, 'column "answer": "2-e": e is not a right item (the row has right_a, right_b)'],
    ]);
    const tooFew = read(csv('type,prompt,left_1,left_2,right_a,answer', 'matching,Match.,p,q,r,1-a 2-a'));
    expect(tooFew).toEqual([{ file: 'bank.csv', line: 2, column: 5, message: 'column "right_a": a "matching" question needs at least 2 right items (right_a, right_b, …); this row has 1' }]);
    const unmatched = read(csv('prompt,left_1,left_2,right_a,right_b,answer', 'Match.,p,q,r,s,1-a'));
    expect(unmatched[0]).toMatchObject({ line: 2, column: 6, message: expect.stringContaining('no match given for left item 2') });
  });

  it('reports a numeric answer that is not a number, rejecting NaN and Infinity', () => {
    const problems = read(csv('type,prompt,answer,tolerance', 'numeric,A?,NaN,', 'numeric,B?,Infinity,', 'numeric,C?,12 days,', 'numeric,D?,"41,5",', 'numeric,E?,3,-1'));
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 3],
      [3, 3],
      [4, 3],
      [5, 3],
      [6, 4],
    ]);
    expect(problems[0]?.message).toContain('column "answer": "NaN" is not a number');
    expect(problems[4]?.message).toContain('column "tolerance": "-1" is not a tolerance');
    // Without a type and without options, a non-number answer fits no type.
    expect(read(csv('prompt,answer', 'Q?,B'))[0]).toMatchObject({ line: 2, column: 2, message: expect.stringContaining('"B" is not a number, and the row has no options') });
  });

  it('reports an unknown column by name, with a hint for near misses', () => {
    const problems = read(csv('prompt,option_a,option_b,option_m,answer,answer_ko,explaination', 'Q?,x,y,,A,,'));
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 4],
      [1, 6],
      [1, 7],
    ]);
    expect(problems[0]?.message).toContain('unknown column "option_m" (options and right items go from _a to _l');
    expect(problems[1]?.message).toContain('"answer" is the same in every language');
    expect(problems[2]?.message).toContain('unknown column "explaination" (a typo?');
  });

  it('reports a duplicate column, including a language given twice', () => {
    const problems = read(csv('prompt,option_a,Option_A,option_b,answer,prompt_en', 'Q?,x,x2,y,A,Q?'));
    expect(problems).toEqual([
      { file: 'bank.csv', line: 1, column: 3, message: 'duplicate column "Option_A": column 2 ("option_a") already holds it' },
      {
        file: 'bank.csv',
        line: 1,
        column: 6,
        message: 'duplicate column "prompt_en": column 1 ("prompt") already holds it (columns without a language code are in en, the import\'s text language)',
      },
    ]);
  });

  it('reports a CSV syntax error at the line csv-parse gives, with the problems of the rows before it', () => {
    const problems = read(csv('prompt,option_a,option_b,answer', 'Q?,x,y,Z', '"Never closed,x,y,A', 'More?,x,y,B'));
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, column: 4, message: expect.stringContaining('"Z" is not one of the options A, B') }),
      expect.objectContaining({ line: 4, column: 1, message: expect.stringContaining('a quoted cell is never closed: the quote (") opened in the row that starts on line 3') }),
    ]);
    expect(read(csv('prompt,option_a,option_b,answer', 'Q?,"x" y,z,A'))[0]).toMatchObject({ line: 2, column: 2, message: expect.stringContaining('text after the closing quote') });
    expect(read(csv('prompt,option_a,option_b,answer', 'A 5" screen?,x,y,A'))[0]).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('put the whole cell in quotes') });
  });

  it('reports cells the header has no column for: usually an unquoted comma', () => {
    const problems = read(csv('prompt,option_a,option_b,answer', 'Which, of these?,x,y,A', 'Fine?,x,y,A,,'));
    // The shifted row reports its width only: its other "problems" all follow from it.
    expect(problems).toEqual([
      { file: 'bank.csv', line: 2, column: 5, message: 'the row has 5 cells but the header has 4 columns; a cell containing a comma must be in quotes ("…")' },
    ]);
    const tsv = problemsOf(readTsv('prompt\toption_a\toption_b\tanswer\nWhich?\tx\ty\tA\tB\n', OPTIONS));
    expect(tsv[0]?.message).toContain('a cell containing a tab must be in quotes');
    // A header cell left empty is fine while the rows leave that column empty too.
    const nameless = read(csv('prompt,option_a,option_b,answer,', 'Fine?,x,y,A,', 'Stray?,x,y,A,oops'));
    expect(nameless).toEqual([{ file: 'bank.csv', line: 3, column: 5, message: 'column 5 has no name in the header row, but this row has "oops" in it' }]);
  });

  it('checks domain, task, outline, approach, difficulty and type', () => {
    const problems = read(
      csv(
        'type,prompt,option_a,option_b,answer,domain,task,outline,approach,difficulty',
        'essay,Q1?,x,y,A,,,,,',
        'single,Q2?,x,y,A,planning,0,eco-2030,waterfall,4',
        'single,Q3?,x,y,A,people,,eco-2021,,1.5',
        'single,Q4?,x,y,A,,2,eco-2026,,',
      ),
    );
    expect(problems.map((p) => [p.line, p.column, p.message.replace(/;.*$/, '')])).toEqual([
      [2, 1, 'column "type": "essay" is not a question type'],
      [3, 6, 'column "domain": "planning" is not a domain'],
      [3, 7, 'column "task": "0" is not a task number'],
      [3, 8, 'column "outline": "eco-2030" is not an outline'],
      [3, 9, 'column "approach": "waterfall" is not an approach'],
      [3, 10, 'column "difficulty": "4" is not a difficulty'],
      [4, 7, 'column "task": a domain needs a task number too (e.g. domain "process", task 6)'],
      [4, 10, 'column "difficulty": "1.5" is not a difficulty'],
      [5, 6, 'column "domain": a task number needs its domain too (people, process or business-environment)'],
      [5, 8, 'column "outline": "eco-2026" differs from "eco-2021" on line 4'],
    ]);
  });

  it('reports cells the question type has no use for, rationales without options, and repeated ids', () => {
    const problems = read(
      csv(
        'id,type,prompt,option_a,option_b,option_c,rationale_c,answer,tolerance,left_1',
        'q1,numeric,N?,x,,,,5,,',
        ',single,S?,x,y,,why,A,0.5,',
        'q1,,T?,x,y,,,B,,',
        ',,S?,x,y,,,A,,',
      ),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 4, 'column "option_a": only single, multiple and ordering questions use this column, and this question is "numeric"; leave it empty or change "type"'],
      [3, 7, 'column "rationale_c": there is no option C to explain (column option_c is empty)'],
      [3, 9, 'column "tolerance": only numeric questions use this column, and this question is "single"; leave it empty or change "type"'],
      [4, 1, 'column "id": id "q1" is already used on line 2; ids must be unique'],
      [5, 3, expect.stringContaining('column "prompt": the same prompt as on line 3')],
    ]);
  });

  it('reports a "multiple" that takes every option, an unusable id, and references that do not pair up across languages', () => {
    const problems = read(
      csv(
        'id,prompt,option_a,option_b,answer,references,references_ko',
        'q1,All?,x,y,"A,B",,',
        'my id,Q?,x,y,A,,',
        'q3,R?,x,y,A,One; Two,하나',
      ),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 5, 'column "answer": a "multiple" answer must leave at least one option out'],
      [3, 1, expect.stringContaining('column "id": "my id" is not a usable id')],
      [4, 7, 'column "references_ko": lists 1 reference but "references" lists 2; give every reference in each language, in the same order'],
    ]);
  });

  it('reports every problem of a file, in line order', () => {
    const problems = read(
      csv(
        'prompt,option_a,option_b,option_c,answer,colour',
        'Q1?,x,y,z,D,',
        ',x,y,z,A,',
        'Q3?,x,,,A,',
        'Q4?,x,y,z,,',
      ),
    );
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 6],
      [2, 5],
      [3, 1],
      [4, 2],
      [5, 5],
    ]);
  });

  it('lists every problem, not only the first 200', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Q${i}?,x,y,Z`);
    expect(read(csv('prompt,option_a,option_b,answer', ...rows))).toHaveLength(300);
  });

  it('reports an empty file and a file with only a header', () => {
    expect(read('')).toEqual([{ file: 'bank.csv', line: 1, message: expect.stringContaining('the file is empty') }]);
    expect(read('\n\n')).toHaveLength(1);
    expect(read(csv('prompt,option_a,option_b,answer'))).toEqual([{ file: 'bank.csv', line: 1, message: expect.stringContaining('no questions') }]);
  });

  it('leaves limits the schema knows to the schema, pointing at the question line', () => {
    const long = 'x'.repeat(20_001);
    const result = readCsv(csv('id,prompt,option_a,option_b,answer', `q1,Q?,x,y,A`, `q2,${long},x,y,A`), OPTIONS);
    const { bank, questionLines } = bankOf(result);
    const checked = checkLooseBank(bank, 'bank.csv', questionLineLocator(questionLines), loadOutlines());
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatchObject({ line: 3, path: expect.stringContaining('questions[1].prompt'), questionId: 'q2' });
  });
});

describe('header names from trainers\' files', () => {
  const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'formats');
  const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

  it('reads Question_Text, Option A…, Correct_Answer, Rationale and Category as our columns', () => {
    const { questions } = bankOf(readCsv(fixture('trainer-headers.csv'), OPTIONS));
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({
      type: 'single',
      prompt: { en: expect.stringContaining('outside the agreed scope') },
      options: [
        { id: 'a', text: { en: 'Add it to keep the stakeholder happy' } },
        { id: 'b', text: { en: 'Assess the request against the baseline and follow change control' } },
        { id: 'c' },
        { id: 'd' },
      ],
      answer: 'b',
      explanation: { en: 'Changes to scope go through the change control process.' },
      tags: ['Scope'],
    });
  });

  it('reads Stem, Choice1…, Key, Feedback and Topic from a TSV', () => {
    const { questions } = bankOf(readTsv(fixture('trainer-choices.tsv'), { ...OPTIONS, file: 'bank.tsv' }));
    expect(questions[1]).toMatchObject({
      prompt: { en: 'What does a CPI below 1.0 mean?' },
      options: [{ id: 'a', text: { en: 'Over budget' } }, { id: 'b' }, { id: 'c' }],
      answer: 'a',
      explanation: { en: 'CPI = EV / AC; below 1 means more was spent than earned.' },
      tags: ['evm'],
    });
  });

  it.each([
    ['Question', 'prompt'],
    ['question text', 'prompt'],
    ['QUESTION_TEXT', 'prompt'],
    ['Question  Text', 'prompt'],
    ['Prompt', 'prompt'],
    ['Stem', 'prompt'],
  ])('"%s" is the %s column', (name) => {
    const { questions } = bankOf(readCsv(csv(`${name},A,B,Answer`, 'Which?,x,y,b'), OPTIONS));
    expect(questions[0]).toMatchObject({ prompt: { en: 'Which?' }, options: [{ text: { en: 'x' } }, { text: { en: 'y' } }], answer: 'b' });
  });

  it.each(['Option A,Option B', 'option_a,option_b', 'OptionA,OptionB', 'Choice1,Choice2', 'choice 1,choice 2', 'A,B', 'Answer A,Answer B', 'answer_a,answer_b'])(
    '"%s" are options',
    (options) => {
      const { questions } = bankOf(readCsv(csv(`prompt,${options},correct answer`, 'Which?,x,y,A'), OPTIONS));
      expect(questions[0]).toMatchObject({ options: [{ id: 'a', text: { en: 'x' } }, { id: 'b', text: { en: 'y' } }], answer: 'a' });
    },
  );

  it.each(['Answer', 'Correct_Answer', 'Correct Answer', 'CorrectAnswer', 'Key'])('"%s" is the answer', (name) => {
    expect(bankOf(readCsv(csv(`prompt,a,b,${name}`, 'Which?,x,y,B'), OPTIONS)).questions[0]).toMatchObject({ answer: 'b' });
  });

  it.each(['Explanation', 'Rationale', 'Feedback'])('"%s" is the explanation', (name) => {
    expect(bankOf(readCsv(csv(`prompt,a,b,answer,${name}`, 'Which?,x,y,B,Because.'), OPTIONS)).questions[0]).toMatchObject({ explanation: { en: 'Because.' } });
  });

  it.each(['Category', 'Topic', 'Tags', 'tag'])('"%s" holds the tags', (name) => {
    expect(bankOf(readCsv(csv(`prompt,a,b,answer,${name}`, 'Which?,x,y,B,risk; scope'), OPTIONS)).questions[0]).toMatchObject({ tags: ['risk', 'scope'] });
  });

  it('aliases take a language code like the columns they stand for', () => {
    const { questions } = bankOf(readCsv(csv('Question,Question_ko,Option A,Option A_ko,Option B,answer', 'Which?,어느 것?,x,엑스,y,A'), OPTIONS));
    expect(questions[0]).toMatchObject({ prompt: { en: 'Which?', ko: '어느 것?' }, options: [{ text: { en: 'x', ko: '엑스' } }, { text: { en: 'y' } }] });
  });

  it('an ambiguous header, two columns for one field, is an error naming both', () => {
    const problems = problemsOf(readCsv(fixture('trainer-ambiguous.csv'), OPTIONS));
    expect(problems).toEqual([
      {
        file: 'bank.csv',
        line: 1,
        column: 2,
        message: 'ambiguous columns: column 1 ("Question") and column 2 ("Stem") both mean "prompt"; keep one of them or rename the other',
      },
    ]);
    const more = problemsOf(readCsv(csv('prompt,Choice1,Option A,option_b,Answer,Key,Category,Tags', 'Q?,x,x,y,A,A,r,r'), OPTIONS));
    expect(more.map((p) => p.message)).toEqual([
      'ambiguous columns: column 2 ("Choice1") and column 3 ("Option A") both mean "option_a"; keep one of them or rename the other',
      'ambiguous columns: column 5 ("Answer") and column 6 ("Key") both mean "answer"; keep one of them or rename the other',
      'ambiguous columns: column 7 ("Category") and column 8 ("Tags") both mean "tags"; keep one of them or rename the other',
    ]);
  });

  it('names that only look like aliases stay unknown', () => {
    const problems = problemsOf(readCsv(csv('prompt,a,b,answer,Optional,Question Number', 'Q?,x,y,A,,'), OPTIONS));
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('unknown column "Optional"'), expect.stringContaining('unknown column "Question Number"')]);
  });
});
