/**
 * A database file that exists but is empty (0 bytes: truncated by a crash of the disk, a sync tool
 * or a mistake) would open as a new, empty database — and the learner's history would silently
 * start over while a backup beside it still holds every answer. Caught before the file is opened.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { backupIsHealthy, listBackups, type BackupFile } from '../storage/backups.js';

export interface RecoverableBackup {
  /** 1-based, as `pmp doctor --restore N` counts. */
  readonly number: number;
  readonly backup: BackupFile;
  readonly answers: number;
}

/** The newest healthy backup with answers, when the database file exists and is empty. */
export function backupOfEmptiedDatabase(dbPath: string): RecoverableBackup | undefined {
  let size: number;
  try {
    size = statSync(dbPath).size;
  } catch {
    return undefined;
  }
  if (size > 0) return undefined;
  const backups = listBackups(dbPath);
  for (const [i, backup] of backups.entries()) {
    if (!backupIsHealthy(backup.path)) continue;
    const answers = countAnswers(backup.path);
    if (answers > 0) return { number: i + 1, backup, answers };
  }
  return undefined;
}

function countAnswers(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM review_log').pluck().get() as number;
  } finally {
    db.close();
  }
}
