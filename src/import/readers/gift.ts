/**
 * Reads Moodle's GIFT format (docs/formats/gift.md) into the loose bank form. gift-pegjs does the
 * parsing; this file splits the text into questions, maps GIFT's question types onto ours and
 * reports what cannot be mapped, each problem at its line.
 *
 * The text is parsed one question at a time rather than as a whole file: pegjs stops at the first
 * syntax error and gives no per-question positions, while one parse per blank-line-separated block
 * yields every syntax error and each question's line for free.
 */
import { parse, SyntaxError as GiftSyntaxError } from 'gift-pegjs';
import type { Expectation, GIFTQuestion, Matching, MultipleChoice, Numerical, NumericalFormat, TextFormat, TrueFalse } from 'gift-pegjs';
import type { z } from 'zod';
import type { InputProblem } from '../../errors.js';
import type { bankSchema, questionSchema } from '../bank-schema.js';
import { stableQuestionId } from './stable-id.js';
import type { BankReader, ReaderOptions } from './types.js';

/** What the reader produces: the schema's input side, so the compiler checks our field names. */
type LooseBank = z.input<typeof bankSchema>;
type LooseQuestion = z.input<typeof questionSchema>;
type LooseText = Readonly<Record<string, string>>;

const MAX_PROBLEMS = 200;

/** Same rule as the schema's ids: a title that passes becomes the question's id. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const MAX_ID_CHARS = 128;

const SUPPORTED_TYPES =
  'supported are multiple choice ({=right ~wrong}, or ~%50% weights for several right options), true/false ({T} or {F}), matching ({=item -> match}) and numerical ({#value:tolerance} or {#low..high})';

export const readGift: BankReader = (text, options) => {
  const problems: InputProblem[] = [];
  const problem = (line: number, message: string, extra: { column?: number; questionId?: string } = {}) =>
    problems.push({ file: options.file, line, ...(extra.column !== undefined ? { column: extra.column } : {}), ...(extra.questionId !== undefined ? { questionId: extra.questionId } : {}), message });

  const entries: Entry[] = [];
  let categoryTags: string[] = [];
  for (const parsed of parseBlocks(splitBlocks(normalizeText(text)))) {
    if (parsed.kind === 'error') {
      problem(parsed.line, parsed.message, parsed.column !== undefined ? { column: parsed.column } : {});
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
      problem(entry.line, `question ${nameOf(entry.item)} ${converted.message}`, idFromTitle);
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
    problem(1, 'the file holds no GIFT questions; expected questions such as "::q1:: Which one is right? {=right ~wrong}", separated by blank lines');
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

// ---------------------------------------------------------------------------------------------
// Splitting the text into blocks and parsing each

/** One question (or category) of the source: its lines and the file line number of each. */
interface Block {
  readonly lines: readonly string[];
  readonly lineNumbers: readonly number[];
  /** The line where the question starts: its title or first text line, after comments. */
  readonly startLine: number;
}

interface Entry {
  readonly line: number;
  readonly item: Exclude<GIFTQuestion, { type: 'Category' }>;
  readonly tags: readonly string[];
}

type ParsedBlock =
  | { readonly kind: 'items'; readonly line: number; readonly items: readonly GIFTQuestion[] }
  | { readonly kind: 'error'; readonly line: number; readonly column?: number; readonly message: string };

/** A BOM and Windows or old Mac line endings would otherwise shift pegjs's line and column counts. */
function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const isBlank = (line: string) => /^[ \t]*$/.test(line);
const isComment = (line: string) => /^[ \t]*\/\//.test(line);
const isCategory = (line: string) => /^[ \t]*\$CATEGORY:/.test(line);

/**
 * Blocks are runs of non-blank lines, as in GIFT. Comment lines before a question stay (gift-pegjs
 * reads `[tag:…]` from them); comment lines inside a question are dropped, as Moodle does, where
 * gift-pegjs would take them for text. A `$CATEGORY:` line is a block of its own even without the
 * blank line gift-pegjs wants after it. Blocks of comments only are not questions.
 */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let numbers: number[] = [];
  let start: number | undefined;
  const flush = () => {
    if (start !== undefined) blocks.push({ lines, lineNumbers: numbers, startLine: start });
    lines = [];
    numbers = [];
    start = undefined;
  };
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (isBlank(line)) return flush();
    if (isComment(line)) {
      if (start === undefined) {
        lines.push(line);
        numbers.push(n);
      }
      return;
    }
    if (start !== undefined && isCategory(line)) flush();
    start ??= n;
    lines.push(line);
    numbers.push(n);
    if (isCategory(line)) flush();
  });
  flush();
  return blocks;
}

