/**
 * Reads a question bank from CSV or TSV: a header row naming the columns, then one question per
 * row (docs/formats/csv.md). The result is the loose bank form of bank-schema.ts; the schema and
 * reference checks run after this reader. This reader catches what a trainer needs a row and a
 * column to fix (unknown columns, answer letters and grammar, numbers), and reports every such
 * problem in the file, not only the first.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { InputProblem } from '../../errors.js';
import { stableQuestionId } from './stable-id.js';
import type { BankReader, ReaderOptions, ReaderResult } from './types.js';

export const readCsv: BankReader = (text, options) => readDelimited(text, ',', options);
export const readTsv: BankReader = (text, options) => readDelimited(text, '\t', options);

/** Most problems worth listing from one file (the same cap as JSON banks). */
const MAX_PROBLEMS = 200;

/** Option and right-item ids, as in the column names option_a … option_l, right_a … right_l. */
const LETTER_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] as const;
/** Left-item ids of matching questions, as in left_1 … left_12. */
const LEFT_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

const QUESTION_TYPES = ['single', 'multiple', 'ordering', 'numeric', 'matching'] as const;
type QuestionType = (typeof QUESTION_TYPES)[number];
type ChoiceType = 'single' | 'multiple' | 'ordering';

const DOMAINS = ['people', 'process', 'business-environment'] as const;
const OUTLINES = ['eco-2026', 'eco-2021'] as const;
const APPROACHES = ['predictive', 'agile', 'hybrid'] as const;

/** Columns with one value in every language. */
const PLAIN_FIELDS = ['id', 'type', 'answer', 'tolerance', 'domain', 'task', 'outline', 'approach', 'difficulty', 'tags'] as const;
type PlainField = (typeof PLAIN_FIELDS)[number];

/**
 * Text columns, each optionally followed by a language suffix ("prompt_ko", "option_a_ko").
 * `left_1[0-2]` is tried after `left_[1-9]` fails on the rest of the name, so left_10 is left_10.
 */
const TEXT_COLUMN = /^(prompt|explanation|unit|references|option_[a-l]|rationale_[a-l]|left_(?:[1-9]|1[0-2])|right_[a-l])(?:_([a-z]{2,3}(?:-[a-z0-9]{2,8})?))?$/;

const KNOWN_COLUMNS =
  'id, type, prompt, option_a … option_l, answer, tolerance, unit, left_1 … left_12, right_a … right_l, explanation, rationale_a … rationale_l, domain, task, outline, approach, difficulty, tags, references';

type Text = Record<string, string>;

interface Column {
  /** 0-based position in the row. */
  readonly index: number;
  /** The header as written in the file, for messages. */
  readonly name: string;
}

