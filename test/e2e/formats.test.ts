/**
 * One reading path for every command that takes a file: import, validate, coverage and convert
 * read Aiken, GIFT, CSV, our JSON and JSON through a mapping the same way, with the same problems;
 * options that must not move never move when studying.
 *
 * What the commands compute is compared through pmp's main() in this process (runCliInProcess):
 * about 130 binary starts made this the slowest file. The binary itself still answers where the
 * process is the point: a bad file's exit code and its place on stderr, files convert writes or
 * refuses to replace, a converted bank imported back.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDb } from '../helpers/cli.js';
import { freshDb } from '../helpers/fresh-db.js';
import { runCliInProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'formats');
const GIFT = join(FIXTURES, 'evm-practice.gift');
const AIKEN = join(FIXTURES, 'pmo-basics.txt');
const CSV = join(FIXTURES, 'risk-register.csv');
const THIRD_PARTY = join(process.cwd(), 'test', 'fixtures', 'third-party', 'pmp-exam-prep-mansouriyassine', 'questions');
const MAP = join('examples', 'mansouriyassine.jsonata');
const FIRST_MAPPED = join(THIRD_PARTY, readdirSync(THIRD_PARTY).filter((f) => f.endsWith('.json')).sort()[0] as string);
const COURSE = join(FIXTURES, 'course-export.json');
const COURSE_MAP = join(FIXTURES, 'course-export.jsonata');

const json = (r: { stdout: string }) => JSON.parse(r.stdout);

function write(name: string, text: string): string {
  const path = join(tempDir('formats'), name);
  writeFileSync(path, text);
  return path;
}

/** The same verdict from every command: what import --dry-run says, validate, coverage and convert say. */
async function verdicts(file: string, flags: readonly string[] = []) {
  const db = freshDb();
  const imported = await runCliInProcess(['import', file, ...flags, '--dry-run', '--json', '--db', db]);
  const validated = await runCliInProcess(['validate', file, ...flags, '--json']);
  const covered = await runCliInProcess(['coverage', file, ...flags, '--json', '--db', db]);
  const converted = await runCliInProcess(['convert', file, ...flags]);
  return { imported, validated, covered, converted };
}

/** The same four commands through the binary, as a user runs them. */
function verdictsOfTheBinary(file: string, flags: readonly string[] = []) {
  const db = tempDb();
  const imported = runCli(['import', file, ...flags, '--dry-run', '--json', '--db', db]);
  const validated = runCli(['validate', file, ...flags, '--json']);
  const covered = runCli(['coverage', file, ...flags, '--json', '--db', db]);
  const converted = runCli(['convert', file, ...flags]);
  return { imported, validated, covered, converted };
}

