/**
 * What opening a learner's database checks and brings up to date, for every command and for
 * `pmp sync` alike (app/learner-database.ts, app/sync-database.ts): an emptied file, and memory
 * states computed under an older scheduler.
 */
import { PmpError } from '../errors.js';
import { backupDatabase } from '../storage/backups.js';
import type { Db } from '../storage/database.js';
import type { OpenLearnerDatabaseOptions } from './learner-database.js';
import { backupOfEmptiedDatabase } from './lost-database.js';

/** An emptied file is not a new start when a backup holds the learner's answers: stop, and say where they are. */
export function refuseEmptiedDatabase(dbPath: string): void {
  const found = backupOfEmptiedDatabase(dbPath);
  if (found) throw new PmpError('db.emptied', 'database', { path: dbPath, n: found.number, answers: found.answers, backup: found.backup.path });
}

/** Memory states of a newer scheduler, recomputed once after a backup. */
export async function updateMemoryStates(db: Db, path: string, options: OpenLearnerDatabaseOptions): Promise<void> {
  // Loaded only here: the scheduler (ts-fsrs) is not an open database's business. One after the
  // other: jest's ESM loader fails two dynamic imports that share a dependency when they run at once.
  const { learnerScheduler } = await import('./learner-scheduler.js');
  const { ensureSchedulerRevision } = await import('./scheduler-revision.js');
  let backup = '';
  const changed = ensureSchedulerRevision(db, () => learnerScheduler(db), {
    beforeRebuild: () => void (backup = backupDatabase(db, path, 'before-scheduler-update', Date.now())),
  });
  if (changed > 0) options.onSchedulerUpdated?.(changed, backup);
}
