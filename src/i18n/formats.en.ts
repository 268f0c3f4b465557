/** Files the reading path names instead of reading (zip packages, old binaries) and reader warnings, in English. */
type P = Readonly<Record<string, string | number>>;

/** What the file is, and how to get its questions into a format we read. */
const notRead = (p: P, what: string, how: string) => `${p.file} is ${what}, which pmp-study does not read. ${how}`;

export const formatsEn = {
  'input.packaged.anki': (p: P) => notRead(p, 'an Anki package (.apkg)', 'Anki cards are front/back notes without wrong options. In Anki: File → Export → "Notes in Plain Text", then build multiple-choice rows from them in a spreadsheet (Question, Option A, Option B …, Answer) and import the .xlsx or CSV.'),
  'input.packaged.ims-package': (p: P) => notRead(p, 'an IMS content package (QTI or SCORM, with imsmanifest.xml)', 'Export the questions from the system that made it as Moodle XML, GIFT or CSV instead (in Moodle: Question bank → Export → Moodle XML format), or import the package into Moodle first and export from there.'),
  'input.packaged.moodle-backup': (p: P) => notRead(p, 'a Moodle course backup (.mbz)', 'Export the question bank instead: in the course, Question bank → Export → Moodle XML format, then pmp import questions.xml.'),
  'input.packaged.docx': (p: P) => notRead(p, 'a Word document (.docx)', 'Copy the questions into a plain text file in Aiken or GIFT form (docs/formats/aiken.md, docs/formats/gift.md) saved as UTF-8, or into a spreadsheet with the CSV columns (docs/formats/csv.md).'),
  'input.packaged.pptx': (p: P) => notRead(p, 'a PowerPoint presentation (.pptx)', 'Copy the questions into a spreadsheet with the CSV columns (docs/formats/csv.md) or a text file in Aiken or GIFT form.'),
  'input.packaged.ods': (p: P) => notRead(p, 'an OpenDocument spreadsheet (.ods)', 'In LibreOffice Calc: File → Save As → "Excel 2007-365 (.xlsx)" or "Text CSV" (UTF-8), then import that file.'),
  'input.packaged.odt': (p: P) => notRead(p, 'an OpenDocument text (.odt)', 'Copy the questions into a plain text file in Aiken or GIFT form saved as UTF-8 (docs/formats/aiken.md), or into a spreadsheet with the CSV columns.'),
  'input.packaged.odf': (p: P) => notRead(p, 'an OpenDocument file', 'Save the questions as .xlsx or CSV (UTF-8) from LibreOffice, with the columns in docs/formats/csv.md.'),
  'input.packaged.h5p': (p: P) => notRead(p, 'an H5P package (.h5p)', 'Write the questions out as Moodle XML, GIFT or a spreadsheet with the CSV columns (docs/formats/).'),
  'input.packaged.zip': (p: P) => notRead(p, 'a zip archive', 'Unpack it and import the question file inside: Moodle XML, GIFT, Aiken, CSV, an .xlsx workbook or our JSON.'),
  'input.packaged.ole2': (p: P) => notRead(p, 'an old Office file (.xls or .doc, before 2007)', 'Open it and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", then import that file.'),
  'input.packaged.gzip': (p: P) => notRead(p, 'a gzip archive (a Moodle .mbz course backup?)', 'For a Moodle course, export the question bank instead: Question bank → Export → Moodle XML format. Otherwise unpack it and import the file inside.'),
  'input.packaged.pdf': (p: P) => notRead(p, 'a PDF document', 'Copy the questions into a plain text file in Aiken or GIFT form saved as UTF-8 (docs/formats/aiken.md), or into a spreadsheet with the CSV columns.'),

  // what a reader read but not as written
  'formats.warnings': (p: P) => `${p.file}: ${p.n === 1 ? '1 warning' : `${p.n} warnings`} (pmp validate lists them all; --strict refuses them):`,
  'formats.more-warnings': (p: P) => `… and ${p.n} more`,
} as const;