describe('validate, coverage and convert read every format as import does', () => {
  const cases: readonly [string, string, readonly string[], number][] = [
    ['GIFT (bare "=" in question text, CRLF, categories, markers)', GIFT, [], 6],
    ['Aiken (.txt, detected by content)', AIKEN, [], 4],
    ['CSV with a "fixed" column', CSV, [], 5],
    ['Aiken forced with --format, Korean text, another bank id', AIKEN, ['--format', 'aiken', '--text-lang', 'ko', '--bank-id', 'pmo-ko'], 4],
    ['JSON through a JSONata mapping (a real third-party set)', FIRST_MAPPED, ['--map', MAP], 20],
    ['JSON through a JSONata mapping (an LMS export, pinned options)', COURSE, ['--map', COURSE_MAP], 5],
    ['TSV with foreign headers (Stem, Choice1, Key, Feedback, Topic)', join(FIXTURES, 'trainer-choices.tsv'), [], 2],
    ['CSV with foreign headers (Question_Text, Option A, Correct_Answer)', join(FIXTURES, 'trainer-headers.csv'), [], 2],
    ['CSV through a JSONata mapping (a quiz export)', join(FIXTURES, 'quiz-export.csv'), ['--map', join(FIXTURES, 'quiz-export.jsonata')], 3],
  ];
  for (const [name, file, flags, n] of cases) {
    it(`${name}: all four accept it, with the same bank`, async () => {
      const { imported, validated, covered, converted } = await verdicts(file, flags);
      expect(imported.code).toBe(0);
      expect(validated.code).toBe(0);
      expect(covered.code).toBe(0);
      expect(converted.code).toBe(0);
      const importReport = json(imported).files[0];
      expect(importReport.added).toHaveLength(n);
      const validation = json(validated);
      expect(validation.ok).toBe(true);
      expect(validation.files[0]).toMatchObject({ questions: n, bankId: importReport.bank });
      const bank = json(converted);
      expect(bank).toMatchObject({ format: 'pmp-bank/1', id: importReport.bank });
      expect(bank.questions.map((q: { id: string }) => q.id)).toEqual(importReport.added);
      const coverage = json(covered);
      const counted = coverage.outlines.reduce((s: number, o: { questions: number }) => s + o.questions, 0) + coverage.withoutOutline.questions;
      expect(counted).toBe(n);
    });
  }

  it('a bank written by convert imports as the same questions, and again as "unchanged"', () => {
    const out = join(tempDir('formats'), 'evm.json');
    const r = runCli(['convert', GIFT, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Wrote the bank of 6 questions read from gift');
    const db = freshDb();
    const first = json(runCli(['import', out, '--json', '--db', db])).files[0];
    expect(first).toMatchObject({ format: 'json', bank: 'evm-practice' });
    expect(first.added).toEqual(['evm-cpi-01', 'evm-spi-01', 'evm-eac-01', 'reserve-01', 'reserve-02', 'evm-vac-01']);
    const fromGift = json(runCli(['import', GIFT, '--json', '--db', db])).files[0];
    expect(fromGift.unchanged).toHaveLength(6);
    expect(runCli(['validate', out, '--json']).code).toBe(0);
  });

  it('fixed options survive an export to CSV and back: "unchanged"', () => {
    const db = freshDb();
    expect(runCli(['import', CSV, '--db', db]).code).toBe(0);
    const out = join(tempDir('formats'), 'risk-register.csv');
    const exported = runCli(['banks', 'export', 'risk-register', '--format', 'csv', '--out', out, '--db', db]);
    expect(exported.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toContain(',fixed,');
    const again = json(runCli(['import', out, '--json', '--db', db])).files[0];
    expect(again).toMatchObject({ added: [], updated: [], answerChanged: [] });
    expect(again.unchanged).toHaveLength(5);
  });

  it('convert --out refuses to replace a file without --force, and replaces it with it', () => {
    const out = write('bank.json', 'keep me');
    const refused = runCli(['convert', CSV, '--out', out]);
    expect(refused.code).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(runCli(['convert', CSV, '--out', out, '--force']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).questions).toHaveLength(5);
  });

  it('a bad file: the same problems, file:line:col, from import, validate, coverage and convert; convert writes nothing', () => {
    const bad = write('broken.gift', '::ok:: EV = 10 and AC = 8. Is CPI above 1? {T}\r\n\r\n::bad:: If SPI = 0.8, then {=late ~%zz%early}\r\n');
    const out = join(tempDir('formats'), 'never.json');
    const { imported, validated, covered } = verdictsOfTheBinary(bad);
    const converted = runCli(['convert', bad, '--out', out]);
    const place = `${bad}:3:${'::bad:: If SPI = 0.8, then {=late ~%'.length + 1}`;
    for (const r of [imported, covered, converted]) {
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(place);
      expect(r.stderr).toContain('pmp validate FILE');
    }
    expect(validated.code).toBe(3);
    const problems = json(validated).files[0].problems;
    expect(problems).toEqual([expect.objectContaining({ file: bad, line: 3, column: '::bad:: If SPI = 0.8, then {=late ~%'.length + 1, severity: 'error' })]);
    expect(existsSync(out)).toBe(false);
  });

  /** One bad file per format: every command refuses it (exit 3), and import and validate list the same problems at the same places. */
  const badCases: readonly [string, string, string, readonly string[]][] = [
    ['Aiken', 'bad.txt', 'Who signs the charter?\nA. The sponsor\nB. The team\nANSWER: B\n\nWho leads the team?\nA. The project manager\nB. The PMO\nANSWER: Z\n', []],
    ['CSV', 'bad.csv', 'prompt,option_a,option_b,answer\nWho signs?,The sponsor,The team,A\nWho leads?,The PM,The PMO,Z\n', []],
    ['TSV', 'bad.tsv', 'Stem\tChoice1\tChoice2\tKey\nWho signs?\tThe sponsor\tThe sponsor\tA\n', []],
    ['our JSON', 'bad.json', JSON.stringify({ format: 'pmp-bank/1', id: 'bad', title: 'Bad', version: '1', outline: null, languages: ['en'], questions: [{ id: 'q1', type: 'single', prompt: 'Who?', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: 'c' }] }, null, 2), []],
    ['mapped JSON', 'bad-course.json', JSON.stringify({ course: 'Bad', exported: '1', items: [{ ref: 1, stem: 'Who signs?', choices: ['The sponsor', 'The team'], correct: 7, topic: 'x' }] }), ['--map', COURSE_MAP]],
  ];
  for (const [name, fileName, text, flags] of badCases) {
    it(`${name}, refused: import --dry-run, validate, coverage and convert give the same verdict and the same problems`, async () => {
      const bad = write(fileName, text);
      const { imported, validated, covered, converted } = await verdicts(bad, flags);
      for (const r of [imported, validated, covered, converted]) expect(r.code).toBe(3);
      const place = (p: { line?: number; column?: number; path?: string; message: string }) => [p.line, p.column, p.path, p.message];
      const fromImport = json(imported).problems.map(place);
      expect(fromImport.length).toBeGreaterThan(0);
      expect(json(validated).files[0].problems.filter((p: { severity: string }) => p.severity === 'error').map(place)).toEqual(fromImport);
      expect(json(await runCliInProcess(['convert', bad, ...flags, '--json'])).problems.map(place)).toEqual(fromImport);
      expect(converted.stdout).toBe('');
    });
  }

  it('validate of a foreign JSON without --map says how to map it; with --map it passes', () => {
    const without = runCli(['validate', FIRST_MAPPED]);
    expect(without.code).toBe(3);
    expect(without.stdout).toContain('--map');
    expect(runCli(['validate', FIRST_MAPPED, '--map', MAP]).code).toBe(0);
  });

  it('validate names a file it cannot tell the format of, in words', () => {
    const odd = write('notes.dat', 'just some notes\n');
    const r = runCli(['validate', odd]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`Cannot tell the format of ${odd}`);
  });
});

describe('import refuses two options with the same text, as validate does, and changes nothing', () => {
  it('CSV "N/A, N/A": exit 3 at the row, no bank, the database as it was', () => {
    const dupes = write('dupes.csv', 'id,prompt,option_a,option_b,option_c,answer\nd1,Who signs the charter?,The sponsor,N/A,N/A,A\nd2,Who leads the team?,The project manager,The sponsor,The PMO,A\n');
    const db = freshDb();
    expect(runCli(['import', CSV, '--db', db]).code).toBe(0);
    const before = readFileSync(db);
    const r = runCli(['import', CSV, dupes, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`${dupes}:2(:\\d+)?: .*option "c" has the same en text as option "b"`));
    const validated = json(runCli(['validate', dupes, '--json']));
    expect(validated.files[0].problems).toEqual([expect.objectContaining({ code: 'same-option', severity: 'error', line: 2 })]);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare("SELECT COUNT(*) FROM banks WHERE id = 'dupes'").pluck().get()).toBe(0);
    sqlite.close();
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('options that must not move never move (20 seeds)', () => {
  /** Every question shown in a session: its prompt's first line and its lettered options. */
  function shown(output: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const block of output.split(/\n── \d+ · /).slice(1)) {
      // The question's own lines: up to the answer prompt (the feedback below lists the options again).
      const lines = block.split('answer> ')[0]!.split('\n');
      const due = lines.findIndex((l) => l.startsWith('due '));
      const prompt = lines.find((l, i) => i > due && l.trim() !== '') ?? '';
      out.set(prompt.trim(), lines.filter((l) => /^ {2}[A-L]\. /.test(l)).map((l) => l.trim()));
    }
    return out;
  }

  it('Aiken, GIFT and CSV: "All/None of the above" last, "Both A and C" questions in file order, True before False', async () => {
    const db = freshDb();
    for (const f of [AIKEN, GIFT, CSV]) expect((await runCliInProcess(['import', f, '--db', db])).code).toBe(0);
    const orders = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const r = await runCliInProcess(['study', '--cram', '--bank', 'pmo-basics', '--bank', 'evm-practice', '--bank', 'risk-register', '--seed', String(seed), '--db', db], {
        // "1" answers a numeric question; a choice question says it is no letter and takes the "A".
        input: '1\nA\n'.repeat(16) + 'q\n',
      });
      const questions = shown(r.stdout);
      expect(questions.size).toBe(15);
      for (const [prompt, options] of questions) {
        orders.add(options.join('|'));
        if (prompt.startsWith('What is the main purpose of a PMO')) {
          expect(options).toEqual(['A. To provide templates and training only', 'B. To take direct control of the projects it manages', 'C. To audit projects against the methodology', 'D. Both A and C']);
        }
        if (prompt.startsWith('Which are outputs of Identify Risks')) expect(options).toEqual(['A. A only', 'B. B only', 'C. Both A and B', 'D. Neither']);
        for (const [k, o] of options.entries()) {
          if (/of the above$/.test(o)) expect(k).toBe(options.length - 1);
          if (/^[A-L]\. True$/.test(o)) expect(options).toEqual(['A. True', 'B. False']);
        }
        if (prompt.startsWith('Put the first response')) {
          expect(options[0]).toBe('A. Implement the planned response');
          expect(options[3]).toBe('D. Inform the team');
        }
      }
    }
    // The other options still shuffle.
    expect(orders.size).toBeGreaterThan(15);
  });

  it('mapped JSON: "All/None of the above" last, a "Both A and C" question in file order, True before False', async () => {
    const db = freshDb();
    expect((await runCliInProcess(['import', COURSE, '--map', COURSE_MAP, '--db', db])).code).toBe(0);
    const orders = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const r = await runCliInProcess(['study', '--cram', '--bank', 'course-course-export', '--seed', String(seed), '--db', db], { input: 'A\n'.repeat(6) + 'q\n' });
      const questions = shown(r.stdout);
      expect(questions.size).toBe(5);
      for (const [prompt, options] of questions) {
        orders.add(options.join('|'));
        if (prompt.startsWith('Which documents are inputs')) expect(options[3]).toBe('D. All of the above');
        if (prompt.startsWith('Which response transfers')) expect(options[3]).toBe('D. None of the above');
        if (prompt.startsWith('A team member reports a new risk')) {
          expect(options).toEqual(['A. It is recorded in the risk register', 'B. It is ignored until the retrospective', 'C. It is recorded and assigned an owner', 'D. Both A and C']);
        }
        if (prompt.startsWith('A servant leader')) expect(options).toEqual(['A. True', 'B. False']);
      }
    }
    // The options free to move still move.
    expect(orders.size).toBeGreaterThan(5);
  });

  it('--keep-order keeps every option of every question in file order', async () => {
    const db = freshDb();
    expect((await runCliInProcess(['import', CSV, '--keep-order', '--db', db])).code).toBe(0);
    for (let seed = 1; seed <= 5; seed++) {
      const r = await runCliInProcess(['study', '--cram', '--bank', 'risk-register', '--seed', String(seed), '--db', db], { input: 'A\n'.repeat(6) + 'q\n' });
      for (const [prompt, options] of shown(r.stdout)) {
        if (prompt.startsWith('Which response transfers')) expect(options).toEqual(['A. Insurance', 'B. Contingency reserve', 'C. Avoidance', 'D. None of the above']);
      }
    }
  });
});
