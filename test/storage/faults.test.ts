import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { importBank } from '../../src/app/import-bank.js';
import { asPmpError } from '../../src/cli/report-error.js';
import { openDatabase, writeTransaction } from '../../src/storage/database.js';
import { bankFile, parseBank, T0 } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';

const dbPath = () => join(tempDir('fault'), 'f.db');

describe('storage faults', () => {
  it('a full disk fails the import whole: a clear error and not one row of it written', () => {
    const path = dbPath();
    const db = openDatabase(path);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 3}`);
    let error: unknown;
    try {
      importBank(db, { bank: parseBank(bankFile(400)), fileHash: 'x', text: '' }, { source: 'import', at: T0 });
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).toBe('SQLITE_FULL');
    expect(asPmpError(error)).toMatchObject({ key: 'db.full', category: 'database' });
    expect(db.prepare('SELECT COUNT(*) FROM questions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM banks').pluck().get()).toBe(0);
    db.pragma('max_page_count = 1073741823');
    importBank(db, { bank: parseBank(bankFile(400)), fileHash: 'x', text: '' }, { source: 'import', at: T0 });
    expect(db.prepare('SELECT COUNT(*) FROM questions').pluck().get()).toBe(400);
    db.close();
  });

  it('a read-only database gives a clear message when something must be written', () => {
    const path = dbPath();
    openDatabase(path).close();
    const db = openDatabase(path, { readonly: true });
    let error: unknown;
    try {
      writeTransaction(db, () => db.prepare(`INSERT INTO settings (key, value) VALUES ('a', '1')`).run());
    } catch (e) {
      error = e;
    }
    expect(asPmpError(error)).toMatchObject({ key: 'db.read-only', category: 'database' });
    db.close();
  });
});
