/**
 * The column side of the CSV/TSV reader (csv.ts): which header names are columns, how the header
 * row is read into them, and the Row view that looks a data row's cells up by field. Kept apart
 * from the cell parsing (csv-cells.ts) so that naming columns and reading their values can change
 * independently. Problems lives here because it is what turns a column into a message position.
 */
import { MAX_PROBLEMS, type InputProblem } from '../../errors.js';
import { inColumn, say, type ReaderText } from './reader-text.js';


/** Option and right-item ids, as in the column names option_a … option_l, right_a … right_l. */
export const LETTER_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] as const;
/** Left-item ids of matching questions, as in left_1 … left_12. */
export const LEFT_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/** Columns with one value in every language. */
const PLAIN_FIELDS = ['id', 'type', 'answer', 'fixed', 'tolerance', 'domain', 'task', 'outline', 'approach', 'difficulty', 'tags'] as const;
export type PlainField = (typeof PLAIN_FIELDS)[number];

/**
 * Text columns, each optionally followed by a language suffix ("prompt_ko", "option_a_ko").
 * `left_1[0-2]` is tried after `left_[1-9]` fails on the rest of the name, so left_10 is left_10.
 */
const TEXT_COLUMN = /^(prompt|explanation|unit|references|option_[a-l]|rationale_[a-l]|left_(?:[1-9]|1[0-2])|right_[a-l])(?:_([a-z]{2,3}(?:-[a-z0-9]{2,8})?))?$/;

const KNOWN_COLUMNS =
  'id, type, prompt, option_a … option_l, answer, fixed, tolerance, unit, left_1 … left_12, right_a … right_l, explanation, rationale_a … rationale_l, domain, task, outline, approach, difficulty, tags, references';

export type Text = Record<string, string>;

export interface Column {
  /** 0-based position in the row. */
  readonly index: number;
  /** The header as written in the file, for messages. */
  readonly name: string;
}

export interface Header {
  readonly line: number;
  readonly plain: ReadonlyMap<PlainField, Column>;
  /** Text field → language → column; the unsuffixed column is under the import's language. */
  readonly texts: ReadonlyMap<string, ReadonlyMap<string, Column>>;
  /** Header cells left empty: fine while the rows leave them empty too. */
  readonly nameless: readonly number[];
  readonly width: number;
  readonly languages: readonly string[];
  /** "comma" or "tab", for messages. */
  readonly delimiterName: string;
}

export interface CsvRecord {
  readonly cells: readonly string[];
  /** 1-based line where the record starts (a quoted cell may span several lines). */
  readonly line: number;
}

/** The problems of one file, in the order found, at most MAX_PROBLEMS. */
export class Problems {
  readonly list: InputProblem[] = [];
  constructor(readonly file: string) {}
  add(line: number, column: Column | number | undefined, text: ReaderText): void {
    if (this.list.length >= MAX_PROBLEMS) return;
    if (column === undefined) this.list.push({ file: this.file, line, ...text });
    else if (typeof column === 'number') this.list.push({ file: this.file, line, column, ...text });
    else this.list.push({ file: this.file, line, column: column.index + 1, ...inColumn(text, column.name) });
  }
  sorted(): InputProblem[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  }
}

type ColumnKind = { kind: 'plain'; field: PlainField } | { kind: 'text'; field: string; language: string } | { kind: 'unknown'; hint: 'suffix' | 'range' | 'typo'; field?: string };

/** A language suffix as text columns take it: "_ko", "_pt-br". */
const LANGUAGE_SUFFIX = '(_[a-z]{2,3}(?:-[a-z0-9]{2,8})?)?';

/**
 * The names other tools and trainers' spreadsheets give our columns, rewritten to ours (after
 * canonicalName). Tried in order; the first match wins. A bare letter "A" … "L" is an option.
 */
const ALIASES: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [new RegExp(`^(?:question|question_?text|stem)${LANGUAGE_SUFFIX}$`), (m) => `prompt${m[1] ?? ''}`],
  [new RegExp(`^(?:option|choice|answer)_?([a-l])${LANGUAGE_SUFFIX}$`), (m) => `option_${m[1]}${m[2] ?? ''}`],
  [new RegExp(`^(?:option|choice|answer)_?(1[0-2]|[1-9])${LANGUAGE_SUFFIX}$`), (m) => `option_${LETTER_IDS[Number(m[1]) - 1]}${m[2] ?? ''}`],
  [/^([a-l])$/, (m) => `option_${m[1]}`],
  [/^(?:correct_?answers?|key|answer_?key|correct)$/, () => 'answer'],
  [new RegExp(`^(?:rationale|feedback|general_?feedback)${LANGUAGE_SUFFIX}$`), (m) => `explanation${m[1] ?? ''}`],
  [/^(?:category|categories|topic|topics|tag)$/, () => 'tags'],
];

/** A header as compared: lower case, trimmed, runs of spaces and underscores as one "_". */
function canonicalName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, '_');
}

/** Our column name for a header as written: an alias rewritten, anything else canonicalised. */
export function columnName(name: string): string {
  const canonical = canonicalName(name);
  for (const [pattern, rewrite] of ALIASES) {
    const m = pattern.exec(canonical);
    if (m) return rewrite(m);
  }
  return canonical;
}

