/**
 * Opening the learner's database for a command: made on first use with the bundled banks, brought up
 * to date (new bank versions, the order of new questions, memory states under a newer scheduler),
 * closed after the work. The command says what happened through the hooks; SQLite's errors come
 * out as sentences about this file.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SCHEDULER_REVISION } from '../domain/scheduler-revision.js';
import { PmpError } from '../errors.js';
import { backupDatabase, hasAnswers } from '../storage/backups.js';
import { databaseError, openDatabase, type Db } from '../storage/database.js';
import { diagnoseDatabasePath } from '../storage/file-diagnosis.js';
import { getSetting, SETTING } from '../storage/settings.js';
import { ensureBundledBanks } from './bundled-banks.js';
import { refuseEmptiedDatabase, updateMemoryStates } from './database-upkeep.js';
import { ensureNewOrder, presetNewOrderSeed } from './new-order.js';

/** The open database a use case works on; commands pass it along and never query it themselves. */
export type { Db } from '../storage/database.js';
export { refuseEmptiedDatabase };

export interface OpenLearnerDatabaseOptions {
  /** ms since epoch, for bundled banks brought in on this run. */
  readonly now: number;
  /** A new database's order of new questions is drawn from this seed (PMP_SEED) when given. */
  readonly newOrderSeed?: number;
  /** The file did not exist: it now holds `questions` questions of `banks` bundled banks. */
  readonly onCreated?: (loaded: { readonly questions: number; readonly banks: number }) => void;
  /** Memory states of `changed` questions were recomputed under a newer scheduler; `backup` was taken first. */
  readonly onSchedulerUpdated?: (changed: number, backup: string) => void;
}

/** Opens the learner's database (creating it, with the bundled banks, on first use), runs `work`, closes it. */
export async function withLearnerDatabase<T>(path: string, options: OpenLearnerDatabaseOptions, work: (db: Db) => Promise<T> | T): Promise<T> {
  try {
    return await openAndRun(path, options, work);
  } catch (error) {
    // Every SQLite error that reaches here is about this file: say which (read-only, full, locked, damaged).
    throw databaseError(error, path);
  }
}

async function openAndRun<T>(path: string, options: OpenLearnerDatabaseOptions, work: (db: Db) => Promise<T> | T): Promise<T> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (cause) {
    // A folder that cannot be made (read-only disk, a file in the way, no permission).
    throw diagnoseDatabasePath(path, cause) ?? new PmpError('db.cannot-open', 'database', { path }, [], { cause });
  }
  refuseEmptiedDatabase(path);
  const created = !existsSync(path);
  const db = openDatabase(path);
  try {
    if (options.newOrderSeed !== undefined) presetNewOrderSeed(db, options.newOrderSeed);
    // A new version of a shipped bank is an import like any other: back up a learner's answers first.
    const loaded = await ensureBundledBanks(db, options.now, { beforeWrite: () => backupIfAnswered(db, path, 'before-import') });
    if (created) {
      const applied = loaded.filter((r) => r.applied);
      options.onCreated?.({ questions: applied.reduce((sum, r) => sum + r.plan.added.length, 0), banks: applied.length });
    }
    // Databases from before each learner had an order of new questions get theirs once.
    ensureNewOrder(db);
    // A newer scheduler replays the log differently: bring the cached memory states up to date once.
    if (getSetting<number>(db, SETTING.schedulerRevision) !== SCHEDULER_REVISION) await updateMemoryStates(db, path, options);
    return await work(db);
  } finally {
    db.close();
  }
}

/** Before a change to the questions: a copy of the file, when it holds any answer to lose. */
export function backupIfAnswered(db: Db, dbPath: string, reason: 'before-import'): void {
  if (hasAnswers(db)) backupDatabase(db, dbPath, reason, Date.now());
}
