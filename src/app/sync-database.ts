/**
 * Opening the learner's database for `pmp sync`: app/learner-database.ts without what only studying
 * needs, in a module of its own so that a day's sync loads none of it.
 */
import { existsSync } from 'node:fs';
import { SCHEDULER_REVISION } from '../domain/scheduler-revision.js';
import { databaseError, openDatabase, type Db } from '../storage/database.js';
import { getSetting, SETTING } from '../storage/settings.js';
import { refuseEmptiedDatabase, updateMemoryStates } from './database-upkeep.js';
import type { OpenLearnerDatabaseOptions } from './learner-database.js';

/**
 * Opens the learner's database for `pmp sync`, runs `work`, closes it. The same refusals and upgrades
 * as every command — an emptied file, not SQLite, a newer schema, damage met on reading; an older
 * schema migrated after a backup; memory states recomputed under a newer scheduler, after a backup —
 * but not the study's housekeeping, which a sync does not read and the next study session does: the
 * shipped banks' files (~5 MB read and hashed) and the order of new questions. A file that does not
 * exist yet is made as every command makes it.
 */
export async function withSyncDatabase<T>(path: string, options: OpenLearnerDatabaseOptions, work: (db: Db) => Promise<T> | T): Promise<T> {
  try {
    refuseEmptiedDatabase(path);
    if (!existsSync(path)) return await (await import('./learner-database.js')).withLearnerDatabase(path, options, work);
    const db = openDatabase(path);
    try {
      if (getSetting<number>(db, SETTING.schedulerRevision) !== SCHEDULER_REVISION) await updateMemoryStates(db, path, options);
      return await work(db);
    } finally {
      db.close();
    }
  } catch (error) {
    throw databaseError(error, path);
  }
}

