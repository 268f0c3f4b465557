import { describe, expect, it } from '@jest/globals';
import { loadOutlines } from '../../../src/app/outlines.js';
import type { Question } from '../../../src/domain/question.js';
import { checkLooseBank, questionLineLocator } from '../../../src/import/json-bank.js';
import { readGift } from '../../../src/import/readers/gift.js';
import { stableQuestionId } from '../../../src/import/readers/stable-id.js';
import type { ReaderOptions } from '../../../src/import/readers/types.js';

const FILE = 'practice.gift';
const OPTIONS: ReaderOptions = { file: FILE, bankId: 'practice', title: 'Practice set', version: 'sha256:0123456789ab', language: 'en' };

const read = (text: string, options: Partial<ReaderOptions> = {}) => readGift(text, { ...OPTIONS, ...options });

/** Lines joined with Windows line endings, as a file saved on Windows has them. */
const crlf = (lines: readonly string[]) => lines.join('\r\n') + '\r\n';

/** The 1-based line of the first line that starts with `prefix`. */
const lineOf = (lines: readonly string[], prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1;

/** Reads a file that must be valid and puts it through the same checks as the app does. */
function readAndCheck(text: string, options: Partial<ReaderOptions> = {}) {
  const result = read(text, options);
  if (!result.ok) throw new Error(`expected a valid GIFT file: ${JSON.stringify(result.problems, null, 2)}`);
  const checked = checkLooseBank(result.bank, FILE, questionLineLocator(result.questionLines), loadOutlines());
  if (!checked.ok) throw new Error(`the bank the reader made is invalid: ${JSON.stringify(checked.problems, null, 2)}`);
  return { result, bank: checked.bank };
}

/** Problems of a file that must be invalid. */
function problemsOf(text: string) {
  const result = read(text);
  if (result.ok) throw new Error('expected problems, the file was read');
  // The English wording and the place; each problem's code and parameters are checked in reader-texts.test.ts.
  return result.problems.map(({ code: _code, params: _params, ...rest }) => rest);
}

const COMPLETE = [
  '// PMP practice set: every GIFT question type pmp-study reads.',
  '// A comment-only block is not a question.',
  '',
  '$CATEGORY: $course$/top/Scope Management/Change Control',
  '',
  '// question: 1  name: scope-001',
  '::scope-001:: A team member proposes a feature the customer did not ask for.',
  'What should the project manager do first?',
  '{',
  '  =Check it against the agreed scope and raise a change request#Scope changes go through change control.',
  '  ~Let the team add it#Gold plating adds cost and risk without approval.',
  '  ~Escalate to the sponsor',
  '  ####Unrequested features are gold plating; any scope change is assessed through change control.',
  '}',
  '',
  '::evm-formula:: Ratio check\\: which formula gives the cost performance index \\{CPI\\}?',
  '{',
  '  =CPI \\= EV / AC#Right\\: earned value over actual cost.',
  '  ~CPI \\= AC / EV#Inverted \\~ the ratio is upside down.',
  '  ~CPI \\= EV \\# PV',
  '}',
  '',
  '// Weights with two right options: a multiple-answer question.',
  '::pmo-002:: Which two does a supportive PMO typically provide? (Choose two.) {',
  '  ~%50%Templates#Supportive PMOs supply templates.',
  '  ~%50%Lessons learned from past projects',
  '  ~%-100%Direct management of every project#That is a directive PMO.',
  '  ~%-100%Mandatory compliance audits',
  '  ####A supportive PMO consults and supplies; control belongs to controlling and directive PMOs.',
  '}',
  '',
  '// Weights that pick one option: a single-answer question.',
  '::risk-003:: Which response to a threat shifts its impact to a third party? {',
  '  ~%100%Transfer',
  '  ~%0%Accept',
  '  ~Mitigate',
  '}',
  '',
  '$CATEGORY: Agile',
  '',
  '// [tag:Scrum Roles]',
  '::agile-004:: In Scrum, the product owner orders the product backlog.{TRUE#No\\: ordering the backlog is the product owner\'s accountability.#Yes, the product owner orders it.####See the Scrum Guide.}',
  '',
  '::A title with spaces:: A burndown chart shows work completed so far. {F#It shows the work remaining.#Right, it shows the work remaining.}',
  '',
  '::pmo-types:: Match each PMO type with its degree of control.',
  '{',
  '  =Supportive -> Low',
  '  =Controlling -> Moderate',
  '  =Directive -> High\\: it manages the projects',
  '  =Consultative -> Low',
  '  = -> None at all',
  '  ####Control rises from supportive to controlling to directive.',
  '}',
  '',
  '::evm-cpi:: EV is 90,000 and AC is 120,000. What is the CPI? Round to two decimals. {#0.75:0.005}',
  '',
  '::estimate-range:: Give any whole-day estimate between 19.5 and 20.5 days. {#19.5..20.5}',
  '',
  '::channels:: A team grows to 6 members. How many communication channels are there? {#',
  '  =%50%14:1#Close, but count again.',
  '  =15#n(n − 1) / 2 \\= 6 × 5 / 2 \\= 15.',
  '  ~#Use n(n − 1) / 2.',
  '}',
  '',
  '[html]<p>Which document <b>formally authorizes</b> the project?</p>{',
  '  =[html]<i>Project charter</i>',
  '  ~Scope statement',
  '  ~WBS',
  '}',
];

function byId(questions: readonly Question[], id: string): Question {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}; have ${questions.map((x) => x.id).join(', ')}`);
  return q;
}

describe('reading a GIFT file', () => {
  it('maps every supported question type into a bank that passes the schema and reference checks', () => {
    const { result, bank } = readAndCheck(crlf(COMPLETE));
    expect(bank).toMatchObject({ id: 'practice', version: 'sha256:0123456789ab', outline: null, languages: ['en'], title: { en: 'Practice set' } });
    expect(bank.questions).toHaveLength(11);

    // A single-answer question: options a, b, c in file order, feedback as rationales, general feedback as explanation.
    const scope = byId(bank.questions, 'scope-001');
    expect(scope).toMatchObject({
      type: 'single',
      prompt: { en: 'A team member proposes a feature the customer did not ask for. What should the project manager do first?' },
      answer: 'a',
      explanation: { en: 'Unrequested features are gold plating; any scope change is assessed through change control.' },
      tags: ['scope-management', 'change-control'],
    });
    if (scope.type !== 'single') return;
    expect(scope.options.map((o) => [o.id, o.text.en, o.rationale?.en])).toEqual([
      ['a', 'Check it against the agreed scope and raise a change request', 'Scope changes go through change control.'],
      ['b', 'Let the team add it', 'Gold plating adds cost and risk without approval.'],
      ['c', 'Escalate to the sponsor', undefined],
    ]);

    // GIFT's escapes are undone, everywhere.
    const formula = byId(bank.questions, 'evm-formula');
    expect(formula.prompt.en).toBe('Ratio check: which formula gives the cost performance index {CPI}?');
    if (formula.type !== 'single') return;
    expect(formula.options.map((o) => o.text.en)).toEqual(['CPI = EV / AC', 'CPI = AC / EV', 'CPI = EV # PV']);
    expect(formula.options.map((o) => o.rationale?.en)).toEqual(['Right: earned value over actual cost.', 'Inverted ~ the ratio is upside down.', undefined]);

    // Positive weights on two options: a multiple-answer key, no partial credit.
    expect(byId(bank.questions, 'pmo-002')).toMatchObject({ type: 'multiple', answer: ['a', 'b'], tags: ['scope-management', 'change-control'] });
    // Positive weight on one option: a single-answer key.
    expect(byId(bank.questions, 'risk-003')).toMatchObject({ type: 'single', answer: 'a' });

    // True/false: the first feedback is for the wrong answer, the second for the right one (as in Moodle).
    const tf = byId(bank.questions, 'agile-004');
    expect(tf).toMatchObject({ type: 'single', answer: 'true', explanation: { en: 'See the Scrum Guide.' }, tags: ['agile', 'scrum-roles'] });
    if (tf.type !== 'single') return;
    expect(tf.options.map((o) => [o.id, o.text.en, o.rationale?.en])).toEqual([
      ['true', 'True', 'Yes, the product owner orders it.'],
      ['false', 'False', "No: ordering the backlog is the product owner's accountability."],
    ]);

    // A title that cannot be an id: the id comes from the prompt.
    const burndownPrompt = 'A burndown chart shows work completed so far.';
    const burndown = byId(bank.questions, stableQuestionId(burndownPrompt));
    expect(burndown).toMatchObject({ type: 'single', answer: 'false', prompt: { en: burndownPrompt } });
    if (burndown.type === 'single') expect(burndown.options.find((o) => o.id === 'false')?.rationale?.en).toBe('Right, it shows the work remaining.');

    // Matching: equal matches are one candidate, a pair without an item is a spare candidate.
    expect(byId(bank.questions, 'pmo-types')).toMatchObject({
      type: 'matching',
      left: [
        { id: '1', text: { en: 'Supportive' } },
        { id: '2', text: { en: 'Controlling' } },
        { id: '3', text: { en: 'Directive' } },
        { id: '4', text: { en: 'Consultative' } },
      ],
      right: [
        { id: 'a', text: { en: 'Low' } },
        { id: 'b', text: { en: 'Moderate' } },
        { id: 'c', text: { en: 'High: it manages the projects' } },
        { id: 'd', text: { en: 'None at all' } },
      ],
      answer: { '1': 'a', '2': 'b', '3': 'c', '4': 'a' },
      explanation: { en: 'Control rises from supportive to controlling to directive.' },
    });

    // Numerical: value and tolerance, a range as its middle ± half its width, the first full-credit answer of several.
    expect(byId(bank.questions, 'evm-cpi')).toMatchObject({ type: 'numeric', answer: { value: 0.75, tolerance: 0.005 } });
    expect(byId(bank.questions, 'estimate-range')).toMatchObject({ type: 'numeric', answer: { value: 20, tolerance: 0.5 } });
    expect(byId(bank.questions, 'channels')).toMatchObject({ type: 'numeric', answer: { value: 15, tolerance: 0 }, explanation: { en: 'n(n − 1) / 2 = 6 × 5 / 2 = 15.' } });

    // [html] is dropped, the HTML itself is kept as text.
    const htmlPrompt = '<p>Which document <b>formally authorizes</b> the project?</p>';
    const charter = byId(bank.questions, stableQuestionId(htmlPrompt));
    expect(charter).toMatchObject({ type: 'single', answer: 'a', prompt: { en: htmlPrompt }, tags: ['agile'] });
    if (charter.type === 'single') expect(charter.options[0]?.text.en).toBe('<i>Project charter</i>');

    // Each question's line: its title or first text line, after comments.
    expect(result.questionLines).toEqual([
      lineOf(COMPLETE, '::scope-001::'),
      lineOf(COMPLETE, '::evm-formula::'),
      lineOf(COMPLETE, '::pmo-002::'),
      lineOf(COMPLETE, '::risk-003::'),
      lineOf(COMPLETE, '::agile-004::'),
      lineOf(COMPLETE, '::A title with spaces::'),
      lineOf(COMPLETE, '::pmo-types::'),
      lineOf(COMPLETE, '::evm-cpi::'),
      lineOf(COMPLETE, '::estimate-range::'),
      lineOf(COMPLETE, '::channels::'),
      lineOf(COMPLETE, '[html]'),
    ]);
  });

  it('gives the same ids on every read, and reads LF files like CRLF ones', () => {
    const first = read(crlf(COMPLETE));
    const again = read(crlf(COMPLETE));
    const lf = read(COMPLETE.join('\n'));
    expect(first.ok && again.ok && lf.ok).toBe(true);
    if (!first.ok || !again.ok || !lf.ok) return;
    const ids = (bank: unknown) => (bank as { questions: { id: string }[] }).questions.map((q) => q.id);
    expect(ids(again.bank)).toEqual(ids(first.bank));
    expect(lf.bank).toEqual(first.bank);
    expect(lf.questionLines).toEqual(first.questionLines);
  });

  it('names true and false in Korean for a Korean import', () => {
    const { bank } = readAndCheck('::k1:: 프로젝트 헌장은 프로젝트를 공식적으로 승인한다. {T}\n', { language: 'ko' });
    const q = byId(bank.questions, 'k1');
    expect(bank.languages).toEqual(['ko']);
    if (q.type === 'single') expect(q.options.map((o) => o.text.ko)).toEqual(['참', '거짓']);
  });

  it('reads a colon in question text as Moodle does (text is everything before the first "{")', () => {
    const lines = ['::ok-1:: A valid question {T}', '', '::colon-1:: Which one is right: the charter or the plan? {=charter ~plan}'];
    const { bank } = readAndCheck(crlf(lines));
    expect(byId(bank.questions, 'colon-1').prompt.en).toBe('Which one is right: the charter or the plan?');
  });

  it('reports a syntax error with its line and column as written, even in a question whose text holds a bare "="', () => {
    const lines = ['::ok-1:: A valid question {T}', '', '::bad-1:: If CPI = 0.9, which one? {=over budget ~%abc%under budget}'];
    const problems = problemsOf(crlf(lines));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 3, column: (lines[2] as string).indexOf('abc') + 1 });
    expect(problems[0]?.message).toBe('unexpected "abc"; expected a weight between -100 and 100, such as ~%50%');
  });

  it('reports an essay and a short-answer question, each at its own line, naming it and the supported types', () => {
    const lines = [
      '::ok-1:: A valid question {T}',
      '',
      '// an essay',
      '::reflect:: Describe how you would handle a stakeholder who resists the change.',
      '{}',
      '',
      'Which process produces the project charter? {=Develop Project Charter =Develop charter}',
    ];
    const problems = problemsOf(lines.join('\n'));
    expect(problems).toEqual([
      {
        file: FILE,
        line: 4,
        questionId: 'reflect',
        message: expect.stringMatching(/^question "reflect" is an essay question .*not support.*Supported are multiple choice .*true\/false .*matching .*numerical/),
      },
      {
        file: FILE,
        line: 7,
        message: expect.stringMatching(/^question "Which process produces the project charter\?" is a short-answer question .*add wrong options marked "~"/),
      },
    ]);
  });

  it('does not use a title two questions share as an id: both get ids from their text', () => {
    const text = '::dup:: Who approves the project charter? {=The sponsor ~The team}\n\n::dup:: Who orders the product backlog? {=The product owner ~The team}\n';
    const { bank } = readAndCheck(text);
    expect(bank.questions.map((q) => q.id)).toEqual([stableQuestionId('Who approves the project charter?'), stableQuestionId('Who orders the product backlog?')]);
  });

  it('reports a weighted question whose weights select no option', () => {
    const lines = ['::ok-1:: A valid question {T}', '', '::none:: Which two are outputs of scope validation? {', '  ~%0%Accepted deliverables', '  ~%-50%Change requests', '  ~%-50%Risk register', '}'];
    expect(problemsOf(lines.join('\n'))).toEqual([{ file: FILE, line: 3, questionId: 'none', message: expect.stringContaining('has weights that select no option') }]);
  });

  it('reports every problem of a file at once, in line order', () => {
    const lines = [
      /* 1 */ '::q1:: Which one is right: A or B? {=A ~B}',
      /* 2 */ '',
      /* 3 */ '::q2:: Explain earned value. {}',
      /* 4 */ '',
      /* 5 */ 'This block is a description without answers.',
      /* 6 */ '',
      /* 7 */ '::q4:: The sponsor {=signs ~ignores} the charter.',
      /* 8 */ '',
      /* 9 */ '::q5:: Two answers marked right {=A =B ~C}',
      /* 10 */ '',
      /* 11 */ '::q6:: No right answer {~A ~B}',
      /* 12 */ '',
      /* 13 */ '::q7:: A question with a blank line inside its answers {',
      /* 14 */ '=right',
      /* 15 */ '',
      /* 16 */ '~wrong',
      /* 17 */ '}',
      /* 18 */ '',
      /* 19 */ '::q8:: An open brace never closed {=A ~B',
      /* 20 */ '',
      /* 21 */ '::q9:: Fine {T}',
      /* 22 */ '',
      /* 23 */ '::q10:: Weight out of range {~%150%A ~B}',
    ];
    const problems = problemsOf(crlf(lines));
    const columnOf = (line: number, text: string) => (lines[line - 1] as string).indexOf(text) + 1;
    // Line 1 is no problem: Moodle reads a ":" in question text as text, and so do we.
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, undefined],
      [5, undefined],
      [7, undefined],
      [9, undefined],
      [11, undefined],
      [15, 1],
      [19, (lines[18] as string).length + 1],
      [23, columnOf(23, '150')],
    ]);
    const messages = problems.map((p) => p.message);
    expect(messages[0]).toContain('essay');
    expect(messages[1]).toMatch(/^question "This block is a description without answers\." is a description/);
    expect(messages[2]).toContain('missing-word');
    expect(messages[3]).toContain('has 2 options marked right with "="');
    expect(messages[4]).toContain('has no option marked right');
    expect(messages[5]).toContain('a blank line inside the answers');
    expect(messages[6]).toBe('the question ends here; expected "}" to close the answers');
    expect(messages[7]).toBe('unexpected "150"; expected a weight between -100 and 100, such as ~%50%');
    for (const p of problems) expect(p.file).toBe(FILE);
  });

  it('drops comment lines inside a question, as Moodle does, and needs no blank line after $CATEGORY', () => {
    const { bank, result } = readAndCheck(['$CATEGORY: Risk', '::r1:: Which response removes a threat entirely?', '// the key comes first', '{=Avoid ~Accept', '// a note between options', '~Mitigate}'].join('\n'));
    expect(bank.questions[0]).toMatchObject({ id: 'r1', type: 'single', prompt: { en: 'Which response removes a threat entirely?' }, answer: 'a', tags: ['risk'] });
    expect(result.questionLines).toEqual([2]);
  });

  it('says when a file holds no questions', () => {
    expect(problemsOf('// only a comment\n\n')).toEqual([{ file: FILE, line: 1, message: expect.stringContaining('no GIFT questions') }]);
  });
});
