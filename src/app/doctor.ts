/**
 * `pmp doctor`: is the learner's data healthy? Integrity of the file, the schema against what the
 * migrations make, the memory-state cache against a replay of the log, progress rows left for
 * questions no longer studied.
 */
import type { Scheduler } from '../domain/scheduler.js';
import { backupIsHealthy, listBackups, type BackupFile } from '../storage/backups.js';
import type { Db } from '../storage/database.js';
import { SCHEMA_VERSION } from '../storage/migrations.js';
import { compareSchema, expectedSchema, recreateSchemaObjects, tablesSafeToCreateEmpty, type SchemaDifference } from '../storage/schema-check.js';
import { rebuildAllStates } from './rebuild.js';

export interface DoctorReport {
  readonly schema: { readonly found: number; readonly supported: number };
  /** How many tables, indexes and triggers the migrations make, and how this file differs. */
  readonly objects: { readonly expected: number; readonly differences: readonly SchemaDifference[] };
  /** "ok", or SQLite's list of problems (also a damaged page met while checking). */
  readonly integrity: readonly string[];
  /** The replay and the stray-progress check need an intact file with every table; otherwise not checked (null). */
  readonly questions: number | null;
  /** Questions whose cached memory state differs from a replay of the review log. */
  readonly stateMismatches: number | null;
  /** Memory-state rows still marked active for questions that were retired or removed. */
  readonly strayProgress: number | null;
  readonly healthy: boolean;
}

/** SQLite's word for damaged pages, wherever it is met (a check, a query). */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export function examineDatabase(db: Db, scheduler: () => Scheduler): DoctorReport {
  let integrity: string[];
  const damage = (error: unknown): string[] => {
    if (!isDamage(error)) throw error;
    return [error instanceof Error ? error.message : String(error)];
  };
  try {
    integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (error) {
    integrity = damage(error);
  }
  let differences: SchemaDifference[] = [];
  let found = -1;
  try {
    found = db.pragma('user_version', { simple: true }) as number;
    differences = compareSchema(db);
  } catch (error) {
    if (integrity[0] === 'ok') integrity = damage(error);
  }
  let questions: number | null = null;
  let stateMismatches: number | null = null;
  let strayProgress: number | null = null;
  const tablesWhole = !differences.some((d) => d.type === 'table');
  if (integrity.length === 1 && integrity[0] === 'ok' && tablesWhole) {
    try {
      const replay = rebuildAllStates(db, scheduler(), { checkOnly: true });
      questions = replay.questions;
      stateMismatches = replay.mismatched.length;
      strayProgress = db
        .prepare('SELECT COUNT(*) FROM card_state cs JOIN questions q ON q.pk = cs.question_pk WHERE q.retired_at IS NOT NULL AND cs.active = 1')
        .pluck()
        .get() as number;
    } catch (error) {
      integrity = damage(error);
      questions = stateMismatches = strayProgress = null;
    }
  }
  const healthy =
    integrity.length === 1 && integrity[0] === 'ok' && differences.length === 0 && stateMismatches === 0 && strayProgress === 0 && found === SCHEMA_VERSION;
  return { schema: { found, supported: SCHEMA_VERSION }, objects: { expected: expectedSchema().length, differences }, integrity, questions, stateMismatches, strayProgress, healthy };
}

export const isIntact = (report: DoctorReport): boolean => report.integrity.length === 1 && report.integrity[0] === 'ok';

export interface SchemaRepairPlan {
  /** Indexes and triggers put back as the migrations make them (unexpected ones dropped). */
  readonly recreate: readonly SchemaDifference[];
  /** Missing tables that provably held no rows, created empty. */
  readonly createEmpty: readonly SchemaDifference[];
  /** What only a backup can bring back: a missing table that held rows, an altered table, and what hangs on them. */
  readonly unfixable: readonly SchemaDifference[];
}

/** Sorts the differences into what --fix can put back without losing anything, and what it cannot. */
export function planSchemaRepair(db: Db, differences: readonly SchemaDifference[]): SchemaRepairPlan {
  const missingTables = differences.filter((d) => d.type === 'table' && d.problem === 'missing').map((d) => d.name);
  const safe = new Set(tablesSafeToCreateEmpty(db, missingTables));
  const createEmpty = differences.filter((d) => d.type === 'table' && safe.has(d.name));
  const brokenTables = new Set(differences.filter((d) => d.type === 'table' && !safe.has(d.name)).map((d) => d.name));
  const unfixable = differences.filter((d) => (d.type === 'table' && !safe.has(d.name)) || (d.type !== 'table' && brokenTables.has(d.table)));
  const recreate = differences.filter((d) => d.type !== 'table' && !brokenTables.has(d.table));
  return { recreate, createEmpty, unfixable };
}

/**
 * Mends what can be mended without losing anything, in the caller's transaction: the schema
 * objects of the plan, then (when every table is whole) memory states from the log and stray
 * progress rows set inactive.
 */
export function repairDatabase(db: Db, scheduler: () => Scheduler, plan: SchemaRepairPlan = { recreate: [], createEmpty: [], unfixable: [] }): void {
  recreateSchemaObjects(db, [...plan.createEmpty, ...plan.recreate]);
  if (plan.unfixable.length > 0) return;
  rebuildAllStates(db, scheduler());
  db.prepare('UPDATE card_state SET active = 0 WHERE question_pk IN (SELECT pk FROM questions WHERE retired_at IS NOT NULL)').run();
}

/** The newest backup that opens, passes SQLite's check and holds the answer log, with its number in the list (1 = newest). */
export function newestGoodBackup(dbPath: string): { readonly n: number; readonly backup: BackupFile } | undefined {
  const backups = listBackups(dbPath);
  const i = backups.findIndex((b) => backupIsHealthy(b.path));
  return i < 0 ? undefined : { n: i + 1, backup: backups[i] as BackupFile };
}
