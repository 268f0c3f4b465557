/**
 * The binary side of the reading path (load-import.ts): a file that is not text. An Excel workbook
 * is checked against zip bombs, then read like a CSV file; any other zip (an Anki package, a QTI
 * package, a Word document …) or known binary (an old .xls, a PDF) is named for what it is, with
 * the way to export its questions to something we read — not told to "save it as UTF-8".
 */
import { PmpError, type InputProblem } from '../errors.js';
import type { BankReadResult, Locate } from '../import/json-bank.js';
import { checkLooseBank, questionLineLocator } from '../import/json-bank.js';
import { pinOptions } from '../import/readers/pin-options.js';
import type { ReaderOptions } from '../import/readers/types.js';
import { inCell, readXlsx } from '../import/readers/xlsx.js';
import { binaryKind, listZip, zipKind } from '../import/zip-archive.js';
import { loadOutlines } from './outlines.js';

export interface WorkbookRead {
  readonly result: BankReadResult;
  readonly locate: Locate;
  /** Turns a problem's line and column (row and column of the sheet) into the sheet's cell. */
  readonly relocate: (problem: InputProblem) => InputProblem;
}

/**
 * Throws a PmpError naming the kind of a binary file we do not read (key `input.packaged.KIND`,
 * with its hint); does nothing for a file that may be text, or for a zip (read by readWorkbook).
 */
export function refuseKnownBinary(path: string, bytes: Uint8Array): void {
  const kind = binaryKind(bytes);
  if (kind && kind !== 'zip') throw new PmpError(`input.packaged.${kind}`, 'input', { file: path });
}

export async function readWorkbook(path: string, bytes: Buffer, options: ReaderOptions & { readonly sheet?: string }): Promise<WorkbookRead> {
  if (binaryKind(bytes) !== 'zip') {
    throw new PmpError('input.invalid-bank', 'input', { file: path, count: 1 }, [{ file: path, line: 1, column: 1, message: 'not an Excel workbook (.xlsx files are zip archives, and this file is not one); for a CSV file name it .csv, or say --format csv' }]);
  }
  // Only the XML parts are inflated by the workbook reader: those are the ones checked in full.
  const listing = await listZip(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  if (!listing.ok) throw new PmpError('input.invalid-bank', 'input', { file: path, count: 1 }, [{ file: path, message: listing.message }]);
  const kind = zipKind(listing);
  if (kind !== 'xlsx') throw new PmpError(`input.packaged.${kind}`, 'input', { file: path });

  const read = await readXlsx(bytes, options);
  const sheet = read.ok ? (read.sheet ?? '') : '';
  if (!read.ok) return { result: { ok: false, problems: read.problems }, locate: () => undefined, relocate: (p) => p };
  pinOptions(read.bank, { keepOrder: false, detect: true });
  const byQuestion = questionLineLocator(read.questionLines);
  // A question's row; the column is not known from a JSON path, so the whole row is named.
  const locate: Locate = (jsonPath) => {
    const at = byQuestion(jsonPath);
    return at ? { line: at.line, column: 0 } : undefined;
  };
  const relocate = (p: InputProblem) => inCell(p, sheet);
  const checked = checkLooseBank(read.bank, path, locate, loadOutlines());
  return { result: checked.ok ? checked : { ok: false, problems: checked.problems.map(relocate) }, locate, relocate };
}
