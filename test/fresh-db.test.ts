/** freshDb() (test/helpers/fresh-db.ts) stands in for the binary's first run: it must hold exactly what that run stores. */
import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { cliEnv, runCli, tempDb } from './helpers/cli.js';
import { freshDb } from './helpers/fresh-db.js';

/** Every row of every table, in a stable order. */
function contents(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).raw().all().map((r) => JSON.stringify(r)).sort()]));
  } finally {
    db.close();
  }
}

describe('a fresh database from the template', () => {
  it('holds what the first run stores, row for row, for the same PMP_SEED and PMP_NOW', () => {
    const env = cliEnv({ PMP_SEED: '11', PMP_NOW: '2026-11-25T09:00:00Z' });
    const byFirstRun = tempDb();
    const first = runCli(['stats', '--db', byFirstRun], { env });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^Created your database at .*\swith\s[\d,]+\squestions\sfrom\s\d+\sbanks\.$/m);
    const copy = freshDb(env);
    const expected = contents(byFirstRun);
    expect(expected.questions?.length).toBeGreaterThan(500);
    expect(contents(copy)).toEqual(expected);
  });

  it('gives each test its own file, and another seed another order of new questions', () => {
    const at = { PMP_NOW: '2026-11-25T09:00:00Z' };
    const a = freshDb(cliEnv({ ...at, PMP_SEED: '1' }));
    const b = freshDb(cliEnv({ ...at, PMP_SEED: '1' }));
    const c = freshDb(cliEnv({ ...at, PMP_SEED: '2' }));
    expect(a).not.toBe(b);
    expect(contents(a)).toEqual(contents(b));
    expect(contents(c).card_state).not.toEqual(contents(a).card_state);
    // The copy is a working database: the next run finds it made and says nothing about a first run.
    const r = runCli(['stats', '--db', a], { env: cliEnv(at) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
