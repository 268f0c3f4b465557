/**
 * Reads a question bank from CSV or TSV: a header row naming the columns, then one question per
 * row (docs/formats/csv.md). The result is the loose bank form of bank-schema.ts; the schema and
 * reference checks run after this reader. This reader catches what a trainer needs a row and a
 * column to fix (unknown columns, answer letters and grammar, numbers), and reports every such
 * problem in the file, not only the first.
 *
 * This file holds the entry points, the split into records and the loop over them; the header row
 * and its columns are read in csv-columns.ts, the cells of each row in csv-cells.ts.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { InputProblem } from '../../errors.js';
import { checkUnusedColumns, parseNumber, QUESTION_TYPES, readChoice, readCommon, readMatching, readNumeric } from './csv-cells.js';
import type { Body, QuestionType } from './csv-cells.js';
import { LEFT_IDS, LETTER_IDS, Problems, readHeader, Row } from './csv-columns.js';
import type { CsvRecord } from './csv-columns.js';
import { say, type ReaderText } from './reader-text.js';
import { stableQuestionId } from './stable-id.js';
import type { BankReader, ReaderOptions, ReaderResult } from './types.js';

export const readCsv: BankReader = (text, options) => readDelimited(text, ',', options);
export const readTsv: BankReader = (text, options) => readDelimited(text, '\t', options);

/** Cell parsers that moved to csv-cells.ts, still exported from here as before the split. */
export { letterList, parseNumber } from './csv-cells.js';

export type CsvRowsResult = { readonly ok: true; readonly rows: Record<string, string>[] } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/**
 * The rows of a CSV or TSV file as objects keyed by their header cells as written (trimmed), for a
 * JSONata mapping (`--map`): every column is in every row, an empty cell is "", empty rows are
 * skipped. Two header cells with the same name, a cell under a header cell left empty, and a row
 * wider than the header are problems with their line and column.
 */
export function csvRows(text: string, delimiter: ',' | '\t', file: string): CsvRowsResult {
  const problems = new Problems(file);
  const { records, syntax } = parseRecords(text, delimiter, file);
  if (syntax) problems.list.push(syntax);
  const [headerRow, ...dataRows] = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!headerRow) {
    if (!syntax) problems.add(1, undefined, say('csv.map-empty'));
    return { ok: false, problems: problems.sorted() };
  }
  const names = headerRow.cells.map((c) => c.trim());
  const firstAt = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') return;
    const first = firstAt.get(name);
    if (first === undefined) firstAt.set(name, i);
    else problems.add(headerRow.line, i + 1, say('csv.map-duplicate-column', { name, first: first + 1 }));
  });
  const rows = dataRows.map((record) => {
    const row: Record<string, string> = {};
    record.cells.forEach((cell, i) => {
      const value = cell.trim();
      const name = names[i];
      if (name === undefined || name === '') {
        if (value !== '') problems.add(record.line, i + 1, name === undefined ? say('csv.row-too-wide', { cells: record.cells.length, columns: names.length, delimiter: delimiter === ',' ? 'comma' : 'tab' }) : say('csv.nameless-cell', { index: i + 1, value }));
        return;
      }
      if (firstAt.get(name) === i) row[name] = value;
    });
    for (const name of firstAt.keys()) row[name] ??= '';
    return row;
  });
  if (problems.list.length > 0) return { ok: false, problems: problems.sorted() };
  return { ok: true, rows };
}

function readDelimited(text: string, delimiter: ',' | '\t', options: ReaderOptions): ReaderResult {
  const { records, syntax } = parseRecords(text, delimiter, options.file);
  return readRecords(records, syntax, delimiter === ',' ? 'comma' : 'tab', options);
}

/**
 * Questions from records that are already split into cells (a CSV file's, or a spreadsheet's rows,
 * xlsx.ts): the header row, then one question per row, with every problem at its line and column.
 * `delimiterName` says how cells are separated ("comma", "tab"; "cell" for a spreadsheet).
 */
export function readRecords(records: readonly CsvRecord[], syntax: InputProblem | undefined, delimiterName: string, options: ReaderOptions): ReaderResult {
  const problems = new Problems(options.file);
  const rows = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [headerRow, ...dataRows] = rows;
  if (syntax) problems.list.push(syntax);
  if (!headerRow) {
    if (!syntax) problems.add(1, undefined, say('csv.empty'));
    return { ok: false, problems: problems.sorted() };
  }

  const header = readHeader(headerRow, options.language, delimiterName, problems);
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
        row.report(header.plain.get('outline'), say('csv.outline-differs', { outline: read.outline, first: outline.value, line: outline.line }));
      }
    }
  }
  if (dataRows.length === 0 && !syntax) problems.add(header.line, undefined, say('csv.no-rows'));

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
  else if (row.plain('id') !== '') row.report(row.column('id'), say('csv.duplicate-id', { id, line: first }));
  else row.report(row.column('prompt'), say('csv.duplicate-prompt', { line: first }));
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
  let text: ReaderText;
  if (code === 'CSV_QUOTE_NOT_CLOSED') text = say('csv.unclosed-quote', { line: recordLine });
  else if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') text = say('csv.after-closing-quote');
  else if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_OPENING_QUOTE') text = say('csv.quote-inside-cell');
  else text = say('csv.syntax', { detail: error.message });
  return { file, line, ...where, ...text };
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
  if (promptColumn && prompt === '') row.report(promptColumn, say('csv.prompt-empty', { language: row.language }));

  const idCell = row.plain('id');
  if (idCell !== '' && !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(idCell)) {
    row.report(row.column('id'), say('csv.bad-id', { id: idCell }));
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
    row.report(row.column('type'), say('csv.bad-type', { value: typeCell, types: QUESTION_TYPES.join(', ') }));
    return undefined;
  }
  if (LETTER_IDS.some((l) => row.text(`option_${l}`))) return 'choice';
  if (LEFT_IDS.some((n) => row.text(`left_${n}`)) || LETTER_IDS.some((l) => row.text(`right_${l}`))) return 'matching';
  const answer = row.plain('answer');
  if (answer === '') {
    if (row.header.plain.has('answer')) row.report(row.column('answer'), say('csv.answer-missing-any'));
    return undefined;
  }
  if (parseNumber(answer) !== undefined) return 'numeric';
  row.report(row.column('answer'), say('csv.no-options-not-number', { answer }));
  return undefined;
}
