/**
 * The Moodle XML reader on a course export written the way Moodle writes it (every question type,
 * the ones we cannot study included, categories, HTML with entities, CDATA, an image), and on the
 * mistakes a hand-edited export has.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOutlines } from '../../../src/app/outlines.js';
import type { Question } from '../../../src/domain/question.js';
import { checkLooseBank, questionLineLocator } from '../../../src/import/json-bank.js';
import { readMoodleXml } from '../../../src/import/readers/moodle-xml.js';
import type { ReaderOptions } from '../../../src/import/readers/types.js';
import { parseXmlTree } from '../../../src/import/readers/xml-tree.js';

const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'formats', 'moodle-course-export.xml');
const OPTIONS: ReaderOptions = { file: 'quiz.xml', bankId: 'quiz', title: 'quiz.xml', version: 'sha256:0123456789ab', language: 'en' };
const read = (text: string, options: Partial<ReaderOptions> = {}) => readMoodleXml(text, { ...OPTIONS, ...options });

function readAndCheck(text: string) {
  const result = read(text);
  if (!result.ok) throw new Error(`expected a readable export: ${JSON.stringify(result.problems, null, 2)}`);
  const checked = checkLooseBank(result.bank, OPTIONS.file, questionLineLocator(result.questionLines), loadOutlines());
  if (!checked.ok) throw new Error(`the bank the reader made is invalid: ${JSON.stringify(checked.problems, null, 2)}`);
  return { result, bank: checked.bank, warnings: result.warnings ?? [] };
}

function problemsOf(text: string) {
  const result = read(text);
  if (result.ok) throw new Error('expected problems, the file was read');
  return result.problems;
}

const quiz = (...questions: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
const multichoice = (name: string, answers: string, extra = '') =>
  `  <question type="multichoice">\n    <name><text>${name}</text></name>\n    <questiontext format="html"><text>Which one is ${name}?</text></questiontext>\n${extra}${answers}\n  </question>`;

const text = readFileSync(FIXTURE, 'utf8');
const lines = text.split('\n');
/** The 1-based line of the <question> whose name is `name`. */
const lineOfQuestion = (name: string) => {
  const nameLine = lines.findIndex((l) => l.includes(`<text>${name}</text>`));
  for (let i = nameLine; i >= 0; i--) if (lines[i]?.includes('<question type=')) return i + 1;
  throw new Error(`no question ${name}`);
};
const byPrompt = (questions: readonly Question[], start: string): Question => {
  const q = questions.find((x) => (x.prompt.en ?? '').startsWith(start));
  if (!q) throw new Error(`no question starting "${start}"`);
  return q;
};