/** How far to look ahead when a blank line inside `{ … }` seems to have cut a question in two. */
const MAX_JOINED_BLOCKS = 4;

function parseBlocks(blocks: readonly Block[]): ParsedBlock[] {
  const out: ParsedBlock[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    const first = parseBlock(block);
    if (first.ok) {
      out.push({ kind: 'items', line: block.startLine, items: first.items });
      continue;
    }
    // A blank line inside the answers ends the question early and makes its rest a second broken
    // question. Rather than two confusing errors, say what happened once and read the whole.
    let joined = block;
    let rescued = false;
    if (endsInsideAnswers(first.error)) {
      for (let k = b + 1; k < blocks.length && k <= b + MAX_JOINED_BLOCKS; k++) {
        const next = blocks[k] as Block;
        if (isCategory(next.lines[next.lines.length - 1] ?? '')) break;
        joined = { lines: [...joined.lines, ...next.lines], lineNumbers: [...joined.lineNumbers, ...next.lineNumbers], startLine: block.startLine };
        const retry = parseBlock(joined);
        if (retry.ok) {
          const blankLine = (block.lineNumbers[block.lineNumbers.length - 1] ?? block.startLine) + 1;
          out.push({
            kind: 'error',
            line: blankLine,
            column: 1,
            message: 'a blank line inside the answers { … } ends the question early (GIFT separates questions with blank lines); remove the blank line',
          });
          out.push({ kind: 'items', line: block.startLine, items: retry.items });
          b = k;
          rescued = true;
          break;
        }
        if (!endsInsideAnswers(retry.error)) break;
      }
    }
    if (!rescued) out.push(first.error);
  }
  return out;
}

type BlockParse = { readonly ok: true; readonly items: readonly GIFTQuestion[] } | { readonly ok: false; readonly error: Extract<ParsedBlock, { kind: 'error' }> & { readonly endOfInput: boolean; readonly wantsClose: boolean } };

function parseBlock(block: Block): BlockParse {
  const source = block.lines.join('\n');
  try {
    return { ok: true, items: parse(source) };
  } catch (error) {
    if (!(error instanceof GiftSyntaxError)) {
      // Not expected from a generated parser, but one bad question must not hide the others.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { kind: 'error', line: block.startLine, message: `could not read this question: ${message}`, endOfInput: false, wantsClose: false } };
    }
    const { line, column, offset } = error.location.start;
    return {
      ok: false,
      error: {
        kind: 'error',
        // pegjs counts lines within the block; the block knows each one's line in the file.
        line: block.lineNumbers[line - 1] ?? block.lineNumbers[block.lineNumbers.length - 1] ?? block.startLine,
        column,
        message: syntaxMessage(error.found, error.expected, source.slice(0, offset), source.slice(offset)),
        endOfInput: error.found === null,
        wantsClose: error.expected.some((e) => e.type === 'literal' && e.text === '}'),
      },
    };
  }
}

function endsInsideAnswers(error: { readonly endOfInput: boolean; readonly wantsClose: boolean }): boolean {
  return error.endOfInput && error.wantsClose;
}

/** GIFT's marks: in text each must be escaped with a backslash. */
const MARKS = new Set([':', '=', '~', '#', '{', '}']);

/** pegjs's "Expected … but … found", said for someone writing GIFT by hand. */
function syntaxMessage(found: string | null, expected: readonly Expectation[], before: string, rest: string): string {
  // At the start of a question (after comments), "::" can only open a title that never closes.
  const atStart = /^(?:[ \t]*(?:\/\/[^\n]*)?\n)*[ \t]*$/.test(before);
  if (atStart && rest.startsWith('::') && !/^::(?:\\.|[^:\n])*::/.test(rest)) return 'the title is not closed: write it as ::title:: before the question text';
  const what = found === null ? 'the question ends here' : found === '\n' ? 'unexpected line break' : `unexpected "${found}"`;
  const wanted = unique(expected.map(describeExpectation));
  // Where text was being read, a stray mark is most likely meant as text; where answers or the
  // next question's blank line were expected, escaping it would be the wrong advice.
  const inText = !wanted.includes(ANSWERS) && !wanted.includes(BLANK_LINE);
  const hint = found !== null && MARKS.has(found) && inText ? `; "${found}" is a GIFT mark: to use it in text, write \\${found}` : '';
  return `${what}; expected ${joinOr(wanted)}${hint}`;
}