function classifyColumn(lower: string, language: string): ColumnKind {
  if ((PLAIN_FIELDS as readonly string[]).includes(lower)) return { kind: 'plain', field: lower as PlainField };
  const text = TEXT_COLUMN.exec(lower);
  if (text?.[1] !== undefined) return { kind: 'text', field: text[1], language: text[2] ?? language };
  const plainWithLanguage = /^([a-z]+)_[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/.exec(lower);
  if (plainWithLanguage?.[1] !== undefined && (PLAIN_FIELDS as readonly string[]).includes(plainWithLanguage[1])) {
    return { kind: 'unknown', hint: 'suffix', field: plainWithLanguage[1] };
  }
  if (/^(option|rationale|right)_[a-z]($|_)/.test(lower) || /^left_\d+($|_)/.test(lower)) {
    return { kind: 'unknown', hint: 'range' };
  }
  return { kind: 'unknown', hint: 'typo' };
}

export function readHeader(record: CsvRecord, language: string, delimiterName: string, problems: Problems): Header {
  const line = record.line;
  const plain = new Map<PlainField, Column>();
  const texts = new Map<string, Map<string, Column>>();
  const seen = new Map<string, Column>();
  const nameless: number[] = [];
  const otherLanguages = new Set<string>();

  record.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') {
      nameless.push(index);
      return;
    }
    const column: Column = { index, name };
    const kind = classifyColumn(columnName(name), language);
    if (kind.kind === 'unknown') {
      problems.add(line, index + 1, say('csv.unknown-column', { name, hint: kind.hint, ...(kind.field !== undefined ? { field: kind.field } : {}), known: KNOWN_COLUMNS }));
      return;
    }
    // "prompt" and "prompt_en" (when the import's language is en) are the same column.
    const key = kind.kind === 'plain' ? kind.field : `${kind.field}@${kind.language}`;
    const first = seen.get(key);
    if (first) {
      const [ours, theirs] = [columnName(first.name), columnName(name)];
      if (ours !== canonicalName(first.name) || theirs !== canonicalName(name)) {
        const field = kind.kind === 'plain' ? kind.field : kind.language === language ? kind.field : `${kind.field}_${kind.language}`;
        problems.add(
          line,
          index + 1,
          say('csv.ambiguous-columns', { first: first.index + 1, firstName: first.name, index: index + 1, name, field }),
        );
        return;
      }
      const alias: Record<string, string> = kind.kind === 'text' && first.name.toLowerCase() !== name.toLowerCase() ? { language } : {};
      problems.add(line, index + 1, say('csv.duplicate-column', { name, first: first.index + 1, firstName: first.name, ...alias }));
      return;
    }
    seen.set(key, column);
    if (kind.kind === 'plain') plain.set(kind.field, column);
    else {
      const byLanguage = texts.get(kind.field) ?? new Map<string, Column>();
      byLanguage.set(kind.language, column);
      texts.set(kind.field, byLanguage);
      if (kind.language !== language) otherLanguages.add(kind.language);
    }
  });

  if (!texts.get('prompt')?.has(language)) {
    problems.add(line, undefined, say('csv.no-prompt-column', { language }));
  }
  if (!plain.has('answer')) problems.add(line, undefined, say('csv.no-answer-column'));
  return { line, plain, texts, nameless, width: record.cells.length, languages: [language, ...[...otherLanguages].sort()], delimiterName };
}

/** One data row, seen through the header. */
export class Row {
  readonly line: number;
  constructor(
    readonly header: Header,
    private readonly record: CsvRecord,
    readonly language: string,
    private readonly problems: Problems,
  ) {
    this.line = record.line;
  }

  private value(column: Column | undefined): string {
    return column ? (this.record.cells[column.index] ?? '').trim() : '';
  }

  plain(field: PlainField): string {
    return this.value(this.header.plain.get(field));
  }

  /** The text in the import's language (the unsuffixed column). */
  base(field: string): string {
    return this.value(this.header.texts.get(field)?.get(this.language));
  }

  /** The text in every language whose cell is not empty; undefined when all are empty. */
  text(field: string): Text | undefined {
    const byLanguage = this.header.texts.get(field);
    if (!byLanguage) return undefined;
    const text: Text = {};
    for (const [language, column] of byLanguage) {
      const value = this.value(column);
      if (value !== '') text[language] = value;
    }
    return Object.keys(text).length > 0 ? text : undefined;
  }

  /** The column holding a field: a plain column, or a text column (unsuffixed first). */
  column(field: string): Column | undefined {
    const plain = this.header.plain.get(field as PlainField);
    if (plain) return plain;
    const byLanguage = this.header.texts.get(field);
    return byLanguage?.get(this.language) ?? byLanguage?.values().next().value;
  }

  /** The first column of a text field with something in it. */
  filledColumn(field: string): Column | undefined {
    for (const column of this.header.texts.get(field)?.values() ?? []) if (this.value(column) !== '') return column;
    const plain = this.header.plain.get(field as PlainField);
    return plain && this.value(plain) !== '' ? plain : undefined;
  }

  report(column: Column | undefined, text: ReaderText): void {
    this.problems.add(this.line, column ?? this.column('prompt'), text);
  }

  /**
   * Cells with no header above them. Returns false when the row is wider than the header: its
   * cells have shifted (usually a delimiter inside a cell that is not quoted), so checking them
   * against their columns would only report consequences of that one mistake.
   */
  checkStrayCells(): boolean {
    const cells = this.record.cells;
    const extra = cells.findIndex((c, i) => i >= this.header.width && c.trim() !== '');
    if (extra >= 0) {
      // In a spreadsheet a cell cannot spill into the next: the value simply has no header above it.
      this.problems.add(this.line, extra + 1, say('csv.row-too-wide', { cells: cells.length, columns: this.header.width, delimiter: this.header.delimiterName }));
      return false;
    }
    for (const index of this.header.nameless) {
      if ((cells[index] ?? '').trim() !== '') this.problems.add(this.line, index + 1, say('csv.nameless-cell', { index: index + 1, value: cells[index]?.trim() ?? '' }));
    }
    return true;
  }
}
