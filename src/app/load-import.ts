/**
 * Reads one file a trainer wants to import, in any supported format, into a checked bank.
 * Writes nothing. Every problem is collected with its place; the first bad file stops nothing
 * else from being checked (the caller decides).
 */
import { hash } from 'node:crypto';
import { basename } from 'node:path';
import { PmpError, type InputProblem } from '../errors.js';
import { detectFormat, type FormatName } from '../import/formats.js';
import type { Bank } from '../domain/bank.js';
import type { Question } from '../domain/question.js';
import { checkLooseBank, decodeUtf8, questionLineLocator, type BankReadResult, type Locate } from '../import/json-bank.js';
import { formatPath } from '../import/json-position.js';
import { sameOptionFindings } from '../import/lint-cues.js';
import { pinOptions } from '../import/readers/pin-options.js';
import { readAiken } from '../import/readers/aiken.js';
import { csvRows, readCsv, readTsv } from '../import/readers/csv.js';
import { readGift } from '../import/readers/gift.js';
import { readMoodleXml } from '../import/readers/moodle-xml.js';
import { bankIdFromFileName } from '../import/readers/stable-id.js';
import type { BankReader } from '../import/readers/types.js';
import { readBankBytes, type LoadedBankFile } from './import-bank.js';
import { readWorkbook, refuseKnownBinary } from './load-workbook.js';
import { mapInput, mapJsonFile, readJson, readValidJsonFile, type TextSource } from './load-json.js';
import { isZip } from '../import/zip-archive.js';
import { loadOutlines } from './outlines.js';

export interface ImportFileOptions {
  /** Forces the format instead of detecting it. */
  readonly format?: FormatName;
  /** A JSONata mapping file for JSON in another shape. */
  readonly mapFile?: string;
  readonly bankId?: string;
  readonly title?: string;
  /** Language of text that does not name its language (CSV base columns, Aiken, GIFT). */
  readonly textLanguage: string;
  /** Keep every option in file order (import --keep-order): all options are fixed in place. */
  readonly keepOrder?: boolean;
  /** Told when each file starts and ends and at every step of a mapping (progress line, --verbose timing). */
  readonly reporter?: ReadReporter;
  /** The sheet of a workbook to read (--sheet): a name, or a number from 1; default the first. */
  readonly sheet?: string;
  /** Refuse what a reader would only warn about (questions skipped, images): --strict. */
  readonly strict?: boolean;
}

/**
 * What the person waiting may be told while files are read. The caller owns the clock and the
 * screen; this path only says what happens. `mappingStep` runs at every step of a JSONata
 * evaluation (so a long mapping can be reported while it runs): keep it cheap.
 */
export interface ReadReporter {
  readStart(file: string, mapFile: string | undefined): void;
  mappingStep(): void;
  /** The file read (its format and question count), or undefined when it was refused. */
  readEnd(file: string, read: { readonly format: FormatName; readonly questions: number } | undefined): void;
}

/** How a caller other than import reads: validate lists duplicate options itself, with the linter. */
export interface LoadOptions {
  /** Return where each JSON path of the bank lies in the file (holds the text: not for big imports). */
  readonly locate?: boolean;
  /** Leave two options with the same text to the caller (validate's cue check reports them). */
  readonly allowSameOptions?: boolean;
}

/** A question whose prompt an earlier question of the same bank has: both ids, and their lines where the file has lines. */
export interface RepeatedPrompt {
  readonly questionId: string;
  readonly line?: number;
  readonly sameAs: string;
  readonly sameAsLine?: number;
}

export type LoadedImportFile = LoadedBankFile & {
  readonly format: FormatName;
  readonly locate?: Locate;
  /** What the reader read but not as written (questions skipped, images), with their places. */
  readonly warnings: readonly InputProblem[];
  /** Turns a problem's line and column into the file's own kind of place (a workbook's cell). */
  readonly relocate?: (problem: InputProblem) => InputProblem;
};

const READERS: Readonly<Record<Exclude<FormatName, 'json' | 'xlsx'>, BankReader>> = { csv: readCsv, tsv: readTsv, aiken: readAiken, gift: readGift, 'moodle-xml': readMoodleXml };

/**
 * The one reading path of every command that takes a bank file — import, validate, coverage,
 * convert: format detection or --format, --map, --bank-id, --title, --text-lang, --keep-order,
 * and the same problems with their places.
 */
export async function loadImportFile(path: string, options: ImportFileOptions, load: LoadOptions = {}): Promise<LoadedImportFile> {
  const reporter = options.reporter;
  if (!reporter) return readImportFile(path, options, load);
  reporter.readStart(path, options.mapFile);
  let read: LoadedImportFile | undefined;
  try {
    read = await readImportFile(path, options, load);
    return read;
  } finally {
    reporter.readEnd(path, read ? { format: read.format, questions: read.bank.questions.length } : undefined);
  }
}

