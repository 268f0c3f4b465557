/**
 * The text side of the GIFT reader (gift.ts): splitting a file into blank-line-separated blocks,
 * parsing each with gift-pegjs while keeping every line's number in the file, and saying pegjs's
 * syntax errors the way someone writing GIFT by hand needs them. Kept apart from the mapping of
 * parsed questions (gift-questions.ts): this part knows lines and grammar, that one our format.
 */
import { parse, SyntaxError as GiftSyntaxError } from 'gift-pegjs';
import type { Expectation, GIFTQuestion } from 'gift-pegjs';
import { READER_LIST_SEPARATOR } from '../../i18n/readers.en.js';
import { say, type ReaderText } from './reader-text.js';

/** One question (or category) of the source: its lines and the file line number of each. */
export interface Block {
  readonly lines: readonly string[];
  readonly lineNumbers: readonly number[];
  /** The line where the question starts: its title or first text line, after comments. */
  readonly startLine: number;
}

export type ParsedBlock =
  | { readonly kind: 'items'; readonly line: number; readonly items: readonly GIFTQuestion[] }
  | ({ readonly kind: 'error'; readonly line: number; readonly column?: number } & ReaderText);

/** A BOM and Windows or old Mac line endings would otherwise shift pegjs's line and column counts. */
export function normalizeText(text: string): string {
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
export function splitBlocks(text: string): Block[] {
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

export function parseBlocks(blocks: readonly Block[]): ParsedBlock[] {
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
            ...say('gift.blank-line'),
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

/**
 * Moodle's own importer takes the question text as everything before the first `{`: a bare `=`,
 * `~`, `#` or `:` there ("EV = 45,000 … {#0.9:0.01}") is text, though the GIFT page says to escape it,
 * and files written by hand or by other tools rely on that. gift-pegjs is stricter, so a block it
 * refuses is read again with those marks escaped in the question text; a problem that remains is
 * reported at its place in the file as written.
 */
function parseBlock(block: Block): BlockParse {
  const strict = parseSource(block, block.lines, undefined);
  if (strict.ok) return strict;
  const lenient = escapeQuestionText(block.lines);
  if (!lenient) return strict;
  return parseSource(block, lenient.lines, lenient.inserted);
}

/**
 * The block with every unescaped `=`, `~`, `#` and `:` of its question text escaped — the text after
 * the comments, the `::title::` and a `[format]` marker, up to the first unescaped `{`. Undefined
 * when there is none. `inserted[i]` lists, for line i, where (0-based, in the new line) each
 * backslash was put, to map a column back to the line as written.
 */
export function escapeQuestionText(lines: readonly string[]): { lines: string[]; inserted: number[][] } | undefined {
  const out = lines.map((l) => l);
  const inserted: number[][] = lines.map(() => []);
  let i = 0;
  while (i < lines.length && (isComment(lines[i] as string) || isCategory(lines[i] as string))) i++;
  let changed = false;
  let inTitle = false;
  let titleDone = false;
  let started = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    let result = '';
    for (let k = 0; k < line.length; k++) {
      const ch = line[k] as string;
      if (ch === '\\') {
        result += line.slice(k, k + 2);
        k++;
        if (!inTitle) started = true;
        continue;
      }
      if (!started && !titleDone && !inTitle && /\s/.test(ch)) {
        result += ch;
        continue;
      }
      if (!started && !titleDone && line.startsWith('::', k)) {
        inTitle = !inTitle;
        if (!inTitle) titleDone = true;
        result += '::';
        k++;
        continue;
      }
      if (inTitle) {
        result += ch;
        continue;
      }
      if (!started) {
        const marker = /^\[(?:html|moodle|markdown|plain)\]/.exec(line.slice(k));
        started = true;
        if (marker) {
          result += marker[0];
          k += marker[0].length - 1;
          continue;
        }
      }
      if (ch === '{') {
        out[i] = result + line.slice(k);
        return changed ? { lines: out, inserted } : undefined;
      }
      if (ch === '=' || ch === '~' || ch === '#' || ch === ':') {
        (inserted[i] as number[]).push(result.length);
        result += '\\';
        changed = true;
      }
      result += ch;
    }
    out[i] = result;
  }
  // No "{" at all: a description, whatever its text holds.
  return undefined;
}

function parseSource(block: Block, lines: readonly string[], inserted: readonly (readonly number[])[] | undefined): BlockParse {
  const source = lines.join('\n');
  try {
    return { ok: true, items: parse(source) };
  } catch (error) {
    if (!(error instanceof GiftSyntaxError)) {
      // Not expected from a generated parser, but one bad question must not hide the others.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { kind: 'error', line: block.startLine, ...say('gift.unreadable', { detail: message }), endOfInput: false, wantsClose: false } };
    }
    const { line, column, offset } = error.location.start;
    return {
      ok: false,
      error: {
        kind: 'error',
        // pegjs counts lines within the block; the block knows each one's line in the file.
        line: block.lineNumbers[line - 1] ?? block.lineNumbers[block.lineNumbers.length - 1] ?? block.startLine,
        column: inserted ? column - (inserted[line - 1] ?? []).filter((at) => at < column - 1).length : column,
        ...syntaxMessage(error.found, error.expected, source.slice(0, offset), source.slice(offset)),
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
function syntaxMessage(found: string | null, expected: readonly Expectation[], before: string, rest: string): ReaderText {
  // At the start of a question (after comments), "::" can only open a title that never closes.
  const atStart = /^(?:[ \t]*(?:\/\/[^\n]*)?\n)*[ \t]*$/.test(before);
  if (atStart && rest.startsWith('::') && !/^::(?:\\.|[^:\n])*::/.test(rest)) return say('gift.title-not-closed');
  const wanted = [...new Set(expected.map(describeExpectation))];
  // Where text was being read, a stray mark is most likely meant as text; where answers or the
  // next question's blank line were expected, escaping it would be the wrong advice.
  const inText = !wanted.includes(ANSWERS) && !wanted.includes(BLANK_LINE);
  const mark = found !== null && MARKS.has(found) && inText ? 1 : 0;
  return say('gift.syntax', { found: found === null ? 'end' : found === '\n' ? 'break' : 'char', char: found ?? '', expected: wanted.join(READER_LIST_SEPARATOR), mark });
}

/** Codes of what pegjs expected (readers.*.ts say them); a grammar text without a code is kept as it is. */
const ANSWERS = 'answers';
const A_QUESTION = 'question';
const BLANK_LINE = 'blank-line';

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
      return e.text === '}' ? 'close' : e.text === '{' ? 'open' : `"${e.text}"`;
    case 'other':
      if (e.description.startsWith('a value between -100 and 100')) return 'weight';
      return EXPECTATION_NAMES[e.description] ?? e.description;
    case 'end':
      return 'end';
    case 'any':
      return 'more';
    case 'class':
      // Character classes show through only where the grammar names no rule: "=" or "~" before
      // an answer, or the digits of a number.
      return e.parts.includes('=') || e.parts.includes('~') ? 'eq-tilde' : 'number';
  }
}
