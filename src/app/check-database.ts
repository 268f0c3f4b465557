/**
 * `pmp doctor` (and `--fix`): open the learner's database, examine it, mend what can be mended
 * without losing anything (after a backup), and gather the backups a restore could use. The
 * command renders what comes back; SQLite's errors come out as sentences about the file.
 */
import type { Scheduler } from '../domain/scheduler.js';
import { PmpError } from '../errors.js';
import { backupDatabase, listBackups, type BackupFile } from '../storage/backups.js';
import { databaseError, openDatabase, writeTransaction, type Db } from '../storage/database.js';
import { examineDatabase, isIntact, newestGoodBackup, planSchemaRepair, repairDatabase, type DoctorReport, type SchemaRepairPlan } from './doctor.js';
import { refuseEmptiedDatabase } from './learner-database.js';

export type { BackupFile } from '../storage/backups.js';
export type { SchemaDifference } from '../storage/schema-check.js';

export interface DatabaseCheck {
  readonly report: DoctorReport;
  /** --fix ran and committed. */
  readonly repaired: boolean;
  /** What --fix recreates, creates empty, or leaves to a restore (also without --fix, when the file is intact). */
  readonly plan?: SchemaRepairPlan;
  /** Why --fix failed (the file is as it was). */
  readonly fixFailed?: string;
  readonly backups: readonly BackupFile[];
  /** When the file is not healthy: the newest backup that would restore well. */
  readonly good?: { readonly n: number; readonly backup: BackupFile };
}

export interface CheckOptions {
  readonly fix: boolean;
  /** The learner's scheduler, asked for only when the log is replayed. */
  readonly scheduler: (db: Db) => Scheduler;
  /** The file does not open as a database, and `backups` backups lie beside it (`good`: the newest that would do). */
  readonly onCannotOpen?: (backups: number, good: { readonly n: number; readonly backup: BackupFile } | undefined) => void;
}

export function checkLearnerDatabase(dbPath: string, options: CheckOptions): DatabaseCheck {
  try {
    return check(dbPath, options);
  } catch (error) {
    throw databaseError(error, dbPath);
  }
}

function check(dbPath: string, options: CheckOptions): DatabaseCheck {
  refuseEmptiedDatabase(dbPath);
  let db: Db;
  try {
    db = openDatabase(dbPath);
  } catch (error) {
    const backups = listBackups(dbPath);
    if (error instanceof PmpError && error.category === 'database' && backups.length > 0) options.onCannotOpen?.(backups.length, newestGoodBackup(dbPath));
    throw error;
  }
  try {
    let scheduler: Scheduler | undefined;
    const schedulerOf = () => (scheduler ??= options.scheduler(db));
    let report = examineDatabase(db, schedulerOf);
    let repaired = false;
    let plan: SchemaRepairPlan | undefined;
    let fixFailed: string | undefined;
    if (!report.healthy && options.fix && isIntact(report)) {
      plan = planSchemaRepair(db, report.objects.differences);
      const somethingToFix = plan.recreate.length + plan.createEmpty.length > 0 || plan.unfixable.length === 0;
      if (somethingToFix) {
        try {
          backupDatabase(db, dbPath, 'before-repair', Date.now());
          const chosen = plan;
          writeTransaction(db, () => repairDatabase(db, schedulerOf, chosen));
          repaired = true;
        } catch (error) {
          if (error instanceof PmpError && error.key === 'db.replaced') throw error;
          fixFailed = error instanceof Error ? error.message : String(error);
        }
        report = examineDatabase(db, schedulerOf);
      }
    }
    // Without --fix too: say which differences --fix would mend and which need a backup.
    if (!plan && isIntact(report) && report.objects.differences.length > 0) plan = planSchemaRepair(db, report.objects.differences);
    const backups = listBackups(dbPath);
    const good = report.healthy ? undefined : newestGoodBackup(dbPath);
    return { report, repaired, ...(plan ? { plan } : {}), ...(fixFailed !== undefined ? { fixFailed } : {}), backups, ...(good ? { good } : {}) };
  } finally {
    db.close();
  }
}
