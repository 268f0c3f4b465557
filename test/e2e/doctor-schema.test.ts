/**
 * pmp doctor knows the schema (what the migrations make) and the damage: each table, index and
 * trigger dropped in turn is named, and --fix puts it back or says to restore; damaged pages are an
 * unhealthy file with the newest good backup offered, and every command says so (exit 4).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { closeSync, copyFileSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase } from '../../src/storage/backups.js';
import { openDatabase } from '../../src/storage/database.js';
import { expectedSchema, normalizeSql, readSchema } from '../../src/storage/schema-check.js';
import { bankFile } from '../helpers/fixtures.js';
import { runCli, tempDb } from '../helpers/cli.js';
import { runCliInProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Missing tables that provably held no rows in the template (no exam was ever started), and the
 * calibration's kept inputs, a cache of the log that is read again when empty.
 */
const CREATABLE_EMPTY = new Set(['exams', 'exam_items', 'calibration_inputs']);

let template = '';

/** A database with a bank and two answers, all in the main file (no write-ahead log). */
function makeTemplate(): string {
  const db = tempDb();
  const bank = join(tempDir('doc-schema'), 'bank.json');
  writeFileSync(bank, JSON.stringify(bankFile(6)));
  expect(runCli(['import', bank, '--db', db]).code).toBe(0);
  expect(runCli(['study', '--db', db, '--bank', 'test-bank'], { input: 'A\nA\nq\n' }).code).toBe(0);
  const raw = new Database(db);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return db;
}

function copyOfTemplate(): string {
  const db = tempDb();
  copyFileSync(template, db);
  return db;
}

