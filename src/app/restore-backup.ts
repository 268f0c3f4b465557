/**
 * `pmp doctor --restore`: puts a backup in place of the database, losing nothing. The database is
 * held alone while it is swapped (another session refuses or would write into the old file), and
 * what is there now is kept first: a checked backup if it still reads, else a plain copy of the
 * damaged file in the backups folder, under a name that says so.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PmpError } from '../errors.js';
import { backupDatabase, backupDir, backupIsHealthy, listBackups, restoreBackup, type BackupFile } from '../storage/backups.js';
import { openDatabase, takeExclusively } from '../storage/database.js';

export type { BackupFile } from '../storage/backups.js';

/** The backups kept beside the database, newest first (`--restore N` counts from 1). */
export function availableBackups(dbPath: string): BackupFile[] {
  return listBackups(dbPath);
}

/** Where the backups of this database are kept. */
export function backupFolder(dbPath: string): string {
  return backupDir(dbPath);
}

/** A backup that does not open, fails SQLite's check or lacks the answer log is refused before anything changes. */
export function requireHealthyBackup(path: string): void {
  if (!backupIsHealthy(path)) throw new PmpError('doctor.backup-damaged', 'database', { path });
}

export function restoreFromBackup(backupPath: string, dbPath: string, at: number): void {
  const held = existsSync(dbPath) ? takeExclusively(dbPath) : undefined;
  try {
    if (existsSync(dbPath)) {
      try {
        if (!held) throw new Error('not readable');
        backupDatabase(held, dbPath, 'before-restore', at);
      } catch {
        const dir = backupDir(dbPath);
        mkdirSync(dir, { recursive: true });
        copyFileSync(dbPath, join(dir, `${basename(dbPath)}.damaged-${at}`));
      }
    }
    restoreBackup(backupPath, dbPath);
  } finally {
    held?.close();
  }
  openDatabase(dbPath).close(); // upgrades an older backup's schema, and proves it opens
}
