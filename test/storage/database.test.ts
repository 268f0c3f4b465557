import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PmpError } from '../../src/errors.js';
import { openDatabase, writeTransaction } from '../../src/storage/database.js';
import { SCHEMA_VERSION } from '../../src/storage/migrations.js';
import { bankFile, memoryDbWithBank, parseBank, T0 } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const openError = (path: string): PmpError => {
  try {
    openDatabase(path);
  } catch (e) {
    return e as PmpError;
  }
  throw new Error('expected openDatabase to fail');
};

describe('opening and migrating a database', () => {
  it('creates the schema with the real migrations and records the version', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['banks', 'questions', 'review_log', 'review_undo', 'card_state', 'sessions', 'settings']));
  });

  it('uses WAL, full sync, a busy timeout and foreign keys on a file', () => {
    const path = join(tempDir('db'), 'a.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('opens an existing database again without migrating twice', () => {
    const path = join(tempDir('db'), 'b.db');
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const path = join(tempDir('db'), 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = sha(path);
    const error = openError(path);
    expect(error).toBeInstanceOf(PmpError);
    expect(error.key).toBe('db.newer-version');
    expect(error.category).toBe('database');
    expect(sha(path)).toBe(before);
  });

  it('refuses a file that is not SQLite with a clear error, not a crash', () => {
    const path = join(tempDir('db'), 'random.db');
    writeFileSync(path, randomBytes(8192));
    const before = sha(path);
    expect(openError(path).key).toBe('db.not-a-database');
    expect(sha(path)).toBe(before);
    const textPath = join(tempDir('db'), 'notes.db');
    writeFileSync(textPath, 'just some notes, not a database\n'.repeat(100));
    expect(openError(textPath).key).toBe('db.not-a-database');
  });
});

describe('the review log', () => {
  it('is append-only: rows cannot be changed or deleted', () => {
    const db = memoryDbWithBank(parseBank(bankFile(1)));
    db.prepare(
      `INSERT INTO review_log (question_pk, key_version, answered_at, response, correct, elapsed_ms, rating) VALUES (1, 1, ?, '{}', 1, 10, 3)`,
    ).run(T0);
    expect(() => db.prepare('UPDATE review_log SET correct = 0').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM review_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT COUNT(*) FROM review_log').pluck().get()).toBe(1);
  });
});

describe('the upgrade from schema 1 (before mock exams) to 2', () => {
  it('keeps every bank, question and answer, adds the exam tables, and backs the file up first', async () => {
    const { MIGRATIONS } = await import('../../src/storage/migrations.js');
    const { listBackups } = await import('../../src/storage/backups.js');
    const path = join(tempDir('db'), 'v1.db');
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0] as string);
    raw.pragma('user_version = 1');
    raw.exec(`INSERT INTO banks (id, title, version, outline, languages, body, content_hash, source, imported_at) VALUES ('b', '{}', '1', 'eco-2026', '["en"]', '{}', 'h', 'import', 1)`);
    raw.exec(`INSERT INTO questions (pk, bank_id, question_id, type, tags, body, content_hash, answer_hash, prompt_key, new_rank) VALUES (1, 'b', 'q1', 'single', '[]', '{}', 'c', 'a', 'p', 1)`);
    raw.exec(`INSERT INTO card_state (question_pk, phase, stability, difficulty, scheduled_days, learning_steps, reps, lapses, new_rank) VALUES (1, 'new', 0, 0, 0, 0, 0, 0, 1)`);
    raw.prepare(`INSERT INTO review_log (question_pk, key_version, answered_at, response, correct, elapsed_ms, rating) VALUES (1, 1, ?, '{}', 1, 10, 3)`).run(T0);
    const before = raw.prepare('SELECT * FROM review_log').all();
    raw.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT * FROM review_log').all()).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) FROM questions').pluck().get()).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'exam%' ORDER BY name`).pluck().all()).toEqual(['exam_items', 'exams']);
    db.close();
    const backups = listBackups(path);
    expect(backups.map((b) => b.reason)).toEqual(['before-migration']);
    const copy = new Database(backups[0]!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT COUNT(*) FROM review_log').pluck().get()).toBe(1);
    copy.close();
  });

  it('holds at most one exam in progress (a unique index, so two terminals cannot race)', () => {
    const db = memoryDbWithBank(parseBank(bankFile(1)));
    const session = db.prepare(`INSERT INTO sessions (kind, started_at) VALUES ('exam', 1)`).run().lastInsertRowid;
    const add = () => db.prepare(`INSERT INTO exams (session_id, outline, seed, format, started_at, status) VALUES (?, 'eco-2026', 1, '{}', 1, 'in-progress')`).run(session);
    add();
    expect(add).toThrow(/UNIQUE/);
  });
});

describe('a database replaced under an open connection', () => {
  it('refuses the next write with db.replaced instead of writing into the deleted file', () => {
    const dir = tempDir('replaced');
    const path = join(dir, 'study.db');
    const db = openDatabase(path);
    writeTransaction(db, () => db.prepare("INSERT INTO settings (key, value) VALUES ('a', '1')").run());
    // What a restore does: another file renamed into place.
    const other = openDatabase(join(dir, 'other.db'));
    other.close();
    renameSync(join(dir, 'other.db'), path);
    expect(() => writeTransaction(db, () => db.prepare("INSERT INTO settings (key, value) VALUES ('b', '2')").run())).toThrow(
      expect.objectContaining({ key: 'db.replaced', category: 'database' }),
    );
    db.close();
  });
});

describe('the upgrade from schema 2 to 3 (answer uids for a class)', () => {
  it('gives every existing answer its own random uid, and each new answer one as it is logged', async () => {
    const { MIGRATIONS } = await import('../../src/storage/migrations.js');
    const path = join(tempDir('db'), 'v2.db');
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0] as string);
    raw.exec(MIGRATIONS[1] as string);
    raw.pragma('user_version = 2');
    raw.exec(`INSERT INTO banks (id, title, version, outline, languages, body, content_hash, source, imported_at) VALUES ('b', '{}', '1', 'eco-2026', '["en"]', '{}', 'h', 'import', 1)`);
    raw.exec(`INSERT INTO questions (pk, bank_id, question_id, type, tags, body, content_hash, answer_hash, prompt_key, new_rank) VALUES (1, 'b', 'q1', 'single', '[]', '{}', 'c', 'a', 'p', 1)`);
    const insert = raw.prepare(`INSERT INTO review_log (question_pk, key_version, answered_at, response, correct, elapsed_ms, rating) VALUES (1, 1, ?, '{}', 1, 10, 3)`);
    for (let i = 0; i < 3; i++) insert.run(T0 + i);
    raw.close();

    const db = openDatabase(path);
    db.prepare(`INSERT INTO review_log (question_pk, key_version, answered_at, response, correct, elapsed_ms, rating) VALUES (1, 1, ?, '{}', 0, 10, 1)`).run(T0 + 9);
    const uids = db.prepare('SELECT r.id, u.uid FROM review_log r JOIN answer_uids u ON u.log_id = r.id ORDER BY r.id').all() as { id: number; uid: string }[];
    expect(uids.map((u) => u.id)).toEqual([1, 2, 3, 4]);
    expect(new Set(uids.map((u) => u.uid)).size).toBe(4);
    for (const u of uids) expect(u.uid).toMatch(/^[0-9a-f]{32}$/);
    db.close();
  });
});
