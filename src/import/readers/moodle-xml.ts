/**
 * Reads Moodle XML — Moodle's default question export (docs/formats/moodle-xml.md):
 *
 *     <quiz>
 *       <question type="category"><category><text>$course$/top/PMP/Scope</text></category></question>
 *       <question type="multichoice">
 *         <name><text>Q1</text></name>
 *         <questiontext format="html"><text><![CDATA[<p>Which …?</p>]]></text></questiontext>
 *         <generalfeedback format="html"><text>Because …</text></generalfeedback>
 *         <single>true</single>
 *         <answer fraction="100"><text>Right</text><feedback><text>Yes: …</text></feedback></answer>
 *         <answer fraction="0"><text>Wrong</text></answer>
 *       </question>
 *     </quiz>
 *
 * Categories become tags of the questions after them, general feedback the explanation, each
 * answer's feedback that option's rationale, HTML plain text. Types that cannot be studied here
 * (essay, short answer, cloze, drag and drop …) are skipped with a warning naming their line;
 * the caller refuses them instead under --strict. Malformed XML is one problem at its line and column.
 */
import { MAX_PROBLEMS, type InputProblem } from '../../errors.js';
import { tagOf, tagsFromCategory } from './gift.js';
import type { LooseQuestion } from './gift-questions.js';
import { READER_LIST_SEPARATOR } from '../../i18n/readers.en.js';
import { convertQuestion, readText, SUPPORTED_TYPES, type Texts } from './moodle-questions.js';
import { say, type ReaderParams, type ReaderText } from './reader-text.js';
import { stableQuestionId } from './stable-id.js';
import type { BankReader } from './types.js';
import { child, childrenNamed, parseXmlTree, textOf, type XmlElement } from './xml-tree.js';