async function readImportFile(path: string, options: ImportFileOptions, load: LoadOptions): Promise<LoadedImportFile> {
  const source = await readSource(path, options);
  if (source.kind === 'workbook') {
    if (options.mapFile) throw invalid(path, [{ file: path, message: '--map reads JSON, CSV and TSV files; a workbook is read with its columns as they are (leave out --map, or save the sheet as CSV UTF-8 for a mapping)' }]);
    const { result, locate, relocate } = source.read;
    return finish(path, result, { fileHash: source.fileHash, format: 'xlsx', locate, relocate, warnings: [] }, options, load);
  }
  const { fileHash } = source;
  // Our JSON (by its name or --format json, without --map), the usual big import, is first read
  // from the bytes as they are (load-json.ts); any doubt and every other format take the text.
  if (!options.mapFile && (options.format ?? detectFormat(path, '')) === 'json') {
    const fast = readValidJsonFile(source, path, load.locate === true);
    if (fast) return finish(path, fast.result, { fileHash, format: 'json', locate: fast.locate, warnings: [] }, options, load);
  }
  const decoded = decodeUtf8(source.bytes, path);
  if (!decoded.ok) throw invalid(path, decoded.problems);
  // Only the text is kept: the bytes are let go before any parsing.
  const text = { text: decoded.text };
  source.bytes = EMPTY;
  const format = options.format ?? detectFormat(path, text.text);
  if (!format) throw new PmpError('input.unknown-format', 'input', { file: path });

  let result: BankReadResult;
  // Where a JSON path of the bank lies in the file; nothing for a mapping's output.
  let locate: Locate = () => undefined;
  let warnings: readonly InputProblem[] = [];
  if (format === 'xlsx') {
    throw new Error('unreachable: workbooks are read by readSource');
  } else if (format === 'json' && options.mapFile) {
    result = await mapJsonFile(path, text.text, options.mapFile, options.reporter);
  } else if ((format === 'csv' || format === 'tsv') && options.mapFile) {
    const rows = csvRows(text.text, format === 'csv' ? ',' : '\t', path);
    result = rows.ok ? await mapInput(path, rows.rows, options.mapFile, options.reporter) : rows;
  } else if (options.mapFile) {
    result = { ok: false, problems: [{ file: path, message: `--map reads JSON, CSV and TSV files; a ${format} file is read as it is (leave out --map)` }] };
  } else if (format === 'json') {
    ({ result, locate } = readJson(text, path, load.locate === true));
  } else {
    const read = READERS[format](text.text, readerOptions(path, options, fileHash));
    if (read.ok) {
      // Aiken, GIFT and CSV cannot say "keep this option in place": "All of the above" and
      // True/False pairs are pinned here, with the cue linter's test.
      pinOptions(read.bank, { keepOrder: false, detect: true });
      locate = questionLineLocator(read.questionLines);
      result = checkLooseBank(read.bank, path, locate, loadOutlines());
      warnings = read.warnings ?? [];
    } else result = { ok: false, problems: read.problems };
  }
  return finish(path, result, { fileHash, format, locate, warnings }, options, load);
}

type Source = TextSource | { readonly kind: 'workbook'; readonly fileHash: string; readonly read: Awaited<ReturnType<typeof readWorkbook>> };

const EMPTY = new Uint8Array(0);

/**
 * The file's bytes, to be read as text; or, for a zip (or --format xlsx), the workbook read from
 * it. A binary file of a kind we do not read is named for what it is.
 */
async function readSource(path: string, options: ImportFileOptions): Promise<Source> {
  const bytes = readBankBytes(path);
  const fileHash = hash('sha256', bytes, 'hex');
  // Any zip goes this way, whatever --format says: a workbook is read, any other kind named.
  if (isZip(bytes) || options.format === 'xlsx' || (options.format === undefined && /\.xlsx$/i.test(path))) {
    const read = await readWorkbook(path, bytes, { ...readerOptions(path, options, fileHash), ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) });
    return { kind: 'workbook', fileHash, read };
  }
  refuseKnownBinary(path, bytes);
  return { kind: 'text', fileHash, bytes };
}

function readerOptions(path: string, options: ImportFileOptions, fileHash: string) {
  return {
    file: path,
    bankId: options.bankId ?? bankIdFromFileName(path),
    title: options.title ?? basename(path),
    version: `sha256:${fileHash.slice(0, 12)}`,
    language: options.textLanguage,
  };
}

