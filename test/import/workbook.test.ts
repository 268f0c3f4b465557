/**
 * Excel workbooks and other binary files on the one reading path (src/app/load-import.ts): real
 * .xlsx files written by openpyxl (test/fixtures/formats/make-workbook.py), and zip archives built
 * here with fflate — an Anki package, a QTI package, a Word document, an OpenDocument spreadsheet,
 * and zip bombs that declare, or hide, more than the limit.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { loadImportFile } from '../../src/app/load-import.js';
import type { Question } from '../../src/domain/question.js';
import { PmpError } from '../../src/errors.js';
import { columnLetters } from '../../src/import/readers/xlsx.js';
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from '../../src/import/zip-archive.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'formats');
const WORKBOOK = join(FIXTURES, 'trainer-workbook.xlsx');
const WEEK3 = join(FIXTURES, 'week3-with-mistakes.xlsx');
const EN = { textLanguage: 'en' } as const;

async function refusal(path: string, options: Parameters<typeof loadImportFile>[1] = EN): Promise<PmpError> {
  try {
    await loadImportFile(path, options);
  } catch (error) {
    if (error instanceof PmpError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

function writeZip(name: string, entries: Zippable): string {
  const path = join(tempDir('zip'), name);
  writeFileSync(path, zipSync(entries));
  return path;
}

/** Sets the uncompressed size an archive declares for one entry, in its local header and central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Buffer {
  const bytes = Buffer.from(zip);
  const entryName = Buffer.from(name);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = bytes.readUInt32LE(i);
    if (signature === 0x04034b50 && bytes.subarray(i + 30, i + 30 + entryName.length).equals(entryName)) bytes.writeUInt32LE(size, i + 22);
    if (signature === 0x02014b50 && bytes.subarray(i + 46, i + 46 + entryName.length).equals(entryName)) bytes.writeUInt32LE(size, i + 24);
  }
  return bytes;
}

const byPrompt = (questions: readonly Question[], start: string): Question => {
  const q = questions.find((x) => (x.prompt.en ?? '').startsWith(start));
  if (!q) throw new Error(`no question starting "${start}"`);
  return q;
};

describe('an Excel workbook with foreign headers', () => {
  it('reads the first sheet with the CSV columns and their aliases; numbers and dates as the trainer typed them', async () => {
    const loaded = await loadImportFile(WORKBOOK, EN);
    expect(loaded.format).toBe('xlsx');
    expect(loaded.bank.questions.map((q) => q.type)).toEqual(['single', 'single', 'multiple', 'single']);
    const cpi = byPrompt(loaded.bank.questions, 'EV is 45,000');
    expect('options' in cpi && cpi.options.map((o) => o.text.en)).toEqual(['0.9', '1.1', '0.5', '1.5']);
    expect(cpi.tags).toEqual(['Cost']);
    expect(cpi.explanation?.en).toBe('CPI = EV / AC = 45,000 / 50,000 = 0.9.');
    const dated = byPrompt(loaded.bank.questions, 'The kick-off meeting');
    expect('options' in dated && dated.options.map((o) => [o.text.en, o.fixed])).toEqual([['2026-01-05', false], ['None of the above', true]]);
    const charter = byPrompt(loaded.bank.questions, 'Which are inputs');
    expect(charter.type === 'multiple' && charter.answer).toEqual(['a', 'b']);
  });

  it('gives the same bank on every read, so importing it again keeps progress', async () => {
    const [a, b] = [await loadImportFile(WORKBOOK, EN), await loadImportFile(WORKBOOK, EN)];
    expect(a.bank).toEqual(b.bank);
    expect(a.bank.id).toBe('trainer-workbook');
  });

  it('reads the sheet --sheet names (by name, any case, or number) and names each problem by its cell', async () => {
    for (const sheet of ['Week 3', 'week 3', '2']) {
      const error = await refusal(WEEK3, { ...EN, sheet });
      expect(error.problems.map((p) => [p.path, p.line, p.message.replace(/:.*/, '')])).toEqual([
        ["'Week 3'!F3", undefined, 'column "Key"'],
        ["'Week 3'!A4", undefined, 'column "Question"'],
      ]);
      expect(error.problems[0]?.message).toMatch(/"E" is not one of the options A–D/);
    }
  });

  it('says which sheets there are when --sheet names none, and that the first sheet holds no questions', async () => {
    expect((await refusal(WEEK3, { ...EN, sheet: 'Week 4' })).problems[0]?.message).toMatch(/no sheet "Week 4"; its sheets are 1 "Cover", 2 "Week 3"/);
    const first = await refusal(WEEK3, EN);
    expect(first.problems.some((p) => p.path === 'Cover row 1' && /no "prompt" column/.test(p.message))).toBe(true);
  });

  it('refuses --map on a workbook, saying how to map it', async () => {
    expect((await refusal(WORKBOOK, { ...EN, mapFile: join(process.cwd(), 'examples', 'mansouriyassine.jsonata') })).problems[0]?.message).toMatch(/--map reads JSON, CSV and TSV files; .*save the sheet as CSV UTF-8/);
  });

  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('refuses a text file named .xlsx, and a workbook forced with --format on a text file', async () => {
    const path = join(tempDir('xlsx'), 'questions.xlsx');
    writeFileSync(path, 'prompt,option_a,option_b,answer\nQ?,A,B,A\n');
    expect((await refusal(path)).problems[0]?.message).toMatch(/not an Excel workbook/);
    const csv = join(tempDir('xlsx'), 'questions.csv');
    writeFileSync(csv, 'prompt,option_a,option_b,answer\nQ?,A,B,A\n');
    expect((await refusal(csv, { ...EN, format: 'xlsx' })).problems[0]?.message).toMatch(/not an Excel workbook/);
  });
});

