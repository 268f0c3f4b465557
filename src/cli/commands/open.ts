import { existsSync } from 'node:fs';
import { ensureBundledBanks } from '../../app/bundled-banks.js';
import { backupOfEmptiedDatabase } from '../../app/lost-database.js';
import { ensureNewOrder, presetNewOrderSeed } from '../../app/new-order.js';
import { learnerScheduler } from '../../app/learner-scheduler.js';
import { loadOutlines } from '../../app/outlines.js';
import { SCHEDULER_REVISION } from '../../domain/scheduler.js';
import { pickText } from '../../domain/text.js';
import { PmpError } from '../../errors.js';
import { bankRefs } from '../../storage/bank-store.js';
import { backupDatabase, hasAnswers } from '../../storage/backups.js';
import { databaseError, openDatabase, type Db } from '../../storage/database.js';
import { getSetting, SETTING } from '../../storage/settings.js';
import { ensureParentDir, type CliContext } from '../context.js';
import type { RenderContext } from '../render/context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';
import { diagnoseDatabasePath } from '../../storage/file-diagnosis.js';

/** Opens the learner's database (creating it, with the bundled banks, on first use), runs `work`, closes it. */
export async function withDatabase<T>(ctx: CliContext, work: (db: Db) => Promise<T> | T): Promise<T> {
  try {
    return await openAndRun(ctx, work);
  } catch (error) {
    // Every SQLite error that reaches here is about this file: say which (read-only, full, locked, damaged).
    throw databaseError(error, ctx.dbPath);
  }
}

async function openAndRun<T>(ctx: CliContext, work: (db: Db) => Promise<T> | T): Promise<T> {
  try {
    ensureParentDir(ctx.dbPath);
  } catch (cause) {
    // A folder that cannot be made (read-only disk, a file in the way, no permission).
    throw diagnoseDatabasePath(ctx.dbPath, cause) ?? new PmpError('db.cannot-open', 'database', { path: ctx.dbPath }, [], { cause });
  }
  refuseEmptiedDatabase(ctx.dbPath);
  const created = !existsSync(ctx.dbPath);
  const db = openDatabase(ctx.dbPath);
  try {
    // PMP_SEED makes a new database's order of new questions reproducible too.
    const seed = ctx.runtime.env.PMP_SEED;
    if (seed !== undefined && /^\d{1,9}$/.test(seed.trim())) presetNewOrderSeed(db, Number(seed.trim()));
    // A new version of a shipped bank is an import like any other: back up a learner's answers first.
    const loaded = await ensureBundledBanks(db, ctx.clock.now(), {
      beforeWrite: () => {
        if (hasAnswers(db)) backupDatabase(db, ctx.dbPath, 'before-import', Date.now());
      },
    });
    // The first run says where the database now is and what it holds (on stderr: data stays on stdout).
    if (created) {
      const applied = loaded.filter((r) => r.applied);
      const n = applied.reduce((sum, r) => sum + r.plan.added.length, 0);
      ctx.err(wrap(ctx.i18n.t('db.created', { path: sanitizeInline(ctx.dbPath), n: new Intl.NumberFormat(ctx.i18n.lang).format(n), banks: applied.length }), ctx.width).join('\n') + '\n');
    }
    // Databases from before each learner had an order of new questions get theirs once.
    ensureNewOrder(db);
    // A newer scheduler replays the log differently: bring the cached memory states up to date once.
    if (getSetting<number>(db, SETTING.schedulerRevision) !== SCHEDULER_REVISION) await updateMemoryStates(ctx, db);
    return await work(db);
  } finally {
    db.close();
  }
}

/** An emptied file is not a new start when a backup holds the learner's answers: stop, and say where they are. */
export function refuseEmptiedDatabase(dbPath: string): void {
  const found = backupOfEmptiedDatabase(dbPath);
  if (found) throw new PmpError('db.emptied', 'database', { path: dbPath, n: found.number, answers: found.answers, backup: found.backup.path });
}

async function updateMemoryStates(ctx: CliContext, db: Db): Promise<void> {
  const { ensureSchedulerRevision } = await import('../../app/scheduler-revision.js');
  let backup = '';
  const changed = ensureSchedulerRevision(db, () => learnerScheduler(db), {
    beforeRebuild: () => void (backup = backupDatabase(db, ctx.dbPath, 'before-scheduler-update', Date.now())),
  });
  if (changed > 0) ctx.err(wrap(ctx.i18n.t('scheduler.updated', { n: changed, backup: sanitizeInline(backup) }), ctx.width).join('\n') + '\n');
}

/** "Process 8 · Plan and manage schedule", from each bank's outline, in the learner's language. */
export function taskLabeller(db: Db, ctx: CliContext): RenderContext['taskLabel'] {
  const outlines = loadOutlines();
  const outlineOf = new Map(bankRefs(db).map((b) => [b.id, b.outline]));
  const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
  return (bankId, domain, task) => {
    const outline = outlines.get(outlineOf.get(bankId) ?? '');
    const d = outline?.domains.find((x) => x.id === domain);
    if (!d) return undefined;
    const tk = d.tasks.find((x) => x.n === task);
    const name = `${pickText(d.name, ctx.i18n.lang, other)}${task !== undefined ? ` ${task}` : ''}`;
    return sanitizeInline(tk ? `${name} · ${pickText(tk.name, ctx.i18n.lang, other)}` : name);
  };
}