/** The checks every format ends with: --strict, --keep-order, two options with the same text. */
function finish(
  path: string,
  result: BankReadResult,
  read: { readonly fileHash: string; readonly format: FormatName; readonly locate: Locate; readonly warnings: readonly InputProblem[]; readonly relocate?: (p: InputProblem) => InputProblem },
  options: ImportFileOptions,
  load: LoadOptions,
): LoadedImportFile {
  const { fileHash, format, locate, warnings, relocate } = read;
  if (!result.ok) throw invalid(path, result.problems);
  if (options.strict && warnings.length > 0) throw invalid(path, warnings.map((w) => ({ ...w, message: `${w.message.replace(/: skipped$/, '')} (--strict refuses this)`, ...(w.code !== undefined ? { params: { ...w.params, strict: 1 } } : {}) })));
  const bank = options.keepOrder ? keepOrder(result.bank) : result.bank;
  if (!load.allowSameOptions) {
    const same = sameOptionFindings(bank);
    if (same.length > 0) {
      throw invalid(
        path,
        same.map((f) => {
          const pos = f.path ? locate(f.path) : undefined;
          const problem: InputProblem = {
            file: path,
            ...(pos ? { line: pos.line, column: pos.column } : {}),
            ...(f.path ? { path: formatPath(f.path) } : {}),
            ...(f.questionId !== undefined ? { questionId: f.questionId } : {}),
            message: f.message,
          };
          return relocate ? relocate(problem) : problem;
        }),
      );
    }
  }
  // Not the text (unless asked): a big bank's text would stay in memory through the whole import for nothing.
  return { bank, fileHash, format, warnings, ...(load.locate ? { locate } : {}), ...(relocate ? { relocate } : {}) };
}

/**
 * Repeated prompts of a read file (by question index: the import plan finds them, or
 * lint-duplicates.ts samePrompts) with both ids and their lines. Only a file that has some is
 * read again for its positions, so a big import without repeats never keeps its text.
 */
export async function describeRepeats(path: string, bank: Bank, options: ImportFileOptions, repeats: readonly { index: number; firstIndex: number }[]): Promise<RepeatedPrompt[]> {
  if (repeats.length === 0) return [];
  const { reporter: _quiet, ...read } = options;
  const { locate = () => undefined } = await loadImportFile(path, read, { locate: true, allowSameOptions: true });
  return repeats.map((r) => {
    const line = locate(['questions', r.index, 'prompt'])?.line;
    const sameAsLine = locate(['questions', r.firstIndex, 'prompt'])?.line;
    const id = (i: number) => (bank.questions[i] as Question).id;
    return { questionId: id(r.index), ...(line !== undefined ? { line } : {}), sameAs: id(r.firstIndex), ...(sameAsLine !== undefined ? { sameAsLine } : {}) };
  });
}

/** A repeated prompt as a problem that refuses the file (import --strict). */
export function repeatedPromptProblem(file: string, r: RepeatedPrompt): InputProblem {
  return {
    file,
    ...(r.line !== undefined ? { line: r.line, column: 1 } : {}),
    questionId: r.questionId,
    message: `same prompt as ${r.sameAs}${r.sameAsLine !== undefined ? ` (line ${r.sameAsLine})` : ''}: reword one or remove it (--strict refuses a repeated prompt; without it, import warns)`,
  };
}

/**
 * Every file read (any problem in any file stops everything, and every problem of every file is
 * listed in one error); two files may not make banks with the same id.
 */
export async function loadImportFiles(paths: readonly string[], options: ImportFileOptions): Promise<(LoadedImportFile & { readonly file: string })[]> {
  const loaded: (LoadedImportFile & { file: string })[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    try {
      loaded.push({ ...(await loadImportFile(path, options)), file: path });
    } catch (error) {
      if (error instanceof PmpError && error.category === 'input') {
        problems.push(...(error.problems.length > 0 ? error.problems : [{ file: path, message: error.key, messageKey: error.key, params: error.params }]));
      } else throw error;
    }
  }
  const firstFileOf = new Map<string, string>();
  for (const l of loaded) {
    const other = firstFileOf.get(l.bank.id);
    if (other) problems.push({ file: l.file, message: `bank id "${l.bank.id}" is also the id of ${other}; give one of them another id (--bank-id)` });
    firstFileOf.set(l.bank.id, l.file);
  }
  if (problems.length > 0) {
    throw new PmpError('input.invalid-import', 'input', { count: problems.length, files: new Set(problems.map((p) => p.file)).size }, problems);
  }
  return loaded;
}

/** Every option of every question fixed in file order (--keep-order). */
function keepOrder(bank: Bank): Bank {
  return { ...bank, questions: bank.questions.map((q) => ('options' in q ? ({ ...q, options: q.options.map((o) => ({ ...o, fixed: true })) } as Question) : q)) };
}

function invalid(path: string, problems: readonly InputProblem[]): PmpError {
  return new PmpError('input.invalid-bank', 'input', { file: path, count: problems.length }, problems);
}
