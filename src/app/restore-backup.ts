/**
 * `pmp doctor --restore`: puts a backup in place of the database, losing nothing. The database is
 * held alone while it is swapped (another session refuses or would write into the old file), and
 * what is there now is kept first: a checked backup if it still reads, else a plain copy of the
 * damaged file in the backups folder, under a name that says so.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupDatabase, backupDir, restoreBackup } from '../storage/backups.js';
import { openDatabase, takeExclusively } from '../storage/database.js';

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
