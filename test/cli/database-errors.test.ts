/**
 * Every database error names the database: SQLite's read-only, full and locked errors are caught at
 * the command boundary (withDatabase), where the path is known.
 */
import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { withDatabase } from '../../src/cli/commands/open.js';
import { createContext } from '../../src/cli/context.js';
import { reportError } from '../../src/cli/report-error.js';
import { createStyle } from '../../src/cli/terminal/style.js';
import { PmpError } from '../../src/errors.js';
import { loadMessages, translator } from '../../src/i18n/index.js';
import { writeTransaction, type Db } from '../../src/storage/database.js';
import { tempDir } from '../helpers/temp.js';

// The messages load per language (src/i18n/index.ts), as main.ts loads them.
await loadMessages('en');
await loadMessages('ko');

function contextFor(dbPath: string) {
  const stream = () => new PassThrough();
  return createContext({ db: dbPath, lang: 'en' }, { env: { PMP_NOW: '2026-11-26T09:00:00Z' }, stdin: stream(), stdout: stream(), stderr: stream() });
}

async function errorOf(dbPath: string, work: (db: Db) => void): Promise<{ error: PmpError; printed: string; code: number }> {
  let caught: unknown;
  try {
    await withDatabase(contextFor(dbPath), work);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(PmpError);
  let printed = '';
  const code = reportError(caught, translator('en'), createStyle(false), (s) => (printed += s));
  return { error: caught as PmpError, printed, code };
}

const fill = (db: Db) =>
  writeTransaction(db, () =>
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
             INSERT INTO settings (key, value) SELECT 'filler-' || i, hex(randomblob(2000)) FROM n`),
  );

describe('database errors carry the database path', () => {
  it('read-only', async () => {
    const path = join(tempDir('dberr'), 'ro.db');
    const { error, printed, code } = await errorOf(path, (db) => {
      db.pragma('query_only = ON');
      fill(db);
    });
    expect(error).toMatchObject({ key: 'db.read-only', category: 'database', params: { path } });
    expect(printed).toContain(`The database ${path} is read-only`);
    expect(code).toBe(4);
  });

  it('a full disk', async () => {
    const path = join(tempDir('dberr'), 'full.db');
    const { error, printed, code } = await errorOf(path, (db) => {
      db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 3}`);
      fill(db);
    });
    expect(error).toMatchObject({ key: 'db.full', params: { path } });
    expect(printed).toContain(`The disk holding ${path} is full`);
    expect(code).toBe(4);
  });

  it('locked by another process', async () => {
    const path = join(tempDir('dberr'), 'busy.db');
    let other: Database.Database | undefined;
    try {
      const { error, printed, code } = await errorOf(path, (db) => {
        other = new Database(path);
        other.exec('BEGIN IMMEDIATE');
        db.pragma('busy_timeout = 0');
        fill(db);
      });
      expect(error).toMatchObject({ key: 'db.busy', params: { path } });
      expect(printed).toContain(`The database ${path} stayed locked`);
      expect(code).toBe(4);
    } finally {
      other?.close();
    }
  });

  it('an SQLite error that escapes without a path still reads as a sentence', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_CORRUPT']) {
      let printed = '';
      const exit = reportError(Object.assign(new Error('x'), { code }), translator('en'), createStyle(false), (s) => (printed += s));
      expect(exit).toBe(4);
      expect(printed).not.toMatch(/ {2}|Something went wrong/);
    }
  });
});