const ANSWERS = 'answers (such as =right ~wrong, T, #3.5 or =item -> match)';
const A_QUESTION = 'a question';
const BLANK_LINE = 'a blank line before the next question';

/** pegjs names the grammar's rules; these are what a trainer would call them. */
const EXPECTATION_NAMES: Readonly<Record<string, string>> = {
  '(blank lines separator)': BLANK_LINE,
  Category: A_QUESTION,
  Description: A_QUESTION,
  '(comment)': A_QUESTION,
  ':: Title ::': A_QUESTION,
  'Question stem': A_QUESTION,
  '{= match1 -> Match1\n...}': ANSWERS,
  '{T} or {F} or {TRUE} or {FALSE}': ANSWERS,
  '{=correct choice ~incorrect choice ... }': ANSWERS,
  '{#... }': ANSWERS,
  'Single short answer { ... }': ANSWERS,
};

function describeExpectation(e: Expectation): string {
  switch (e.type) {
    case 'literal':
      return e.text === '}' ? '"}" to close the answers' : e.text === '{' ? '"{" to open the answers' : `"${e.text}"`;
    case 'other':
      if (e.description.startsWith('a value between -100 and 100')) return 'a weight between -100 and 100, such as ~%50%';
      return EXPECTATION_NAMES[e.description] ?? e.description;
    case 'end':
      return 'the end of the question';
    case 'any':
      return 'more text';
    case 'class':
      // Character classes show through only where the grammar names no rule: "=" or "~" before
      // an answer, or the digits of a number.
      return e.parts.includes('=') || e.parts.includes('~') ? '"=" or "~" before an answer' : 'a number';
  }
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'something else';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
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
  if (words === '') return '(without text)';
  const short = words.split(' ').slice(0, 8).join(' ').slice(0, 60);
  return `"${short}${short.length < words.length ? '…' : ''}"`;
}

