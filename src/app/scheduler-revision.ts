/**
 * Memory states are a cache of a replay of the review log, so when the scheduler itself changes
 * (SCHEDULER_REVISION), a database written by an older pmp-study has every state rebuilt once,
 * after a backup, in one transaction. A database without answers is only stamped.
 */
import { SCHEDULER_REVISION, type Scheduler } from '../domain/scheduler.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';
import { rebuildAllStates } from './rebuild.js';

/** The revision of session 1's databases, which stored none. */
const FIRST_REVISION = 1;

export interface RevisionHooks {
  /** Called before states are rewritten (the CLI takes a backup). */
  readonly beforeRebuild: () => void;
}

/** Returns how many memory states changed (0 when the database was already current). */
export function ensureSchedulerRevision(db: Db, scheduler: () => Scheduler, hooks: RevisionHooks): number {
  const stored = getSetting<number>(db, SETTING.schedulerRevision) ?? FIRST_REVISION;
  if (stored === SCHEDULER_REVISION) return 0;
  const answered = db.prepare('SELECT 1 FROM review_log LIMIT 1').get() !== undefined;
  if (answered) hooks.beforeRebuild();
  return writeTransaction(db, () => {
    // Checked again inside the write lock: another terminal may have just done it.
    if ((getSetting<number>(db, SETTING.schedulerRevision) ?? FIRST_REVISION) === SCHEDULER_REVISION) return 0;
    const changed = answered ? rebuildAllStates(db, scheduler()).mismatched.length : 0;
    putSetting(db, SETTING.schedulerRevision, SCHEDULER_REVISION);
    return changed;
  });
}