describe('zip archives and binary files that are not workbooks', () => {
  const cases: [string, Zippable, string][] = [
    ['deck.apkg', { 'collection.anki2': strToU8('SQLite format 3\0'), media: strToU8('{}') }, 'anki'],
    ['quiz-qti.zip', { 'imsmanifest.xml': strToU8('<manifest/>'), 'items/q1.xml': strToU8('<assessmentItem/>') }, 'ims-package'],
    ['questions.docx', { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }, 'docx'],
    ['questions.ods', { mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<c/>') }, 'ods'],
    ['course.mbz', { 'moodle_backup.xml': strToU8('<moodle_backup/>') }, 'moodle-backup'],
    ['misc.zip', { 'readme.txt': strToU8('hello') }, 'zip'],
  ];
  for (const [name, entries, kind] of cases) {
    it(`names ${name} for what it is (${kind}), whatever its name or --format says`, async () => {
      const path = writeZip(name, entries);
      expect((await refusal(path)).key).toBe(`input.packaged.${kind}`);
      expect((await refusal(path, { ...EN, format: 'csv' })).key).toBe(`input.packaged.${kind}`);
    });
  }

  it('names an old .xls (or .doc), a PDF and a gzip file instead of saying "save it as UTF-8"', async () => {
    const dir = tempDir('binary');
    const files: [string, Buffer, string][] = [
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ole2'],
      ['handout.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'pdf'],
      ['backup.mbz', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), 'gzip'],
    ];
    for (const [name, bytes, kind] of files) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      expect((await refusal(path)).key).toBe(`input.packaged.${kind}`);
    }
  });

  it(`refuses an archive declaring more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB before inflating anything`, async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
    const path = join(tempDir('bomb'), 'bomb.xlsx');
    writeFileSync(path, declareSize(zip, 'xl/worksheets/sheet1.xml', 0xfffffff0));
    expect((await refusal(path)).problems[0]?.message).toMatch(/unpacks to more than 256 MiB \(a zip bomb\?\); refused before unpacking/);
  });

  it('refuses an archive whose entry inflates past the size it declares (a zip bomb that lies)', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const path = join(tempDir('bomb'), 'liar.xlsx');
    writeFileSync(path, declareSize(zip, 'xl/worksheets/sheet1.xml', 1000));
    expect((await refusal(path)).problems[0]?.message).toMatch(/lies about its sizes \(a zip bomb\?\)/);
  });

  it(`refuses an archive of more than ${MAX_ZIP_ENTRIES} entries`, async () => {
    const entries: Zippable = { 'xl/workbook.xml': strToU8('<workbook/>') };
    for (let i = 0; i < MAX_ZIP_ENTRIES; i++) entries[`xl/media/${i}.txt`] = [new Uint8Array(0), { level: 0 }];
    const path = writeZip('many.xlsx', entries);
    expect((await refusal(path)).problems[0]?.message).toMatch(new RegExp(`has ${MAX_ZIP_ENTRIES + 1} entries; more than ${MAX_ZIP_ENTRIES} are refused`));
  });
});