describe('a Moodle course export', () => {
  const { bank, result, warnings } = readAndCheck(text);

  it('reads every question of a type that can be studied, at its line, and nothing else', () => {
    expect(bank.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'single', 'numeric', 'numeric', 'matching', 'single', 'single']);
    if (!result.ok) throw new Error('unreachable');
    expect(result.questionLines[0]).toBe(lineOfQuestion('SH-01 Resistant stakeholder'));
    expect(result.questionLines[7]).toBe(lineOfQuestion('CO-05 S-curve'));
  });

  it('turns HTML into plain text: entities decoded, paragraphs on their own lines, CDATA and escaped HTML alike', () => {
    const q = byPrompt(bank.questions, 'A key stakeholder');
    expect(q.prompt.en).toBe('A key stakeholder is resistant to the project & its goals.\nWhat should the project manager do first?');
    if (q.type !== 'single') throw new Error('single expected');
    expect(q.options.map((o) => o.text.en)).toContain('Update the risk register & move on');
    expect(byPrompt(bank.questions, 'Which attributes').prompt.en).toBe('Which attributes does the salience model use to classify stakeholders? (Choose three.)');
    expect(bank.questions.every((q) => !/[<>]|&[a-z]+;/.test(q.prompt.en ?? ''))).toBe(true);
  });

  it('keeps general feedback as the explanation and each answer\'s feedback as its rationale', () => {
    const q = byPrompt(bank.questions, 'A key stakeholder');
    if (q.type !== 'single') throw new Error('single expected');
    expect(q.answer).toBe('a');
    expect(q.explanation?.en).toMatch(/^Understand the stakeholder's concerns/);
    expect(q.options[0]?.rationale?.en).toBe('Right: listen first, then plan the engagement.');
    expect(q.options[2]?.rationale).toBeUndefined();
  });

  it('reads categories as tags of the questions after them, Moodle tags as tags, and people-4 as the outline task', () => {
    const first = byPrompt(bank.questions, 'A key stakeholder');
    expect(first.tags).toEqual(['pmp-prep', 'stakeholders', 'engagement']);
    expect(first.eco).toEqual({ domain: 'people', task: 4 });
    expect(byPrompt(bank.questions, 'Which attributes').eco).toEqual({ domain: 'people', task: 4 });
    expect(byPrompt(bank.questions, 'Match each term').eco).toEqual({ domain: 'business-environment', task: 5 });
    expect(byPrompt(bank.questions, 'EV = 45,000').tags).toEqual(['pmp-prep', 'cost']);
    expect(bank.outline).toBe('eco-2026');
  });

  it('makes single="false" a multiple-answer question keyed by the positive grades, and says partial credit is gone', () => {
    const q = byPrompt(bank.questions, 'Which attributes');
    if (q.type !== 'multiple') throw new Error('multiple expected');
    expect(q.answer).toEqual(['a', 'b', 'c']);
    expect(warnings.some((w) => w.line === lineOfQuestion('SH-02 Salience model') && /partial credit/.test(w.message))).toBe(true);
  });

  it('reads true/false with feedback, numerical with tolerance and unit, matching with an extra wrong match', () => {
    const tf = byPrompt(bank.questions, 'The stakeholder register');
    if (tf.type !== 'single') throw new Error('single expected');
    expect(tf.options.map((o) => [o.id, o.text.en, o.fixed])).toEqual([['true', 'True', true], ['false', 'False', true]]);
    expect(tf.answer).toBe('true');
    expect(tf.options[1]?.rationale?.en).toBe('It is created early, while initiating.');
    const cpi = byPrompt(bank.questions, 'EV = 45,000');
    expect(cpi.type === 'numeric' && cpi.answer).toEqual({ value: 0.9, tolerance: 0.01 });
    expect(cpi.explanation?.en).toBe('CPI = EV / AC = 45,000 / 50,000 = 0.9');
    const pert = byPrompt(bank.questions, 'Optimistic 4');
    expect(pert.type === 'numeric' && pert.unit?.en).toBe('days');
    const match = byPrompt(bank.questions, 'Match each term');
    if (match.type !== 'matching') throw new Error('matching expected');
    expect(match.left.map((l) => l.text.en)).toEqual(['Contingency reserve', 'Management reserve']);
    expect(match.right.map((r) => r.text.en)).toEqual(['Identified risks', 'Unknown unknowns', 'Approved change requests']);
    expect(match.answer).toEqual({ 1: 'a', 2: 'b' });
  });

  it('keeps every option in place when the author turned shuffling off', () => {
    const q = byPrompt(bank.questions, 'Which of these describe');
    expect('options' in q && q.options.map((o) => o.fixed)).toEqual([true, true, true]);
  });

  it('lists each question it skips with its line and what it is, and the image it cannot show', () => {
    const skipped = warnings.filter((w) => w.message.endsWith('skipped'));
    expect(skipped.map((w) => w.line)).toEqual(['CO-06 Acronym', 'CO-07 Explain', 'CO-08 Cloze', 'Intro to the cost section', 'CO-09 Drag'].map(lineOfQuestion));
    expect(skipped.map((w) => /is (an? [a-z-]+( \(cloze\))?)/.exec(w.message)?.[1])).toEqual(['a short-answer', 'an essay', 'an embedded-answers (cloze)', 'a description', 'a drag-and-drop-into-text']);
    const image = warnings.find((w) => /image/.test(w.message));
    expect(image?.line).toBe(lineOfQuestion('CO-05 S-curve'));
    expect(byPrompt(bank.questions, 'Look at the S-curve').prompt.en).toBe('Look at the S-curve below.\n\nWhich line is furthest ahead at the status date?');
  });
});

