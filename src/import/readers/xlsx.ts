/**
 * Reads a question bank from an Excel workbook (.xlsx): one sheet (the first, or --sheet NAME|N)
 * holds the CSV columns (docs/formats/csv.md, header aliases included), one question per row.
 * read-excel-file (well-kept, small) parses the workbook; the rows then go through the CSV reader's
 * own header and cell rules (csv.ts readRecords), so a spreadsheet and a CSV file say the same
 * things. Numbers keep the digits the workbook stores (0.9 stays "0.9"); a date becomes
 * "2026-01-05". Problems name the sheet and cell: "Questions!C12".
 *
 * The caller has checked the archive against zip bombs (zip-archive.ts) before this runs.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { InputProblem } from '../../errors.js';
import { readRecords } from './csv.js';
import { say, type ReaderText } from './reader-text.js';
import type { CsvRecord } from './csv-columns.js';
import type { ReaderOptions, ReaderResult } from './types.js';

export type XlsxResult = ReaderResult & { readonly sheet?: string };

export async function readXlsx(bytes: Buffer, options: ReaderOptions & { readonly sheet?: string }): Promise<XlsxResult> {
  const fail = (said: ReaderText): XlsxResult => ({ ok: false, problems: [{ file: options.file, ...said }] });
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // parseNumber keeps a number as the digits the workbook stores, not a float's rendering.
    sheets = (await readXlsxFile(buffer, { parseNumber: (s: string) => s, trim: false })) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    return fail(say('xlsx.unreadable', { detail: (error as Error).message }));
  }
  const chosen = pickSheet(sheets, options.sheet);
  if (!chosen) {
    const names = sheets.map((s, i) => `${i + 1} "${s.sheet}"`).join(', ');
    return fail(say('xlsx.no-sheet', { sheet: JSON.stringify(options.sheet), sheets: names }));
  }
  const records: CsvRecord[] = chosen.data.map((row, i) => ({ cells: row.map(cellText), line: i + 1 }));
  if (records.every((r) => r.cells.every((c) => c.trim() === ''))) {
    return fail(say('xlsx.empty-sheet', { sheet: chosen.sheet }));
  }
  const read = readRecords(records, undefined, 'cell', options);
  if (read.ok) return { ...read, sheet: chosen.sheet };
  return { ok: false, problems: read.problems.map((p) => inCell(p, chosen.sheet)) };
}

function pickSheet<S extends { sheet: string }>(sheets: readonly S[], wanted: string | undefined): S | undefined {
  if (wanted === undefined) return sheets[0];
  if (/^\d+$/.test(wanted.trim())) return sheets[Number(wanted.trim()) - 1];
  return sheets.find((s) => s.sheet === wanted) ?? sheets.find((s) => s.sheet.toLowerCase() === wanted.trim().toLowerCase());
}

/** A cell as the trainer sees it: text as is, a number's stored digits, a date as yyyy-mm-dd. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** "A" for column 1, "AA" for column 27. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A problem at line L (the row) and column C as the sheet's cell, "Questions!C12", in place of
 * line and column; a problem with the whole row (column 0 or none) is "Questions row 12".
 */
export function inCell(problem: InputProblem, sheet: string): InputProblem {
  if (problem.line === undefined) return problem;
  const { line, column, ...rest } = problem;
  const ref = column ? `${quoteSheet(sheet)}!${columnLetters(column)}${line}` : `${quoteSheet(sheet)} row ${line}`;
  return { ...rest, path: rest.path !== undefined ? `${ref} ${rest.path}` : ref };
}

/** Excel quotes a sheet name with spaces or punctuation: 'My Sheet'!A1. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
