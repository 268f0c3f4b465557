import Database from 'better-sqlite3';
import { PmpError } from '../errors.js';
import { backupDatabase } from './backups.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

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
    for (let v = Math.max(from, current); v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}

function translateOpenError(cause: unknown, path: string): unknown {
  if (cause instanceof PmpError) return cause;
  const code = (cause as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new PmpError('db.not-a-database', 'database', { path }, [], { cause });
  if (code === 'SQLITE_CANTOPEN') return new PmpError('db.cannot-open', 'database', { path }, [], { cause });
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY')) return new PmpError('db.read-only', 'database', { path }, [], { cause });
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY')) return new PmpError('db.busy', 'database', { path }, [], { cause });
  if (code === 'SQLITE_FULL') return new PmpError('db.full', 'database', { path }, [], { cause });
  return cause;
}

/** Runs `work` in one write transaction, taking the write lock at the start (see FIELD-NOTES). */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
