/**
 * Reads one file a trainer wants to import, in any supported format, into a checked bank.
 * Writes nothing. Every problem is collected with its place; the first bad file stops nothing
 * else from being checked (the caller decides).
 */
import { basename } from 'node:path';
import { PmpError, type InputProblem } from '../errors.js';
import { detectFormat, type FormatName } from '../import/formats.js';
import { checkLooseBank, decodeUtf8, questionLineLocator, readJsonBank, type BankReadResult } from '../import/json-bank.js';
import { jsonSyntaxErrors, MAX_JSON_DEPTH, tooDeepAt } from '../import/json-position.js';
import { readAiken } from '../import/readers/aiken.js';
import { readCsv, readTsv } from '../import/readers/csv.js';
import { readGift } from '../import/readers/gift.js';
import { mapWithJsonata } from '../import/readers/jsonata-map.js';
import { bankIdFromFileName, stableQuestionId } from '../import/readers/stable-id.js';
import type { BankReader } from '../import/readers/types.js';
import { readBankBytes, readBankText, type LoadedBankFile } from './import-bank.js';
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
}

const READERS: Readonly<Record<Exclude<FormatName, 'json'>, BankReader>> = { csv: readCsv, tsv: readTsv, aiken: readAiken, gift: readGift };

export async function loadImportFile(path: string, options: ImportFileOptions): Promise<LoadedBankFile & { readonly format: FormatName }> {
  const { fileHash, text } = readBankText(path);
  const format = options.format ?? detectFormat(path, text);
  if (!format) throw new PmpError('input.unknown-format', 'input', { file: path });

  let result: BankReadResult;
  if (format === 'json' && options.mapFile) {
    result = await mapJsonFile(path, text, options.mapFile);
  } else if (format === 'json') {
    result = readJsonBank(text, path, loadOutlines());
    if (!result.ok && looksForeign(text)) result = { ok: false, problems: [{ file: path, line: 1, column: 1, message: FOREIGN_JSON_HINT }, ...result.problems.slice(0, 5)] };
  } else {
    const read = READERS[format](text, {
      file: path,
      bankId: options.bankId ?? bankIdFromFileName(path),
      title: options.title ?? basename(path),
      version: `sha256:${fileHash.slice(0, 12)}`,
      language: options.textLanguage,
    });
    result = read.ok ? checkLooseBank(read.bank, path, questionLineLocator(read.questionLines), loadOutlines()) : { ok: false, problems: read.problems };
  }
  if (!result.ok) throw invalid(path, result.problems);
  // Not the text: a big bank's text would stay in memory through the whole import for nothing.
  return { bank: result.bank, fileHash, format };
}

const FOREIGN_JSON_HINT =
  'this JSON is not in the pmp-bank/1 format (no "format": "pmp-bank/1"); convert it with a JSONata mapping: pmp import FILE --map MAPPING.jsonata (see examples/)';

function looksForeign(text: string): boolean {
  try {
    const raw = JSON.parse(text) as unknown;
    return Array.isArray(raw) || (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === undefined);
  } catch {
    return false;
  }
}

async function mapJsonFile(path: string, text: string, mapFile: string): Promise<BankReadResult> {
  const deep = tooDeepAt(text);
  if (deep) return { ok: false, problems: [{ file: path, ...deep, message: `nested more than ${MAX_JSON_DEPTH} levels deep` }] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, problems: jsonSyntaxErrors(text).map((p) => ({ file: path, line: p.line, column: p.column, message: p.message })) };
  }
  const mapBytes = readBankBytes(mapFile);
  const mapText = decodeUtf8(mapBytes, mapFile);
  if (!mapText.ok) return { ok: false, problems: mapText.problems };
  const mapped = await mapWithJsonata(input, mapText.text, mapFile, { file: basename(path).replace(/\.[^.]*$/, ''), stableId: stableQuestionId });
  if (!mapped.ok) return { ok: false, problems: mapped.problems };
  // Positions in the mapped output do not exist in any file: problems name the path and question id.
  const checked = checkLooseBank(mapped.bank, path, () => undefined, loadOutlines());
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => ({ ...p, message: `${p.message} (in the bank the mapping ${basename(mapFile)} produced)` })) };
}

function invalid(path: string, problems: readonly InputProblem[]): PmpError {
  return new PmpError('input.invalid-bank', 'input', { file: path, count: problems.length }, problems);
}