/** "Scope Management" → "scope-management". */
function tagOf(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

/**
 * `$CATEGORY: $course$/top/Scope/Change control` → ["scope", "change-control"]. Moodle writes its
 * context (`$course$`, `$system$` …) and its hidden root "top" in front of every exported path:
 * those are not subjects. A literal "/" inside a name is written "//".
 */
function tagsFromCategory(path: string): string[] {
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

// ---------------------------------------------------------------------------------------------
// Question types

/** A question without the fields every type gets the same way (id, explanation, tags). */
type QuestionBody = LooseQuestion extends infer Q ? (Q extends unknown ? Omit<Q, 'id' | 'explanation' | 'tags'> : never) : never;

type Converted =
  | { readonly ok: true; readonly question: QuestionBody; readonly explanation?: string }
  | { readonly ok: false; readonly message: string };

const fail = (message: string): Converted => ({ ok: false, message });

function convertQuestion(item: Entry['item'], language: string): Converted {
  const t = (s: string) => textIn(language, s);
  const prompt = t(item.stem.text);
  // Text after the closing "}" makes any GIFT question a missing-word one (the answers fill a gap).
  if (item.hasEmbeddedAnswers) {
    return fail(`is a missing-word question (text follows the closing "}"), which pmp-study does not support; move the answers { … } to the end of the question. ${capitalize(SUPPORTED_TYPES)}`);
  }
  switch (item.type) {
    case 'Description':
      return fail(`is a description (text with no answers in { … }), which pmp-study does not support. ${capitalize(SUPPORTED_TYPES)}`);
    case 'Essay':
      return fail(`is an essay question ({} with no answers), which pmp-study does not support. ${capitalize(SUPPORTED_TYPES)}`);
    case 'Short':
      return fail(`is a short-answer question (only "=" answers, no "~" wrong options), which pmp-study does not support; to make it multiple choice, add wrong options marked "~". ${capitalize(SUPPORTED_TYPES)}`);
    case 'MC':
      return withGeneralFeedback(fromMultipleChoice(item, prompt, t), item.globalFeedback);
    case 'TF':
      return withGeneralFeedback(fromTrueFalse(item, prompt, language, t), item.globalFeedback);
    case 'Matching':
      return withGeneralFeedback(fromMatching(item, prompt, t), item.globalFeedback);
    case 'Numerical':
      return withGeneralFeedback(fromNumerical(item, prompt), item.globalFeedback);
  }
}

/** General feedback (`####…`) is the explanation; it wins over any other text that could be one. */
function withGeneralFeedback(converted: Converted, feedback: TextFormat | null): Converted {
  const general = feedbackText(feedback);
  return converted.ok && general !== undefined ? { ...converted, explanation: general } : converted;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Option ids in file order: a, b, c, … (the schema allows at most 12 options). */
function letterId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}

/**
 * One "=" is the key of a single-answer question. Without "=", the options with a positive
 * `%weight%` are the key: one makes a single-answer question, several a multiple-answer one (our
 * format has no partial credit, so a ~%50% option next to an "=" answer counts as wrong).
 */
function fromMultipleChoice(q: MultipleChoice, prompt: LooseText, t: (s: string) => LooseText): Converted {
  const options = q.choices.map((c, i) => ({ id: letterId(i), text: t(c.text.text), ...rationaleOf(c.feedback, t) }));
  const marked = q.choices.flatMap((c, i) => (c.isCorrect ? [letterId(i)] : []));
  if (marked.length > 1) {
    return fail(
      `has ${marked.length} options marked right with "="; expected one "=" answer, or, for several right options, no "=" and a positive weight such as ~%50% on each right option`,
    );
  }
  const [onlyMarked] = marked;
  if (marked.length === 1 && onlyMarked !== undefined) return { ok: true, question: { type: 'single', prompt, options, answer: onlyMarked } };
  const weighted = q.choices.flatMap((c, i) => ((c.weight ?? 0) > 0 ? [letterId(i)] : []));
  if (weighted.length === 0) {
    return fail(
      q.choices.some((c) => c.weight !== null)
        ? 'has weights that select no option (none is above 0%); expected a positive weight such as ~%50% on each right option, or the one right answer marked with "="'
        : 'has no option marked right; expected the right answer marked with "=" (as in {=right ~wrong}), or positive weights such as ~%50% on several right options',
    );
  }
  const [onlyWeighted] = weighted;
  if (weighted.length === 1 && onlyWeighted !== undefined) return { ok: true, question: { type: 'single', prompt, options, answer: onlyWeighted } };
  return { ok: true, question: { type: 'multiple', prompt, options, answer: weighted } };
}

const TRUE_FALSE_WORDS: Readonly<Record<string, readonly [string, string]>> = { ko: ['참', '거짓'] };

/**
 * In `{T#feedback1#feedback2}` Moodle shows the first feedback for the wrong answer and the
 * second for the right one. gift-pegjs calls them trueFeedback and falseFeedback by position
 * alone, whatever the key: read those names as "first" and "second".
 */
function fromTrueFalse(q: TrueFalse, prompt: LooseText, language: string, t: (s: string) => LooseText): Converted {
  const [yes, no] = TRUE_FALSE_WORDS[language.split('-')[0] ?? language] ?? ['True', 'False'];
  const wrongFeedback = q.trueFeedback;
  const rightFeedback = q.falseFeedback;
  const options = [
    { id: 'true', text: t(yes), ...rationaleOf(q.isTrue ? rightFeedback : wrongFeedback, t) },
    { id: 'false', text: t(no), ...rationaleOf(q.isTrue ? wrongFeedback : rightFeedback, t) },
  ];
  return { ok: true, question: { type: 'single', prompt, options, answer: q.isTrue ? 'true' : 'false' } };
}

/**
 * `=item -> match` pairs. Equal matches become one right-hand candidate; a pair with no item
 * (`= -> spare`) is Moodle's way to add a candidate that matches nothing.
 */
function fromMatching(q: Matching, prompt: LooseText, t: (s: string) => LooseText): Converted {
  const left: { id: string; text: LooseText }[] = [];
  const right: { id: string; text: LooseText }[] = [];
  const rightIds = new Map<string, string>();
  const answer: Record<string, string> = {};
  for (const pair of q.matchPairs) {
    const match = matchText(pair.subanswer);
    let rightId = rightIds.get(match);
    if (rightId === undefined) {
      rightId = letterId(right.length);
      rightIds.set(match, rightId);
      right.push({ id: rightId, text: t(match) });
    }
    if (pair.subquestion.text.trim() === '') continue;
    const leftId = String(left.length + 1);
    left.push({ id: leftId, text: t(pair.subquestion.text) });
    answer[leftId] = rightId;
  }
  return { ok: true, question: { type: 'matching', prompt, left, right, answer } };
}

/** gift-pegjs's escape markers (its grammar's `escapedCharacters`), which it leaves in match texts. */
const ESCAPE_MARKERS: readonly (readonly [string, string])[] = [
  ['&&092;', '\\'],
  ['&&058;', ':'],
  ['&&035;', '#'],
  ['&&061;', '='],
  ['&&123;', '{'],
  ['&&125;', '}'],
  ['&&126;', '~'],
  ['&&010', '\n'],
];

/** The right side of a pair is the one text gift-pegjs neither unescapes nor strips of `[format]`. */
function matchText(raw: string): string {
  const decoded = ESCAPE_MARKERS.reduce((s, [marker, char]) => s.split(marker).join(char), raw);
  return decoded.replace(/^\[(?:html|moodle|markdown|plain)\]\s*/, '').trim();
}

/**
 * `{#3.5:0.1}`, `{#1..5}` (the middle, ± half the width) or several answers, of which the first
 * with full credit is the key. A lone numeric answer has no feedback in GIFT; with several, the
 * key's feedback explains it when there is no general feedback.
 */
function fromNumerical(q: Numerical, prompt: LooseText): Converted {
  const choices = q.choices;
  if (!Array.isArray(choices)) {
    const answer = numericAnswer(choices);
    return answer ? { ok: true, question: { type: 'numeric', prompt, answer } } : fail('has an answer that is not a number; expected {#value}, {#value:tolerance} or {#low..high}');
  }
  // The typings say NumericalChoice.text is a number; for `~#feedback` gift-pegjs puts the text
  // "*" there (Moodle's "any other answer"), which is never the key.
  const key = (choices as readonly NumericChoiceOut[]).find((c) => c.isCorrect && (c.weight === null || c.weight >= 100) && isNumber(c.text));
  const answer = key && isNumber(key.text) ? numericAnswer(key.text) : undefined;
  if (!key || !answer) return fail('has no answer with full credit; expected the right number marked "=" with no weight below 100%, as in {#=3.5:0.1}');
  const feedback = feedbackText(key.feedback);
  return { ok: true, question: { type: 'numeric', prompt, answer }, ...(feedback !== undefined ? { explanation: feedback } : {}) };
}

interface NumericChoiceOut {
  readonly isCorrect: boolean;
  readonly weight: number | null;
  readonly text: NumericalFormat | TextFormat;
  readonly feedback: TextFormat | null;
}

function isNumber(text: NumericalFormat | TextFormat): text is NumericalFormat {
  return 'type' in text;
}

function numericAnswer(n: NumericalFormat): { value: number; tolerance: number } | undefined {
  switch (n.type) {
    case 'simple':
      return n.number === undefined ? undefined : { value: n.number, tolerance: 0 };
    case 'range':
      return n.number === undefined || n.range === undefined ? undefined : { value: n.number, tolerance: Math.abs(n.range) };
    case 'high-low':
      if (n.numberLow === undefined || n.numberHigh === undefined) return undefined;
      return { value: tidy((n.numberLow + n.numberHigh) / 2), tolerance: tidy(Math.abs(n.numberHigh - n.numberLow) / 2) };
  }
}

/** (3.141 + 3.142) / 2 is 3.1414999999999997 in binary floating point; the author meant 3.1415. */
function tidy(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// Texts

function textIn(language: string, text: string): LooseText {
  return { [language]: text };
}

function feedbackText(feedback: TextFormat | null | undefined): string | undefined {
  const text = feedback?.text.trim();
  return text ? text : undefined;
}

function rationaleOf(feedback: TextFormat | null, t: (s: string) => LooseText): { rationale?: LooseText } {
  const text = feedbackText(feedback);
  return text === undefined ? {} : { rationale: t(text) };
}
