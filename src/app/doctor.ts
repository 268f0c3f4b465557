/**
 * `pmp doctor`: is the learner's data healthy? Integrity of the file, the memory-state cache
 * against a replay of the log, progress rows left for questions no longer studied, the schema.
 */
import type { Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { SCHEMA_VERSION } from '../storage/migrations.js';
import { rebuildAllStates } from './rebuild.js';

export interface DoctorReport {
  readonly schema: { readonly found: number; readonly supported: number };
  /** "ok", or SQLite's list of problems. */
  readonly integrity: readonly string[];
  readonly questions: number;
  /** Questions whose cached memory state differs from a replay of the review log. */
  readonly stateMismatches: number;
  /** Memory-state rows still marked active for questions that were retired or removed. */
  readonly strayProgress: number;
  readonly healthy: boolean;
}

export function examineDatabase(db: Db, scheduler: Scheduler): DoctorReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const replay = rebuildAllStates(db, scheduler, { checkOnly: true });
  const strayProgress = db
    .prepare('SELECT COUNT(*) FROM card_state cs JOIN questions q ON q.pk = cs.question_pk WHERE q.retired_at IS NOT NULL AND cs.active = 1')
    .pluck()
    .get() as number;
  const found = db.pragma('user_version', { simple: true }) as number;
  const healthy = integrity.length === 1 && integrity[0] === 'ok' && replay.mismatched.length === 0 && strayProgress === 0 && found === SCHEMA_VERSION;
  return { schema: { found, supported: SCHEMA_VERSION }, integrity, questions: replay.questions, stateMismatches: replay.mismatched.length, strayProgress, healthy };
}

/** Mends what a replay can mend: memory states from the log, stray progress rows set inactive. */
export function repairDatabase(db: Db, scheduler: Scheduler): void {
  rebuildAllStates(db, scheduler);
  db.prepare('UPDATE card_state SET active = 0 WHERE question_pk IN (SELECT pk FROM questions WHERE retired_at IS NOT NULL)').run();
}
