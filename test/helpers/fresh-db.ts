/**
 * A new database as the binary's first run leaves it (the bundled banks imported, about 1,000
 * questions), without paying that import in every test. The first run costs about half a CPU
 * second; a copy of the file at rest costs milliseconds. The built binary makes one template per
 * test run for each PMP_SEED and PMP_NOW it is asked for (both shape what the first run stores:
 * the order of new questions, the import time), and each test gets its own copy.
 *
 * Tests about the first run itself — its note on stderr, a database that does not exist yet —
 * keep using tempDb() and let the binary create the file.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cliEnv, runCli, tempDb } from './cli.js';
import { tempDir } from './temp.js';

/** Set by test/global-setup.js for the whole run; a test file run some other way makes its own. */
const TEMPLATES_ENV = 'PMP_TEST_TEMPLATES';
let ownTemplates: string | undefined;

/**
 * The path of a new database for a test: a copy of the first-run template for `env` (the
 * environment the test will run pmp with; PMP_SEED and PMP_NOW matter), in a folder of its own.
 */
export function freshDb(env: Record<string, string> = cliEnv()): string {
  const db = tempDb();
  copyFileSync(template(env), db);
  return db;
}

function template(env: Record<string, string>): string {
  const dir = process.env[TEMPLATES_ENV] ?? (ownTemplates ??= tempDir('templates'));
  const key = createHash('sha256').update(JSON.stringify([env.PMP_SEED ?? null, env.PMP_NOW ?? null])).digest('hex').slice(0, 16);
  const path = join(dir, `${key}.db`);
  if (existsSync(path)) return path;
  // Made aside and renamed into place: two workers that need the same template at once each make
  // one, and either is a complete file.
  const making = join(dir, `${key}-${process.pid}`);
  mkdirSync(making);
  try {
    const first = runCli(['stats', '--db', join(making, 'study.db')], { env });
    if (first.code !== 0) throw new Error(`the first run that makes a template database failed (${first.code}):\n${first.stderr}`);
    // Closed cleanly, SQLite leaves no -wal file: the database is the one file.
    if (existsSync(join(making, 'study.db-wal'))) throw new Error('the template database kept a write-ahead log');
    renameSync(join(making, 'study.db'), path);
  } finally {
    rmSync(making, { recursive: true, force: true });
  }
  return path;
}