interface Header {
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

interface CsvRecord {
  readonly cells: readonly string[];
  /** 1-based line where the record starts (a quoted cell may span several lines). */
  readonly line: number;
}

/** The problems of one file, in the order found, at most MAX_PROBLEMS. */
class Problems {
  readonly list: InputProblem[] = [];
  constructor(readonly file: string) {}
  add(line: number, column: Column | number | undefined, message: string): void {
    if (this.list.length >= MAX_PROBLEMS) return;
    if (column === undefined) this.list.push({ file: this.file, line, message });
    else if (typeof column === 'number') this.list.push({ file: this.file, line, column, message });
    else this.list.push({ file: this.file, line, column: column.index + 1, message: `column "${column.name}": ${message}` });
  }
  sorted(): InputProblem[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  }
}

function readDelimited(text: string, delimiter: ',' | '\t', options: ReaderOptions): ReaderResult {
  const problems = new Problems(options.file);
  const { records, syntax } = parseRecords(text, delimiter, options.file);
  const rows = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [headerRow, ...dataRows] = rows;
  if (syntax) problems.list.push(syntax);
  if (!headerRow) {
    if (!syntax) problems.add(1, undefined, 'the file is empty; expected a header row such as "type,prompt,option_a,option_b,answer" and then one question per row');
    return { ok: false, problems: problems.sorted() };
  }

  const header = readHeader(headerRow, options.language, delimiter === ',' ? 'comma' : 'tab', problems);
  const questions: Record<string, unknown>[] = [];
  const questionLines: number[] = [];
  const idLines = new Map<string, number>();
  let outline: { value: string; line: number } | undefined;
  let anyEco = false;

  for (const record of dataRows) {
    const row = new Row(header, record, options.language, problems);
    const read = readQuestion(row);
    questions.push(read.question);
    questionLines.push(record.line);
    anyEco ||= read.question.eco !== undefined;

    if (read.id !== undefined) checkUniqueId(row, read.id, idLines);

    if (read.outline !== undefined) {
      if (outline === undefined) outline = { value: read.outline, line: record.line };
      else if (outline.value !== read.outline) {
        row.report(header.plain.get('outline'), `"${read.outline}" differs from "${outline.value}" on line ${outline.line}; a bank follows one outline`);
      }
    }
  }
  if (dataRows.length === 0 && !syntax) problems.add(header.line, undefined, 'no questions: the file has a header row but no question rows');

  if (problems.list.length > 0) return { ok: false, problems: problems.sorted() };
  return {
    ok: true,
    bank: {
      format: 'pmp-bank/1',
      id: options.bankId,
      title: options.title,
      version: options.version,
      // Tags without a stated outline refer to the current one; a bank without tags has none.
      outline: outline?.value ?? (anyEco ? 'eco-2026' : null),
      languages: header.languages,
      questions,
    },
    questionLines,
  };
}

/** Ids are unique; a question without one has its id from the prompt, so a repeated prompt repeats it. */
function checkUniqueId(row: Row, id: string, idLines: Map<string, number>): void {
  const first = idLines.get(id);
  if (first === undefined) idLines.set(id, row.line);
  else if (row.plain('id') !== '') row.report(row.column('id'), `id "${id}" is already used on line ${first}; ids must be unique`);
  else row.report(row.column('prompt'), `the same prompt as on line ${first}: a question without an id gets one from its prompt; give one of them an id, or remove the duplicate`);
}

/**
 * Splits the text into records with the line each starts on. Line numbers are counted here, from
 * each record's raw text, because csv-parse reports where a record ends, not where it starts.
 * Records before a syntax error are kept, so their problems are reported too.
 */
function parseRecords(text: string, delimiter: string, file: string): { records: CsvRecord[]; syntax?: InputProblem } {
  // One line ending throughout: a file mixing CRLF and LF (or old Mac CR) still counts its lines
  // right, and a line break inside a quoted cell becomes "\n".
  const normalized = text.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let nextLine = 1;
  try {
    parse(normalized, {
      delimiter,
      record_delimiter: '\n',
      raw: true,
      // Short rows are common in hand-made files; long ones are checked below, per row.
      relax_column_count: true,
      // Spaces around a quoted cell ( "text" ) are not a syntax error.
      trim: true,
      on_record: (record: unknown, context) => {
        const cells = (record as { record?: unknown }).record;
        records.push({ cells: Array.isArray(cells) ? cells.map(String) : [], line: nextLine });
        nextLine += countNewlines(context.raw ?? '');
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records, syntax: syntaxProblem(error, file, nextLine) };
  }
  return { records };
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

/** csv-parse's error, said the way a person editing the file needs it. */
function syntaxProblem(error: CsvError, file: string, recordLine: number): InputProblem {
  const line = typeof error['lines'] === 'number' ? error['lines'] : recordLine;
  const field = typeof error['column'] === 'number' ? error['column'] + 1 : undefined;
  const where = field !== undefined ? { column: field } : {};
  const code = String(error.code);
  let message: string;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    message = `a quoted cell is never closed: the quote (") opened in the row that starts on line ${recordLine} runs to the end of the file; close it, and write a quote inside a quoted cell as ""`;
  } else if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    message = 'text after the closing quote of a quoted cell; inside a quoted cell write a quote as "" (e.g. "He said ""no""")';
  } else if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_OPENING_QUOTE') {
    message = 'a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the quote (e.g. "a 5"" screen")';
  } else {
    message = `not valid CSV: ${error.message}`;
  }
  return { file, line, ...where, message };
}

type ColumnKind = { kind: 'plain'; field: PlainField } | { kind: 'text'; field: string; language: string } | { kind: 'unknown'; hint: string };

function classifyColumn(lower: string, language: string): ColumnKind {
  if ((PLAIN_FIELDS as readonly string[]).includes(lower)) return { kind: 'plain', field: lower as PlainField };
  const text = TEXT_COLUMN.exec(lower);
  if (text?.[1] !== undefined) return { kind: 'text', field: text[1], language: text[2] ?? language };
  const plainWithLanguage = /^([a-z]+)_[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/.exec(lower);
  if (plainWithLanguage?.[1] !== undefined && (PLAIN_FIELDS as readonly string[]).includes(plainWithLanguage[1])) {
    return { kind: 'unknown', hint: `"${plainWithLanguage[1]}" is the same in every language; only text columns such as prompt or option_a take a language suffix` };
  }
  if (/^(option|rationale|right)_[a-z]($|_)/.test(lower) || /^left_\d+($|_)/.test(lower)) {
    return { kind: 'unknown', hint: 'options and right items go from _a to _l, left items from _1 to _12' };
  }
  return { kind: 'unknown', hint: `a typo? known columns: ${KNOWN_COLUMNS}` };
}

function readHeader(record: CsvRecord, language: string, delimiterName: string, problems: Problems): Header {
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
    const kind = classifyColumn(name.toLowerCase(), language);
    if (kind.kind === 'unknown') {
      problems.add(line, index + 1, `unknown column "${name}" (${kind.hint})`);
      return;
    }
    // "prompt" and "prompt_en" (when the import's language is en) are the same column.
    const key = kind.kind === 'plain' ? kind.field : `${kind.field}@${kind.language}`;
    const first = seen.get(key);
    if (first) {
      const alias = kind.kind === 'text' && first.name.toLowerCase() !== name.toLowerCase() ? ` (columns without a language code are in ${language}, the import's text language)` : '';
      problems.add(line, index + 1, `duplicate column "${name}": column ${first.index + 1} ("${first.name}") already holds it${alias}`);
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
    problems.add(line, undefined, `the header row has no "prompt" column (the question text in ${language}); the first row names the columns, e.g. "type,prompt,option_a,option_b,answer"`);
  }
  if (!plain.has('answer')) problems.add(line, undefined, 'the header row has no "answer" column; every question needs its key');
  return { line, plain, texts, nameless, width: record.cells.length, languages: [language, ...[...otherLanguages].sort()], delimiterName };
}

/** One data row, seen through the header. */
class Row {
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

  report(column: Column | undefined, message: string): void {
    this.problems.add(this.line, column ?? this.column('prompt'), message);
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
      this.problems.add(
        this.line,
        extra + 1,
        `the row has ${cells.length} cells but the header has ${this.header.width} columns; a cell containing a ${this.header.delimiterName} must be in quotes ("…")`,
      );
      return false;
    }
    for (const index of this.header.nameless) {
      if ((cells[index] ?? '').trim() !== '') this.problems.add(this.line, index + 1, `column ${index + 1} has no name in the header row, but this row has "${cells[index]?.trim()}" in it`);
    }
    return true;
  }
}

interface ReadQuestion {
  /** The question's id; undefined when the row is too broken to have a meaningful one. */
  readonly id: string | undefined;
  readonly question: Record<string, unknown>;
  readonly outline?: string;
}

function readQuestion(row: Row): ReadQuestion {
  if (!row.checkStrayCells()) return { id: undefined, question: { type: 'single', prompt: row.base('prompt') } };
  const prompt = row.base('prompt');
  const promptColumn = row.header.texts.get('prompt')?.get(row.language);
  if (promptColumn && prompt === '') row.report(promptColumn, `the prompt is empty; every question needs its text in ${row.language}`);

  const idCell = row.plain('id');
  if (idCell !== '' && !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(idCell)) {
    row.report(row.column('id'), `"${idCell}" is not a usable id: up to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit`);
  }
  const id = idCell !== '' ? idCell : stableQuestionId(prompt);

  const type = questionType(row);
  const body: Body = type === undefined ? {} : type === 'numeric' ? readNumeric(row) : type === 'matching' ? readMatching(row) : readChoice(row, type);
  if (type !== undefined) checkUnusedColumns(row, body.type ?? type);
  const common = readCommon(row);
  const question: Record<string, unknown> = {
    id,
    type: body.type ?? type ?? 'single',
    prompt: row.text('prompt') ?? '',
    ...body,
    ...common.fields,
  };
  return { id: idCell !== '' || prompt !== '' ? id : undefined, question, ...(common.outline !== undefined ? { outline: common.outline } : {}) };
}

/**
 * The question's type: the `type` cell, else what the row holds. Returns undefined (after
 * reporting) when no type fits; "choice" leaves single vs multiple to the answer.
 */
function questionType(row: Row): QuestionType | 'choice' | undefined {
  const typeCell = row.plain('type');
  if (typeCell !== '') {
    const lower = typeCell.toLowerCase();
    if ((QUESTION_TYPES as readonly string[]).includes(lower)) return lower as QuestionType;
    row.report(row.column('type'), `"${typeCell}" is not a question type; expected one of ${QUESTION_TYPES.join(', ')}`);
    return undefined;
  }
  if (LETTER_IDS.some((l) => row.text(`option_${l}`))) return 'choice';
  if (LEFT_IDS.some((n) => row.text(`left_${n}`)) || LETTER_IDS.some((l) => row.text(`right_${l}`))) return 'matching';
  const answer = row.plain('answer');
  if (answer === '') {
    if (row.header.plain.has('answer')) row.report(row.column('answer'), 'the answer is missing; expected an option letter such as "B", or a number');
    return undefined;
  }
  if (parseNumber(answer) !== undefined) return 'numeric';
  row.report(row.column('answer'), `"${answer}" is not a number, and the row has no options (option_a, option_b, …) for a choice question`);
  return undefined;
}

type Body = Record<string, unknown> & { type?: QuestionType };

function readChoice(row: Row, declared: ChoiceType | 'choice'): Body {
  const options: Record<string, unknown>[] = [];
  for (const letter of LETTER_IDS) {
    const text = row.text(`option_${letter}`);
    const rationale = row.text(`rationale_${letter}`);
    if (text) options.push({ id: letter, text, ...(rationale ? { rationale } : {}) });
    else if (rationale) row.report(row.filledColumn(`rationale_${letter}`), `there is no option ${letter.toUpperCase()} to explain (column option_${letter} is empty)`);
  }
  const ids = options.map((o) => o.id as string);
  const answer = row.plain('answer');
  const answerColumn = row.column('answer');
  const letters = answer === '' ? undefined : letterList(answer);
  const type: ChoiceType = declared !== 'choice' ? declared : letters !== undefined && letters.length > 1 ? 'multiple' : 'single';

  if (options.length < 2) {
    row.report(row.filledColumn('option_a') ?? row.column('option_a'), `a "${type}" question needs at least 2 options (option_a, option_b, …); this row has ${options.length}`);
  }
  const example = type === 'single' ? '"B"' : type === 'multiple' ? '"A,C"' : '"C,A,B,D"';
  if (answer === '') {
    if (answerColumn) row.report(answerColumn, `the answer is missing; expected ${type === 'single' ? 'an option letter' : 'option letters'} such as ${example}`);
    return { type, options, answer: type === 'single' ? '' : [] };
  }
  if (letters === undefined) {
    const expected = declared === 'choice' ? 'an option letter such as "B", or letters such as "A,C"' : type === 'single' ? 'one option letter such as "B"' : `option letters such as ${example}`;
    row.report(answerColumn, `"${answer}" is not ${expected}`);
    return { type, options, answer: type === 'single' ? '' : [] };
  }

  const unknown = letters.filter((l) => !ids.includes(l));
  if (unknown.length > 0) {
    const named = [...new Set(unknown)].map((l) => `"${l.toUpperCase()}"`);
    row.report(answerColumn, `${named.join(', ')} ${named.length > 1 ? 'are not among' : 'is not one of'} the options ${describeLetters(ids)}`);
  }
  const repeated = [...new Set(letters.filter((l, i) => letters.indexOf(l) !== i))];
  if (type === 'single' && letters.length !== 1) {
    row.report(answerColumn, `a "single" answer is one letter such as "B"; found "${answer}" (for several, set type "multiple")`);
  } else if (type === 'multiple') {
    if (letters.length < 2) row.report(answerColumn, `a "multiple" answer names at least 2 options, such as "A,C"; found "${answer}" (for one, set type "single")`);
    else if (repeated.length > 0) row.report(answerColumn, `lists ${repeated.map((l) => l.toUpperCase()).join(', ')} more than once`);
    else if (unknown.length === 0 && letters.length >= ids.length && ids.length > 0) row.report(answerColumn, 'a "multiple" answer must leave at least one option out');
  } else if (type === 'ordering') {
    const missing = ids.filter((l) => !letters.includes(l));
    if (missing.length > 0 || repeated.length > 0) {
      const parts = [
        ...(missing.length > 0 ? [`${missing.map((l) => l.toUpperCase()).join(', ')} missing`] : []),
        ...(repeated.length > 0 ? [`${repeated.map((l) => l.toUpperCase()).join(', ')} listed more than once`] : []),
      ];
      row.report(answerColumn, `an "ordering" answer lists every option exactly once (${describeLetters(ids)}); ${parts.join('; ')}`);
    }
  }
  return { type, options, answer: type === 'single' ? (letters[0] ?? '') : letters };
}

function readNumeric(row: Row): Body {
  const answer = row.plain('answer');
  let value = 0;
  if (answer === '') {
    if (row.header.plain.has('answer')) row.report(row.column('answer'), 'the answer is missing; expected a number such as 41.5');
  } else {
    const parsed = parseNumber(answer);
    if (parsed === undefined) row.report(row.column('answer'), `"${answer}" is not a number; expected e.g. 41.5, -1200 or 1,234.5 (a number with commas must be quoted in a CSV)`);
    else value = parsed;
  }
  const toleranceCell = row.plain('tolerance');
  let tolerance = 0;
  if (toleranceCell !== '') {
    const parsed = parseNumber(toleranceCell);
    if (parsed === undefined || parsed < 0) row.report(row.column('tolerance'), `"${toleranceCell}" is not a tolerance; expected a number of 0 or more, such as 0.005`);
    else tolerance = parsed;
  }
  const unit = row.text('unit');
  return { type: 'numeric', answer: { value, tolerance }, ...(unit ? { unit } : {}) };
}

function readMatching(row: Row): Body {
  const left = LEFT_IDS.flatMap((id) => {
    const text = row.text(`left_${id}`);
    return text ? [{ id, text }] : [];
  });
  const right = LETTER_IDS.flatMap((id) => {
    const text = row.text(`right_${id}`);
    return text ? [{ id, text }] : [];
  });
  if (left.length < 2 || right.length < 2) {
    const [field, count] = left.length < 2 ? ['left_1', left.length] : ['right_a', right.length];
    const items = field === 'left_1' ? 'left items (left_1, left_2, …)' : 'right items (right_a, right_b, …)';
    row.report(row.filledColumn(field) ?? row.column(field), `a "matching" question needs at least 2 ${items}; this row has ${count}`);
  }
  const answerColumn = row.column('answer');
  const answer = row.plain('answer');
  const pairs: Record<string, string> = {};
  if (answer === '') {
    if (answerColumn) row.report(answerColumn, 'the answer is missing; expected pairs of left item and right item such as "1-b 2-a 3-c"');
    return { type: 'matching', left, right, answer: pairs };
  }
  if (!/^\d+\s*[-:=]\s*[A-Za-z](?:\s*[,;]?\s*\d+\s*[-:=]\s*[A-Za-z])*$/.test(answer)) {
    row.report(answerColumn, `"${answer}" is not a list of pairs such as "1-b 2-a 3-c" (left item number, dash, right item letter)`);
    return { type: 'matching', left, right, answer: pairs };
  }
  const leftIds: string[] = left.map((l) => l.id);
  const rightIds: string[] = right.map((r) => r.id);
  for (const match of answer.matchAll(/(\d+)\s*[-:=]\s*([A-Za-z])/g)) {
    const l = String(Number(match[1]));
    const r = (match[2] ?? '').toLowerCase();
    if (!leftIds.includes(l)) row.report(answerColumn, `"${match[0]}": ${l} is not a left item (the row has ${describeList(leftIds, 'left_')})`);
    if (!rightIds.includes(r)) row.report(answerColumn, `"${match[0]}": ${r} is not a right item (the row has ${describeList(rightIds, 'right_')})`);
    if (pairs[l] !== undefined) row.report(answerColumn, `left item ${l} is matched more than once`);
    else pairs[l] = r;
  }
  const unmatched = leftIds.filter((l) => pairs[l] === undefined);
  if (unmatched.length > 0) row.report(answerColumn, `no match given for left item${unmatched.length > 1 ? 's' : ''} ${unmatched.join(', ')}; every left item needs a pair such as "${unmatched[0]}-a"`);
  return { type: 'matching', left, right, answer: pairs };
}

/** Groups of columns that only some question types use. */
const TYPE_COLUMNS: readonly { owner: string; fields: readonly string[]; usedBy: readonly string[] }[] = [
  { owner: 'single, multiple and ordering', fields: LETTER_IDS.map((l) => `option_${l}`), usedBy: ['single', 'multiple', 'ordering', 'choice'] },
  { owner: 'single, multiple and ordering', fields: LETTER_IDS.map((l) => `rationale_${l}`), usedBy: ['single', 'multiple', 'ordering', 'choice'] },
  { owner: 'matching', fields: [...LEFT_IDS.map((n) => `left_${n}`), ...LETTER_IDS.map((l) => `right_${l}`)], usedBy: ['matching'] },
  { owner: 'numeric', fields: ['tolerance', 'unit'], usedBy: ['numeric'] },
];

/** Cells that the question's type has no place for: reported, never silently dropped. */
function checkUnusedColumns(row: Row, type: QuestionType | 'choice'): void {
  for (const group of TYPE_COLUMNS) {
    if (group.usedBy.includes(type)) continue;
    const filled = group.fields.map((f) => row.filledColumn(f)).find((c) => c !== undefined);
    if (filled) row.report(filled, `only ${group.owner} questions use this column, and this question is "${type}"; leave it empty or change "type"`);
  }
}

function readCommon(row: Row): { fields: Record<string, unknown>; outline?: string } {
  const fields: Record<string, unknown> = {};
  const explanation = row.text('explanation');
  if (explanation) fields.explanation = explanation;

  const domain = row.plain('domain').toLowerCase();
  const taskCell = row.plain('task');
  if (domain !== '' && !(DOMAINS as readonly string[]).includes(domain)) {
    row.report(row.column('domain'), `"${row.plain('domain')}" is not a domain; expected ${DOMAINS.join(', ')}`);
  }
  let task: number | undefined;
  if (taskCell !== '') {
    if (/^\d+$/.test(taskCell) && Number(taskCell) > 0) task = Number(taskCell);
    else row.report(row.column('task'), `"${taskCell}" is not a task number; expected a whole number such as 3`);
  }
  if (domain !== '' && taskCell === '') row.report(row.column('task') ?? row.column('domain'), 'a domain needs a task number too (e.g. domain "process", task 6)');
  if (domain === '' && taskCell !== '') row.report(row.column('domain') ?? row.column('task'), 'a task number needs its domain too (people, process or business-environment)');
  if (task !== undefined && (DOMAINS as readonly string[]).includes(domain)) fields.eco = { domain, task };

  const outlineCell = row.plain('outline').toLowerCase();
  let outline: string | undefined;
  if (outlineCell !== '') {
    if ((OUTLINES as readonly string[]).includes(outlineCell)) outline = outlineCell;
    else row.report(row.column('outline'), `"${row.plain('outline')}" is not an outline; expected ${OUTLINES.join(' or ')}`);
  }

  const approach = row.plain('approach').toLowerCase();
  if (approach !== '') {
    if ((APPROACHES as readonly string[]).includes(approach)) fields.approach = approach;
    else row.report(row.column('approach'), `"${row.plain('approach')}" is not an approach; expected ${APPROACHES.join(', ')}`);
  }
  const difficulty = row.plain('difficulty');
  if (difficulty !== '') {
    if (/^[123]$/.test(difficulty)) fields.difficulty = Number(difficulty);
    else row.report(row.column('difficulty'), `"${difficulty}" is not a difficulty; expected 1 (recall), 2 (apply) or 3 (analyse)`);
  }
  const tags = splitList(row.plain('tags'), /[;|]/);
  if (tags.length > 0) fields.tags = tags;
  const references = readReferences(row);
  if (references.length > 0) fields.references = references;
  return { fields, ...(outline !== undefined ? { outline } : {}) };
}

/** References, split on ";" in each language and paired by position across the languages. */
function readReferences(row: Row): Text[] {
  const byLanguage = row.header.texts.get('references');
  if (!byLanguage) return [];
  const lists = [...byLanguage].map(([language, column]) => ({ language, column, items: splitList(row.text('references')?.[language] ?? '', /;/) }));
  const filled = lists.filter((l) => l.items.length > 0);
  const first = filled[0];
  for (const other of filled.slice(1)) {
    if (first && other.items.length !== first.items.length) {
      row.report(other.column, `lists ${countOf(other.items.length, 'reference')} but "${first.column.name}" lists ${first.items.length}; give every reference in each language, in the same order`);
    }
  }
  const count = Math.max(0, ...filled.map((l) => l.items.length));
  return Array.from({ length: count }, (_, i) => {
    const text: Text = {};
    for (const l of filled) {
      const item = l.items[i];
      if (item !== undefined) text[l.language] = item;
    }
    return text;
  });
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "A,C", "A;C", "A C" and "AC" → ["a", "c"]; undefined when the cell is not a list of letters. */
export function letterList(answer: string): string[] | undefined {
  const compact = answer.trim().replace(/\s*[,;]\s*|\s+/g, ' ');
  if (!/^[A-Za-z](?: ?[A-Za-z])*$/.test(compact)) return undefined;
  return compact.replace(/ /g, '').toLowerCase().split('');
}

/**
 * A number as a trainer writes it: "41.5", "-1200", "1,234.5" (commas group thousands; the
 * decimal mark is a point). Exponents ("1e-7") are read because that is how a program, our CSV
 * export included, writes very small or large numbers. NaN, Infinity and "41,5" are not numbers.
 */
export function parseNumber(cell: string): number | undefined {
  const match = /^[+-]?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:[eE][+-]?\d+)?$/.exec(cell.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const value = Number(cell.trim().replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** ["a","b","c","d"] → "A–D"; ["a","c"] → "A, C". */
function describeLetters(ids: readonly string[]): string {
  if (ids.length === 0) return '(none: every option cell is empty)';
  const upper = ids.map((l) => l.toUpperCase());
  const contiguous = ids.every((l, i) => l === LETTER_IDS[i]);
  return contiguous && ids.length > 2 ? `${upper[0]}–${upper[upper.length - 1]}` : upper.join(', ');
}

function describeList(ids: readonly string[], prefix: string): string {
  return ids.length === 0 ? `no ${prefix}… items` : ids.map((id) => `${prefix}${id}`).join(', ');
}
