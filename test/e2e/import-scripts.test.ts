/**
 * `pmp import` for scripts and trainers' files: a CSV with the header names other tools use, the
 * problem list as JSON when an import fails, the true problem count, and no backup when an import
 * changes nothing (so a repeated import never pushes out the backup taken before a real change).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliEnv, runCli } from '../helpers/cli.js';
import { freshDb } from '../helpers/fresh-db.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'formats');
const HEADERS = join(FIXTURES, 'trainer-headers.csv');
const CHOICES = join(FIXTURES, 'trainer-choices.tsv');
const AMBIGUOUS = join(FIXTURES, 'trainer-ambiguous.csv');

function write(name: string, text: string): string {
  const path = join(tempDir('import-scripts'), name);
  writeFileSync(path, text);
  return path;
}

const backupsOf = (db: string): string[] => {
  const dir = join(dirname(db), 'backups');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

describe('CSV files with the header names trainers use', () => {
  it('import, and validate agrees', () => {
    const db = freshDb();
    for (const file of [HEADERS, CHOICES]) {
      const r = runCli(['import', file, '--json', '--db', db]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).files[0].added).toHaveLength(2);
      expect(runCli(['validate', file]).code).toBe(0);
    }
    const shown = runCli(['banks', 'export', 'trainer-headers', '--db', db]);
    const bank = JSON.parse(shown.stdout);
    expect(bank.questions[0]).toMatchObject({ answer: 'b', tags: ['Scope'], explanation: { en: 'Changes to scope go through the change control process.' } });
  });

  it('an ambiguous header is refused, naming both columns', () => {
    const db = freshDb();
    const r = runCli(['import', AMBIGUOUS, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${AMBIGUOUS}:1:2: column 1 ("Question") and column 2 ("Stem") both mean "prompt"`.replace(': column 1', ': ambiguous columns: column 1'));
  });
});

describe('import --json when the import fails', () => {
  it('prints every problem with file, line, column and message on stdout, exit 3', () => {
    const rows = Array.from({ length: 260 }, (_, i) => `Question ${i}?,x,y,Z`);
    const bad = write('many.csv', ['prompt,option_a,option_b,answer', ...rows].join('\n') + '\n');
    const db = freshDb();
    for (const flags of [[], ['--dry-run']]) {
      const r = runCli(['import', bad, ...flags, '--json', '--db', db]);
      expect(r.code).toBe(3);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({ ok: false, dryRun: flags.length > 0, error: 'input.invalid-import', count: 260 });
      expect(report.problems).toHaveLength(260);
      expect(report.problems[0]).toEqual({ file: bad, line: 2, column: 4, code: 'csv.answer-unknown', message: expect.stringContaining('column "answer": "Z" is not one of the options A, B') });
      expect(report.problems[259]).toMatchObject({ file: bad, line: 261, column: 4 });
      // The person at the terminal still reads the error on stderr.
      expect(r.stderr).toContain('260 problems');
    }
  });

  it('the headline counts every problem; the text shows the first ones and how many more', () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Question ${i}?,x,y,Z`);
    const bad = write('many.csv', ['prompt,option_a,option_b,answer', ...rows].join('\n') + '\n');
    const r = runCli(['import', bad, '--db', freshDb()]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Nothing was imported: 250 problems in 1 file:');
    expect(r.stderr).toContain('… +200 more');
    expect(r.stdout).toBe('');
  });

  it('a file that cannot be read is a problem in the list too', () => {
    const missing = join(tempDir('import-scripts'), 'nowhere.csv');
    const r = runCli(['import', missing, '--json', '--db', freshDb()]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, problems: [expect.objectContaining({ file: missing })] });
  });
});

describe('backups before an import', () => {
  it('an import that changes nothing takes none, and cannot push out the one before a real change', () => {
    const db = freshDb();
    const env = cliEnv();
    const csv = (key: string) => write('bank.csv', `id,prompt,option_a,option_b,answer\nq1,Which one?,x,y,${key}\nq2,And this?,x,y,A\n`);
    expect(runCli(['import', csv('A'), '--bank-id', 'drill', '--db', db], { env }).code).toBe(0);
    expect(runCli(['study', '--bank', 'drill', '--db', db], { input: 'A\nq\n', env }).code).toBe(0);
    expect(backupsOf(db)).toEqual([]);

    expect(runCli(['import', csv('B'), '--bank-id', 'drill', '--db', db], { env }).code).toBe(0); // the key changes
    const beforeKeyChange = backupsOf(db);
    expect(beforeKeyChange).toHaveLength(1);

    const same = csv('B');
    for (let i = 0; i < 6; i++) {
      const r = runCli(['import', same, '--bank-id', 'drill', '--json', '--db', db], { env });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).files[0].unchanged).toEqual(['q1', 'q2']);
    }
    expect(backupsOf(db)).toEqual(beforeKeyChange);
  });
});

describe('--map applies to CSV rows, each an object keyed by its header', () => {
  const CSV = join(FIXTURES, 'quiz-export.csv');
  const MAP = join(FIXTURES, 'quiz-export.jsonata');

  it('imports a quiz export no header alias could read, and validate and convert agree', () => {
    const db = freshDb();
    const r = runCli(['import', CSV, '--map', MAP, '--json', '--db', db]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ format: 'csv', bank: 'quiz-quiz-export', added: ['quiz-1', 'quiz-2', 'quiz-3'] });
    expect(runCli(['validate', CSV, '--map', MAP]).code).toBe(0);
    const bank = JSON.parse(runCli(['convert', CSV, '--map', MAP]).stdout);
    expect(bank.questions[2]).toMatchObject({
      prompt: { en: 'Who owns the product backlog, "what" the team builds?' },
      options: [{ id: 'a', text: { en: 'The product owner' } }, { id: 'b' }, { id: 'c' }],
      answer: 'a',
      tags: ['agile'],
    });
    expect(bank.questions[1]).toMatchObject({ answer: 'b' });
  });

  it('a header the mapping cannot tell apart is refused at its column; --map on Aiken is refused', () => {
    const twice = write('twice.csv', 'No.,Question,Question,Choices,Right choice,Chapter\n1,Q?,Q again?,x|y,1,c\n');
    const r = runCli(['import', twice, '--map', join(FIXTURES, 'quiz-export.jsonata'), '--json', '--db', freshDb()]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).problems).toEqual([{ file: twice, line: 1, column: 3, code: 'csv.map-duplicate-column', message: expect.stringContaining('duplicate column "Question": column 2 has the same name') }]);
    const aiken = runCli(['import', join(FIXTURES, 'pmo-basics.txt'), '--map', join(FIXTURES, 'quiz-export.jsonata'), '--db', freshDb()]);
    expect(aiken.code).toBe(3);
    expect(aiken.stderr).toContain('--map reads JSON, CSV and TSV files');
  });
});
