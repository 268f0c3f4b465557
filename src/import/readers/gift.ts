/**
 * Reads Moodle's GIFT format (docs/formats/gift.md) into the loose bank form. gift-pegjs does the
 * parsing; this file reads the blocks in order, gives each question its id and tags and collects
 * the problems, each at its line. Splitting and parsing the blocks is in gift-blocks.ts, mapping
 * GIFT's question types onto ours in gift-questions.ts.
 *
 * The text is parsed one question at a time rather than as a whole file: pegjs stops at the first
 * syntax error and gives no per-question positions, while one parse per blank-line-separated block
 * yields every syntax error and each question's line for free.
 */
import type { z } from 'zod';
import { MAX_PROBLEMS, type InputProblem } from '../../errors.js';
import type { bankSchema } from '../bank-schema.js';
import { normalizeText, parseBlocks, splitBlocks } from './gift-blocks.js';
import { convertQuestion, textIn } from './gift-questions.js';
import type { GiftItem, LooseQuestion } from './gift-questions.js';
import { say, type ReaderText } from './reader-text.js';
import { stableQuestionId } from './stable-id.js';
import type { BankReader, ReaderOptions } from './types.js';

/** What the reader produces: the schema's input side, so the compiler checks our field names. */
type LooseBank = z.input<typeof bankSchema>;


/** Same rule as the schema's ids: a title that passes becomes the question's id. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const MAX_ID_CHARS = 128;

export const readGift: BankReader = (text, options) => {
  const problems: InputProblem[] = [];
  const problem = (line: number, text: ReaderText, extra: { column?: number; questionId?: string } = {}) =>
    problems.push({ file: options.file, line, ...(extra.column !== undefined ? { column: extra.column } : {}), ...(extra.questionId !== undefined ? { questionId: extra.questionId } : {}), code: text.code, params: text.params, message: text.message });

  const entries: Entry[] = [];
  let categoryTags: string[] = [];
  for (const parsed of parseBlocks(splitBlocks(normalizeText(text)))) {
    if (parsed.kind === 'error') {
      problem(parsed.line, parsed, parsed.column !== undefined ? { column: parsed.column } : {});
      continue;
    }
    for (const item of parsed.items) {
      // A category is not a question: it tags the questions that follow it, up to the next one.
      if (item.type === 'Category') categoryTags = tagsFromCategory(item.title);
      else entries.push({ line: parsed.line, item, tags: unique([...categoryTags, ...(item.tags ?? []).map(tagOf).filter((t) => t !== '')]) });
    }
  }

  const titleCounts = countTitles(entries);
  const questions: LooseQuestion[] = [];
  const questionLines: number[] = [];
  for (const entry of entries) {
    const id = questionIdFor(entry.item, titleCounts);
    const idFromTitle = id === titleOf(entry.item) ? { questionId: id } : {};
    const converted = convertQuestion(entry.item, options.language);
    if (!converted.ok) {
      problem(entry.line, say(converted.code, { ...converted.params, question: nameOf(entry.item) }), idFromTitle);
      continue;
    }
    const { explanation } = converted;
    questions.push({
      ...converted.question,
      id,
      ...(explanation !== undefined ? { explanation: textIn(options.language, explanation) } : {}),
      ...(entry.tags.length > 0 ? { tags: [...entry.tags] } : {}),
    });
    questionLines.push(entry.line);
  }

  if (problems.length === 0 && entries.length === 0) {
    problem(1, say('gift.no-questions'));
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, MAX_PROBLEMS) };
  return { ok: true, bank: bankOf(questions, options), questionLines };
};

function bankOf(questions: LooseQuestion[], options: ReaderOptions): LooseBank {
  return {
    format: 'pmp-bank/1',
    id: options.bankId,
    title: textIn(options.language, options.title),
    version: options.version,
    outline: null,
    languages: [options.language],
    questions,
  };
}

interface Entry {
  readonly line: number;
  readonly item: GiftItem;
  readonly tags: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Ids, names, tags

function countTitles(entries: readonly Entry[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const { item } of entries) {
    const title = titleOf(item);
    if (title !== undefined) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return counts;
}

/** Moodle trims question names; "::Q1 ::" means "Q1". */
function titleOf(item: Entry['item']): string | undefined {
  const title = item.title?.trim();
  return title ? title : undefined;
}

/**
 * A title is the id when it could be one and no other question in the file shares it; a shared
 * title names neither question (which one would keep the progress is a guess), so both fall back
 * to ids from their text, which stay the same on every import.
 */
function questionIdFor(item: Entry['item'], titleCounts: ReadonlyMap<string, number>): string {
  const title = titleOf(item);
  if (title !== undefined && title.length <= MAX_ID_CHARS && ID_PATTERN.test(title) && titleCounts.get(title) === 1) return title;
  return stableQuestionId(item.stem.text);
}

/** How a problem names a question: its title, else its first words. */
function nameOf(item: Entry['item']): string {
  const title = titleOf(item);
  if (title !== undefined) return `"${title}"`;
  const words = item.stem.text.replace(/\s+/g, ' ').trim();
  if (words === '') return '';
  const short = words.split(' ').slice(0, 8).join(' ').slice(0, 60);
  return `"${short}${short.length < words.length ? '…' : ''}"`;
}

/** "Scope Management" → "scope-management". */
export function tagOf(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

/**
 * `$CATEGORY: $course$/top/Scope/Change control` → ["scope", "change-control"]. Moodle writes its
 * context (`$course$`, `$system$` …) and its hidden root "top" in front of every exported path:
 * those are not subjects. A literal "/" inside a name is written "//".
 */
export function tagsFromCategory(path: string): string[] {
  const names = path
    .trim()
    .replace(/\/\//g, '\u0000')
    .split('/')
    .map((s) => s.replace(/\u0000/g, '/').trim())
    .filter((s) => s !== '' && !/^\$[a-z]+\$$/.test(s));
  if (names[0]?.toLowerCase() === 'top') names.shift();
  return unique(names.map(tagOf).filter((t) => t !== ''));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