/** Same rule as the schema's ids: a name that passes becomes the question's id. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const MAX_ID_CHARS = 128;

export const readMoodleXml: BankReader = (text, options) => {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const at = (list: InputProblem[], element: { line: number; column: number }, said: ReaderText, questionId?: string) => {
    if (list.length < MAX_PROBLEMS) list.push({ file: options.file, line: element.line, column: element.column, ...(questionId !== undefined ? { questionId } : {}), ...said });
  };

  const tree = parseXmlTree(text);
  if (!tree.ok) {
    const said = tree.reason !== undefined ? say(tree.reason === 'ampersand' ? 'xml.bare-ampersand' : 'xml.no-element') : say('xml.malformed', { detail: tree.message });
    return { ok: false, problems: [{ file: options.file, line: tree.line, column: tree.column, ...said }] };
  }
  if (tree.root.name !== 'quiz') {
    return { ok: false, problems: [{ file: options.file, line: tree.root.line, column: tree.root.column, ...say('moodle.not-quiz', { root: tree.root.name }) }] };
  }

  const elements = childrenNamed(tree.root, 'question');
  const nameCounts = countNames(elements);
  const questions: LooseQuestion[] = [];
  const questionLines: number[] = [];
  const skipped = new Map<string, number[]>();
  const partialCreditLines: number[] = [];
  let categoryTags: string[] = [];

  for (const q of elements) {
    const type = (q.attributes.type ?? '').trim();
    if (type === 'category') {
      categoryTags = tagsFromCategory(textOf(q, 'category') ?? '');
      continue;
    }
    const name = nameOf(q);
    /** How every text names the question: its name, else its type. */
    const label: ReaderParams = name !== undefined ? { name, type } : { type };
    if (!(SUPPORTED_TYPES as readonly string[]).includes(type)) {
      at(warnings, q, say('moodle.skipped-type', label));
      skipped.set(type, [...(skipped.get(type) ?? []), q.line]);
      continue;
    }
    const texts: Texts = { language: options.language, notes: [] };
    const prompt = readText(texts, child(q, 'questiontext'), 'question');
    const id = questionIdFor(name, prompt, nameCounts);
    if (prompt === '') {
      at(warnings, q, say('moodle.no-text', label));
      skipped.set(type, [...(skipped.get(type) ?? []), q.line]);
      continue;
    }
    const converted = convertQuestion(type, q, { [options.language]: prompt }, texts);
    if (!converted.ok) {
      at(problems, q, say(converted.code, { ...converted.params, ...label }), id);
      continue;
    }
    const explanation = readText(texts, child(q, 'generalfeedback'), 'general');
    const tagTexts = childrenNamed(child(q, 'tags'), 'tag').map((t) => (textOf(t) ?? '').trim());
    const eco = tagTexts.map(ecoOf).find((e) => e !== undefined);
    const tags = unique([...categoryTags, ...tagTexts.filter((t) => ecoOf(t) === undefined).map(tagOf).filter((t) => t !== '' && t.length <= 64)]);
    questions.push({
      ...converted.question,
      id,
      ...(explanation !== '' ? { explanation: { [options.language]: explanation } } : {}),
      ...(eco ? { eco } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    } as LooseQuestion);
    questionLines.push(q.line);
    if (converted.partialCredit) partialCreditLines.push(q.line);
    for (const note of converted.notes) at(warnings, q, say(note.code, { ...note.params, ...label }), id);
    if (texts.notes.length > 0) at(warnings, q, say('moodle.image', { ...label, places: texts.notes.join(READER_LIST_SEPARATOR) }), id);
  }

  if (partialCreditLines.length > 0) {
    const n = partialCreditLines.length;
    at(
      warnings,
      { line: partialCreditLines[0] ?? 1, column: 1 },
      say('moodle.partial-credit', { n, line: partialCreditLines[0] ?? 1 }),
    );
  }
  if (problems.length === 0 && questions.length === 0) {
    at(problems, tree.root, say('moodle.nothing-to-study', { types: [...skipped.keys()].join(', ') }));
  }
  if (problems.length > 0) return { ok: false, problems: sortByPlace(problems) };
  return {
    ok: true,
    bank: {
      format: 'pmp-bank/1',
      id: options.bankId,
      title: { [options.language]: options.title },
      version: options.version,
      // Exam-outline tags (people-3 …) refer to the current outline, as a CSV file's domain and task columns do.
      outline: questions.some((q) => q.eco !== undefined) ? 'eco-2026' : null,
      languages: [options.language],
      questions,
    },
    questionLines,
    warnings: sortByPlace(warnings),
  };
};

function sortByPlace(list: InputProblem[]): InputProblem[] {
  return [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Moodle trims question names; an empty one is no name. */
function nameOf(q: XmlElement): string | undefined {
  const name = (textOf(q, 'name') ?? '').trim();
  return name === '' ? undefined : name;
}

function countNames(elements: readonly XmlElement[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const q of elements) {
    const name = nameOf(q);
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/**
 * A name is the id when it could be one and no other question in the file has it (as for GIFT
 * titles); otherwise the id comes from the question text, the same on every import.
 */
function questionIdFor(name: string | undefined, prompt: string, counts: ReadonlyMap<string, number>): string {
  if (name !== undefined && name.length <= MAX_ID_CHARS && ID_PATTERN.test(name) && counts.get(name) === 1) return name;
  return stableQuestionId(prompt);
}

/**
 * A Moodle tag naming an exam-outline task — "people-3", "Process 12", "business-environment-2"
 * (or "business-2") — is the question's domain and task, so a mock exam can draw it.
 */
function ecoOf(tag: string): { domain: 'people' | 'process' | 'business-environment'; task: number } | undefined {
  const m = /^(people|process|business(?:[\s_-]environment)?)[\s_:-]*(?:task[\s_:-]*)?(\d{1,2})$/i.exec(tag);
  if (!m?.[1] || !m[2]) return undefined;
  const name = m[1].toLowerCase();
  return { domain: name.startsWith('business') ? 'business-environment' : (name as 'people' | 'process'), task: Number(m[2]) };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
