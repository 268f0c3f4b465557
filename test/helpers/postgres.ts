/**
 * A private PostgreSQL server for the class tests: initdb into a folder from tempDir, started on
 * loopback at a free port with a superuser password, stopped (immediate) when the test file ends.
 * Nothing is left running or on disk. No mock: roles, passwords and row-level security are real.
 *
 * Where the server binaries are missing, the class tests are skipped with a plain line saying so —
 * unless PMP_REQUIRE_POSTGRES is set (CI sets it), when they fail instead.
 */
import { describe, test } from '@jest/globals';
import pg from 'pg';
import { findPostgresBin, startPostgresIn, type PgServer } from './postgres-server.js';
import { tempDir } from './temp.js';

export type { PgServer } from './postgres-server.js';

const found = findPostgresBin();

/**
 * describe() for tests that need a server: skipped with a printed reason where PostgreSQL is missing,
 * failing instead where PMP_REQUIRE_POSTGRES is set (CI never skips them).
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if ('bin' in found) {
    describe(name, body);
    return;
  }
  if (process.env.PMP_REQUIRE_POSTGRES) {
    describe(name, () => {
      test('needs a PostgreSQL server', () => {
        throw new Error(`PMP_REQUIRE_POSTGRES is set but ${found.missing}`);
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`Skipped "${name}": ${found.missing}.`);
  describe.skip(name, body);
}

/** A server whose folder is a tempDir (removed after the test file); stop it in afterAll. */
export function startPostgres(): Promise<PgServer> {
  return startPostgresIn(tempDir('pg'));
}

/**
 * A trainer as the class needs one, not a superuser: a login role that may create roles, owning a
 * database of its own on `server`. Returns the trainer's connection URL.
 */
export async function createTrainer(server: PgServer, options: { database: string; password: string }): Promise<string> {
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE trainer LOGIN CREATEROLE PASSWORD '${options.password}'`);
    await admin.query(`CREATE DATABASE ${options.database} OWNER trainer`);
  } finally {
    await admin.end();
  }
  return server.url(options.database, 'trainer', options.password);
}