describe('names, ids and mistakes', () => {
  const two = '<answer fraction="100"><text>Yes</text></answer><answer fraction="0"><text>No</text></answer>';

  it('uses a name as the id when it could be one and is unique in the file; otherwise the id comes from the text', () => {
    const { bank } = readAndCheck(quiz(multichoice('EVM-01', two), multichoice('Same name', two), multichoice('Same name', two.replace('Yes', 'Maybe')).replace('Which one is Same name?', 'Another one?')));
    expect(bank.questions[0]?.id).toBe('EVM-01');
    expect(bank.questions[1]?.id).toMatch(/^q-[0-9a-f]{12}$/);
    expect(bank.questions[2]?.id).toMatch(/^q-[0-9a-f]{12}$/);
  });

  it('reports malformed XML at the line and column where it breaks', () => {
    const broken = quiz(multichoice('Q1', two)).replace('<text>No</text>', '<text>No</txt>');
    const [problem, ...rest] = problemsOf(broken);
    expect(rest).toEqual([]);
    const line = broken.split('\n').findIndex((l) => l.includes('</txt>')) + 1;
    expect(problem).toMatchObject({ file: 'quiz.xml', line });
    expect(problem?.column).toBeGreaterThan(1);
    expect(problem?.message).toMatch(/^not well-formed XML: /);
  });

  it('says when the XML is not a Moodle export', () => {
    expect(problemsOf('<?xml version="1.0"?>\n<rss><channel/></rss>')[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/root element is <rss>, not <quiz>/) });
  });

  it('refuses a file in which nothing can be studied, naming the types it holds', () => {
    const essays = quiz('  <question type="essay"><name><text>E1</text></name><questiontext><text>Discuss.</text></questiontext></question>');
    expect(problemsOf(essays)[0]?.message).toMatch(/no question pmp-study can study; every question in it is of a type that cannot be studied here \(essay\)/);
  });

  it('refuses a single-answer question with two answers at full grade, at its line, and reads the rest', () => {
    const file = quiz(multichoice('Good', two), multichoice('Two keys', two.replace('fraction="0"', 'fraction="100"')));
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: file.split('\n').findIndex((l) => l.includes('Two keys')), message: expect.stringMatching(/2 answers at 100%/) });
  });

  it('warns that a partial-credit answer of a single-answer question counts as wrong', () => {
    const { warnings } = readAndCheck(quiz(multichoice('Half', '<answer fraction="100"><text>A</text></answer><answer fraction="50"><text>B</text></answer><answer fraction="0"><text>C</text></answer>')));
    expect(warnings[0]?.message).toMatch(/option 2 get partial credit in Moodle and count as wrong here/);
  });

  it('keeps positions in a file with Windows line endings', () => {
    const crlf = quiz(multichoice('Q1', two), '  <question type="essay"><name><text>E</text></name></question>').replace(/\n/g, '\r\n');
    const { warnings } = readAndCheck(crlf);
    expect(warnings[0]?.line).toBe(crlf.split('\r\n').findIndex((l) => l.includes('type="essay"')) + 1);
  });

  it('expands no entity a DOCTYPE declares and fetches nothing it names (no billion laughs, no external entities)', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n<quiz><question type="truefalse"><name><text>&b;</text></name></question></quiz>';
    expect(problemsOf(laughs)[0]).toMatchObject({ line: 3, message: 'not well-formed XML: undefined entity' });
    const external = quiz(multichoice('Q1', '<answer fraction="100"><text>Yes</text></answer><answer fraction="0"><text>No</text></answer>')).replace('<quiz>', '<!DOCTYPE quiz SYSTEM "file:///etc/passwd">\n<quiz>');
    expect(readAndCheck(external).bank.questions).toHaveLength(1);
  });

  it('gives the XML tree element lines and columns, and refuses deeply nested XML', () => {
    const tree = parseXmlTree('<a>\n  <b x="1">t<![CDATA[<p>]]></b>\n</a>');
    expect(tree.ok && tree.root.children[0]).toMatchObject({ name: 'b', line: 2, column: 3, text: 't<p>', attributes: { x: '1' } });
    const deep = parseXmlTree('<a>'.repeat(100) + '</a>'.repeat(100));
    expect(deep.ok ? '' : deep.message).toMatch(/nested more than 64 levels/);
  });
});
