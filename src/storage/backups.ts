/**
 * Automatic backups: a consistent copy of the database before every migration and every import
 * that changes it, kept in a `backups` folder beside the database (for the default database, the
 * data directory). The newest few are kept.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './database.js';

export const BACKUPS_KEPT = 5;

export interface BackupFile {
  readonly path: string;
  readonly reason: string;
  /** ms since epoch, from the file name */
  readonly takenAt: number;
  readonly bytes: number;
}

export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

const stamp = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-');
const NAME = /^(.*)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.db$/;

/**
 * Writes a consistent copy (VACUUM INTO works inside a live WAL database) under a temporary name,
 * checks it, and only then gives it its backup name and prunes old ones. A copy cut short (full
 * disk, a kill) never looks like a backup: it is removed, or left under a name nothing lists.
 */
export function backupDatabase(db: Db, dbPath: string, reason: string, at: number): string {
  const dir = backupDir(dbPath);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${basename(dbPath, '.db')}-${stamp(at)}-${reason}.db`);
  const partial = `${target}${PARTIAL}`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    if (!backupIsHealthy(partial)) throw new Error(`the copy ${partial} did not check out`);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  prune(dbPath);
  return target;
}

/** Suffix of a backup being written; such files are never listed, restored or counted. */
const PARTIAL = '.partial';

export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  const mine = basename(dbPath, '.db');
  return readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null && x.m[1] === mine)
    .map(({ name, m }) => {
      const iso = (m[2] as string).replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      const path = join(dir, name);
      return { path, reason: m[3] as string, takenAt: Date.parse(iso), bytes: statSync(path).size };
    })
    .sort((a, b) => b.takenAt - a.takenAt);
}

/**
 * Keeps the newest BACKUPS_KEPT backups that hold a database. An empty file (left by an older
 * version on a full disk) is no backup: it is removed, and never pushes a good one out.
 */
function prune(dbPath: string): void {
  // Copies cut short by a kill an hour or more ago: nobody is still writing them.
  const dir = backupDir(dbPath);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(PARTIAL))) {
    const path = join(dir, name);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
  const all = listBackups(dbPath);
  for (const empty of all.filter((b) => b.bytes === 0)) rmSync(empty.path, { force: true });
  for (const old of all.filter((b) => b.bytes > 0).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
}

/**
 * Whether a backup file is a readable, undamaged pmp-study database. An empty file opens as an
 * empty SQLite database and passes SQLite's own check, so the log table must be there too.
 */
export function backupIsHealthy(path: string): boolean {
  try {
    if (statSync(path).size === 0) return false;
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') return false;
      return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_log'").get() !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * Puts a backup in place of the database. The caller has closed every connection of its own and
 * has taken a backup of the current state first; the write-ahead files of the old state go.
 */
export function restoreBackup(backupPath: string, dbPath: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const staging = `${dbPath}.restoring`;
  copyFileSync(backupPath, staging);
  // A rename is atomic: a crash leaves either the old file or the restored one, never half of each.
  renameSync(staging, dbPath);
}

/** Whether the database holds anything a learner would miss: answers. */
export function hasAnswers(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM review_log)').pluck().get() === 1;
}