/** Output with its line wrapping undone. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const schemaOf = (path: string) => {
  const d = new Database(path, { readonly: true });
  try {
    return readSchema(d);
  } finally {
    d.close();
  }
};

beforeAll(() => {
  template = makeTemplate();
});

describe('pmp doctor and the schema', () => {
  it('finds every object the migrations make in a new database', () => {
    const r = runCli(['doctor', '--json', '--db', copyOfTemplate()]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.objects).toEqual({ expected: expectedSchema().length, differences: [] });
    expect(expectedSchema().map((o) => o.type)).toEqual(expect.arrayContaining(['table', 'index', 'trigger']));
  });

  const objects = expectedSchema().map((o) => [o.type, o.name] as const);
  // Each object dropped in turn, about 25 of them: doctor's findings through main() in this process
  // (three binary starts each made this file one of the slowest); the cases below run the binary.
  it.each(objects)('names a dropped %s %s, and --fix puts it back or says to restore', async (type, name) => {
    const db = copyOfTemplate();
    const raw = new Database(db);
    raw.pragma('foreign_keys = OFF'); // a dropped table takes its rows with it, whatever points at them
    raw.exec(`DROP ${type.toUpperCase()} "${name}"`);
    raw.close();

    const sick = await runCliInProcess(['doctor', '--db', db]);
    expect(sick.code).toBe(4);
    expect(flat(sick.stdout)).toContain(`✗ the schema differs from what the migrations make`);
    expect(flat(sick.stdout)).toContain(`${type} ${name} is missing`);
    expect(sick.stderr).toBe('');

    const fixed = await runCliInProcess(['doctor', '--fix', '--json', '--db', db]);
    const report = JSON.parse(fixed.stdout);
    const fixable = type !== 'table' || CREATABLE_EMPTY.has(name);
    if (fixable) {
      expect({ code: fixed.code, healthy: report.healthy, done: report.schemaRepair.done }).toEqual({ code: 0, healthy: true, done: true });
      expect(report.backups[0].reason).toBe('before-repair');
      const want = expectedSchema().find((o) => o.type === type && o.name === name)!;
      const back = schemaOf(db).find((o) => o.type === type && o.name === name);
      expect(back && normalizeSql(back.sql)).toBe(normalizeSql(want.sql));
      expect((await runCliInProcess(['doctor', '--db', db])).code).toBe(0);
    } else {
      expect(fixed.code).toBe(4);
      expect(report.schemaRepair.needsRestore).toContain(`table ${name}`);
      expect(schemaOf(db).some((o) => o.name === name)).toBe(false);
      const text = await runCliInProcess(['doctor', '--fix', '--db', db]);
      expect(text.code).toBe(4);
      expect(flat(text.stdout)).toMatch(new RegExp(`Cannot be recreated without losing data: [^]*table ${name}[^]*pmp doctor --restore`));
    }
  });

  it('names an altered trigger and an unexpected index, and --fix mends both', () => {
    const db = copyOfTemplate();
    const raw = new Database(db);
    raw.exec(`DROP TRIGGER review_log_no_delete; CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log BEGIN SELECT 1; END;
              CREATE INDEX my_index ON questions(type)`);
    raw.close();
    const sick = runCli(['doctor', '--db', db]);
    expect(sick.code).toBe(4);
    expect(flat(sick.stdout)).toContain('trigger review_log_no_delete is altered');
    expect(flat(sick.stdout)).toContain('index my_index is not one pmp-study makes');
    expect(flat(sick.stdout)).toContain('pmp doctor --fix');
    expect(runCli(['doctor', '--fix', '--db', db]).code).toBe(0);
    const after = new Database(db);
    expect(() => after.exec('DELETE FROM review_log')).toThrow(/append-only/);
    after.close();
    expect(schemaOf(db).some((o) => o.name === 'my_index')).toBe(false);
  });

  it('leaves an exam table with exams in it to a restore: rows point at it', () => {
    const db = copyOfTemplate();
    const raw = new Database(db);
    raw.exec(`INSERT INTO sessions (kind, started_at) VALUES ('exam', 0); DROP TABLE exam_items`);
    raw.exec(`INSERT INTO exams (session_id, outline, seed, format, started_at, status) VALUES (last_insert_rowid(), 'eco-2026', 1, '{}', 0, 'abandoned')`);
    raw.close();
    const r = runCli(['doctor', '--fix', '--json', '--db', db]);
    expect(r.code).toBe(4);
    expect(JSON.parse(r.stdout).schemaRepair).toMatchObject({ createEmpty: [], needsRestore: ['table exam_items'] });
  });

  it('a command that meets a missing table says so with the path and points to doctor (exit 4)', () => {
    const db = copyOfTemplate();
    const raw = new Database(db);
    raw.exec('DROP TABLE exam_items');
    raw.close();
    const r = runCli(['exam', '--db', db]);
    expect(r.code).toBe(4);
    expect(flat(r.stderr)).toContain(`The database ${db} is missing part of its structure (no such table: exam_items)`);
    expect(flat(r.stderr)).toContain('pmp doctor');
    expect(flat(r.stderr)).not.toContain('Something went wrong');
  });
});

describe('damaged pages', () => {
  /** Overwrites the middle half of the file (after a checkpoint, so the pages are in the main file). */
  function corrupt(db: string): void {
    const size = statSync(db).size;
    const page = 4096;
    const from = Math.floor(size / 4 / page) * page;
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(Math.floor(size / 2 / page) * page, 0x5a), 0, undefined, from);
    closeSync(fd);
  }

  it('doctor reports an unhealthy file with the newest good backup; stats and study say the file is damaged (exit 4); a restore mends it', () => {
    const db = copyOfTemplate();
    const handle = openDatabase(db);
    backupDatabase(handle, db, 'before-import', Date.now());
    handle.pragma('wal_checkpoint(TRUNCATE)');
    handle.close();
    corrupt(db);

    const r = runCli(['doctor', '--db', db]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 4, stderr: '' });
    expect(flat(r.stdout)).toContain('✗ the file is damaged');
    expect(flat(r.stdout)).toContain('pmp doctor --restore');
    expect(flat(r.stdout)).toMatch(/The newest good backup is 1 \(.*before-import[^]*\) ?: pmp doctor --restore 1 puts it in place/);

    const json = runCli(['doctor', '--json', '--db', db]);
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stdout)).toMatchObject({ healthy: false, newestGoodBackup: { n: 1, reason: 'before-import' } });

    const fix = runCli(['doctor', '--fix', '--db', db]);
    expect(fix.code).toBe(4);
    expect(flat(fix.stdout)).toContain('pmp doctor --restore');
    expect(flat(fix.stdout)).not.toContain('Repaired');

    for (const args of [['stats'], ['study', '--bank', 'test-bank']]) {
      const c = runCli([...args, '--db', db], { input: 'A\nq\n' });
      expect({ args, code: c.code }).toEqual({ args, code: 4 });
      expect(flat(c.stderr)).toContain(`The database ${db} is damaged`);
      expect(flat(c.stderr)).toContain('pmp doctor');
      expect(flat(c.stderr)).not.toContain('Something went wrong');
    }

    expect(runCli(['doctor', '--restore', '1', '--yes', '--db', db]).code).toBe(0);
    expect(runCli(['doctor', '--db', db]).code).toBe(0);
  });
});
