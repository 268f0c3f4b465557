import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { PmpError } from '../errors.js';
import { backupDatabase } from './backups.js';
import { diagnoseDatabasePath } from './file-diagnosis.js';
import { applyMigrations, SCHEMA_VERSION } from './migrations.js';

export type Db = Database.Database;

export interface OpenOptions {
  readonly readonly?: boolean;
  /** How long to wait for another process's write to finish, in ms. */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) and upgrades a pmp-study database. Refuses, without touching it,
 * a file that is not SQLite or that a newer pmp-study wrote.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (cause) {
    throw translateOpenError(cause, path);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // The first real read: a file of random bytes opens fine and fails only here.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new PmpError('db.newer-version', 'database', { path, found: version, supported: SCHEMA_VERSION });
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // better-sqlite3 builds WAL databases to default to NORMAL; FULL also survives power loss.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (version < SCHEMA_VERSION) {
      if (options.readonly) throw new PmpError('db.needs-upgrade', 'database', { path });
      // An existing learner's file is copied before its schema changes.
      if (version > 0 && path !== ':memory:') backupDatabase(db, path, 'before-migration', Date.now());
      migrate(db, version);
    }
    rememberFile(db, path);
    return db;
  } catch (cause) {
    db.close();
    throw translateOpenError(cause, path);
  }
}

function migrate(db: Db, from: number): void {
  db.transaction(() => {
    // Read again inside the write lock: another process may have migrated meanwhile.
    const current = db.pragma('user_version', { simple: true }) as number;
    applyMigrations(db, Math.max(from, current));
  }).immediate();
}

function translateOpenError(cause: unknown, path: string): unknown {
  return databaseError(cause, path);
}

/**
 * An error from SQLite as a sentence about the database at `path` (exit 4), or the error itself when
 * it is not about the file: read-only, full, locked, damaged, missing part of its schema.
 */
export function databaseError(cause: unknown, path: string): unknown {
  if (cause instanceof PmpError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return cause;
  if (code === 'SQLITE_NOTADB') return new PmpError('db.not-a-database', 'database', { path }, [], { cause });
  if (code.startsWith('SQLITE_CORRUPT')) return new PmpError('db.damaged', 'database', { path }, [], { cause });
  if (code === 'SQLITE_ERROR' && /^no such (table|index|trigger)\b/.test((cause as Error).message)) {
    return new PmpError('db.schema-damaged', 'database', { path, detail: (cause as Error).message }, [], { cause });
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return diagnoseDatabasePath(path, cause) ?? new PmpError('db.cannot-open', 'database', { path }, [], { cause });
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY')) return new PmpError('db.read-only', 'database', { path }, [], { cause });
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY')) return new PmpError('db.busy', 'database', { path }, [], { cause });
  if (code === 'SQLITE_FULL') return new PmpError('db.full', 'database', { path }, [], { cause });
  // Under WAL a full disk often comes back as an I/O error (writing the -wal or -shm file).
  if (code.startsWith('SQLITE_IOERR')) {
    return diagnoseDatabasePath(path, cause) ?? new PmpError('db.io-error', 'database', { path, code }, [], { cause });
  }
  return cause;
}

/** The file each connection opened: its identity on disk, to notice when another file takes its place. */
const openedFiles = new WeakMap<Db, { readonly path: string; readonly dev: number; readonly ino: number }>();

function rememberFile(db: Db, path: string): void {
  if (path === ':memory:' || path === '') return;
  const { dev, ino } = statSync(path);
  openedFiles.set(db, { path, dev, ino });
}

/**
 * Refuses to write when the file at the database's path is no longer the one this connection
 * has open — a restore (`pmp doctor --restore`) put another file there. Writing on would put the
 * answer into a deleted file, shown as saved and lost.
 */
function assertStillAtPath(db: Db): void {
  const opened = openedFiles.get(db);
  if (!opened) return;
  let now: { dev: number; ino: number } | undefined;
  try {
    now = statSync(opened.path);
  } catch {
    now = undefined;
  }
  if (!now || now.dev !== opened.dev || now.ino !== opened.ino) throw new PmpError('db.replaced', 'database', { path: opened.path });
}

/** Changes when another connection commits to the database (PRAGMA data_version): a plan read earlier is then stale. */
export function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/**
 * Runs `work` in one write transaction, taking the write lock at the start (see FIELD-NOTES).
 * The file is checked once the lock is held: a restore holds the lock until its file is in place.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db
    .transaction(() => {
      assertStillAtPath(db);
      return work();
    })
    .immediate();
}

/**
 * writeTransaction for what a cache keeps (derived from the log and computed again when missing):
 * its commit does not wait for the disk. Under WAL, synchronous NORMAL never damages the file; a power
 * cut may lose this commit, which is then computed again (the next FULL commit makes it durable too).
 * A day's sync keeps its recall calibration this way: an fsync was 1–30 ms here, more under load.
 */
export function cacheWriteTransaction<T>(db: Db, work: () => T): T {
  const before = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return writeTransaction(db, work);
  } finally {
    db.pragma(`synchronous = ${before}`);
  }
}

/**
 * Takes the database for this process alone, for a restore: refuses (db.in-use) when another
 * process has it open — a study session, an exam — since its answers would go to the replaced
 * file. The lock is held until the returned connection closes. A file too damaged to lock cannot
 * be in use by pmp-study: then there is nothing to hold, and undefined is returned.
 */
export function takeExclusively(path: string): Db | undefined {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch {
    return undefined;
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    // Out of WAL: when this connection closes it must not checkpoint into, or delete, the write-ahead
    // file of the database that takes this one's place.
    db.pragma('journal_mode = DELETE');
    return db;
  } catch (cause) {
    db.close();
    const code = (cause as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new PmpError('db.in-use', 'database', { path }, [], { cause });
    return undefined;
  }
}
