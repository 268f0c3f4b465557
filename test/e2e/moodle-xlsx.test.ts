/**
 * Moodle XML and Excel workbooks through the binary, as a trainer uses them: every command that
 * reads a file gives the same verdict (import --dry-run, validate, coverage, convert), skipped
 * questions are said on stderr and refused under --strict, problems name the line and column or
 * the sheet's cell, a zip we do not read is named, and a Moodle course becomes a mock exam.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { cliEnv, runCli } from '../helpers/cli.js';
import { freshDb } from '../helpers/fresh-db.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'formats');
const MOODLE = join(FIXTURES, 'moodle-course-export.xml');
const WORKBOOK = join(FIXTURES, 'trainer-workbook.xlsx');
const WEEK3 = join(FIXTURES, 'week3-with-mistakes.xlsx');

const json = (r: { stdout: string }) => JSON.parse(r.stdout);

function verdicts(file: string, flags: readonly string[] = []) {
  const db = freshDb();
  return {
    imported: runCli(['import', file, ...flags, '--dry-run', '--json', '--db', db]),
    validated: runCli(['validate', file, ...flags, '--json']),
    covered: runCli(['coverage', file, ...flags, '--json', '--db', db]),
    converted: runCli(['convert', file, ...flags]),
  };
}

describe('the same verdict from every command', () => {
  const cases: readonly [string, string, readonly string[], number, number][] = [
    ['a Moodle XML course export (5 questions skipped, 2 more warnings)', MOODLE, [], 8, 7],
    ['an Excel workbook with foreign headers', WORKBOOK, [], 4, 0],
    ['the sheet --sheet names, in a workbook of two', WORKBOOK, ['--sheet', 'questions'], 4, 0],
  ];
  for (const [name, file, flags, n, warnings] of cases) {
    it(`${name}: all four accept it, with the same bank and the same warnings`, () => {
      const { imported, validated, covered, converted } = verdicts(file, flags);
      for (const r of [imported, validated, covered, converted]) expect(r.code).toBe(0);
      const report = json(imported).files[0];
      expect(report.added).toHaveLength(n);
      expect(report.warnings).toHaveLength(warnings);
      const validation = json(validated);
      expect(validation.files[0]).toMatchObject({ questions: n, bankId: report.bank });
      expect(validation.files[0].problems.filter((p: { code: string }) => p.code.startsWith('moodle.'))).toHaveLength(warnings);
      expect(json(converted).questions.map((q: { id: string }) => q.id)).toEqual(report.added);
      const coverage = json(covered);
      expect(coverage.outlines.reduce((s: number, o: { questions: number }) => s + o.questions, 0) + coverage.withoutOutline.questions).toBe(n);
      // Warnings are for a person (stderr); the data on stdout stays parseable.
      expect(converted.stderr.includes('warning')).toBe(warnings > 0);
      expect(covered.stderr.includes('warning')).toBe(warnings > 0);
    });
  }

  it('import says what it skipped, with lines, on stderr; --strict refuses the file and writes nothing', () => {
    const db = freshDb();
    const plain = runCli(['import', MOODLE, '--dry-run', '--db', db]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('7 warnings');
    expect(plain.stderr).toMatch(new RegExp(`${MOODLE}:\\d+:3: question "CO-07 Explain" is an essay question \\(free text, graded by a teacher\\), which pmp-study cannot study: skipped`));
    const strictDb = freshDb();
    const strict = runCli(['import', MOODLE, '--strict', '--db', strictDb]);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/"CO-07 Explain" is an essay question .* \(--strict refuses this\)/);
    // Nothing was imported: the bank is unknown to the database.
    expect(runCli(['coverage', '--bank', 'moodle-course-export', '--db', strictDb]).stderr).toContain('moodle-course-export');
    expect(runCli(['coverage', '--bank', 'moodle-course-export', '--db', strictDb]).code).toBe(2);
    const validated = runCli(['validate', MOODLE, '--strict', '--json']);
    expect(validated.code).toBe(3);
    expect(json(validated).errors).toBe(7);
  });

  it('a workbook mistake: every command names the sheet and cell; validate --json carries it as the path', () => {
    const { imported, validated, covered, converted } = verdicts(WEEK3, ['--sheet', 'Week 3']);
    for (const r of [imported, covered, converted]) {
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`${WEEK3}: 'Week 3'!F3: column "Key": "E" is not one of the options A–D`);
    }
    expect(validated.code).toBe(3);
    expect(json(validated).files[0].problems.map((p: { path: string }) => p.path)).toEqual(["'Week 3'!F3", "'Week 3'!A4"]);
  });

  it('malformed XML: the line and column, from import and validate', () => {
    const path = join(tempDir('moodle'), 'quiz.xml');
    writeFileSync(path, '<?xml version="1.0"?>\n<quiz>\n  <question type="truefalse">\n    <name><text>A & B</text></name>\n  </question>\n</quiz>\n');
    const imported = runCli(['import', path, '--db', freshDb()]);
    expect(imported.code).toBe(3);
    expect(imported.stderr).toContain(`${path}:4:${'    <name><text>A '.length + 1}: not well-formed XML: a bare "&" in text; write it as &amp;`);
    expect(json(runCli(['validate', path, '--json'])).files[0].problems[0]).toMatchObject({ line: 4, severity: 'error' });
  });
});

describe('files we do not read', () => {
  it('an Anki package is named, with the way to export its cards, in English and Korean', () => {
    const path = join(tempDir('zip'), 'pmp-deck.apkg');
    writeFileSync(path, zipSync({ 'collection.anki21': strToU8('SQLite format 3\0'), media: strToU8('{}') }));
    const en = runCli(['import', path, '--db', freshDb()]);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain(`${path} is an Anki package (.apkg), which pmp-study does not read.`);
    expect(en.stderr).toContain('Notes in Plain Text');
    expect(en.stderr).not.toContain('UTF-8');
    const ko = runCli(['validate', path, '--lang', 'ko'], { env: cliEnv() });
    expect(ko.code).toBe(3);
    expect(ko.stdout).toContain('Anki 패키지(.apkg)이며 pmp-study는 이 파일을 읽지 않습니다');
  });
});

describe('from a Moodle course to a mock exam', () => {
  it('imports the export, then pmp exam --bank draws from it', () => {
    const db = freshDb();
    expect(runCli(['import', MOODLE, '--db', db]).code).toBe(0);
    const exam = runCli(['exam', '--bank', 'moodle-course-export', '--questions', '5', '--plain', '--seed', '7', '--db', db]);
    expect(exam.stderr).not.toContain('error');
    expect(exam.stdout).toContain('Drawn only from --bank moodle-course-export.');
    expect(exam.stdout).toMatch(/Mock exam \d+ \(eco-2026\): 5 questions/);
  });
});
