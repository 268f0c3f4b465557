import { bankOutlines } from '../../app/list-banks.js';
import { refuseEmptiedDatabase, withLearnerDatabase, withSyncDatabase, type Db, type OpenLearnerDatabaseOptions } from '../../app/learner-database.js';
import { loadOutlines } from '../../app/outlines.js';
import { pickText } from '../../domain/text.js';
import type { CliContext } from '../context.js';
import type { RenderContext } from '../render/context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';

export { refuseEmptiedDatabase };

/** Opens the learner's database (creating it, with the bundled banks, on first use), runs `work`, closes it. */
export async function withDatabase<T>(ctx: CliContext, work: (db: Db) => Promise<T> | T): Promise<T> {
  return withLearnerDatabase(ctx.dbPath, openOptions(ctx), work);
}

/** The same for `pmp sync`: without the study's housekeeping (app/learner-database.ts withSyncDatabase). */
export async function withDatabaseForSync<T>(ctx: CliContext, work: (db: Db) => Promise<T>): Promise<T> {
  return withSyncDatabase(ctx.dbPath, openOptions(ctx), work);
}

function openOptions(ctx: CliContext): OpenLearnerDatabaseOptions {
  // PMP_SEED makes a new database's order of new questions reproducible too.
  const seed = ctx.runtime.env.PMP_SEED;
  const say = (text: string) => ctx.err(wrap(text, ctx.width).join('\n') + '\n');
  return {
    now: ctx.clock.now(),
    ...(seed !== undefined && /^\d{1,9}$/.test(seed.trim()) ? { newOrderSeed: Number(seed.trim()) } : {}),
    // The first run says where the database now is and what it holds (on stderr: data stays on stdout).
    onCreated: ({ questions, banks }) => say(ctx.i18n.t('db.created', { path: sanitizeInline(ctx.dbPath), n: new Intl.NumberFormat(ctx.i18n.lang).format(questions), banks })),
    onSchedulerUpdated: (n, backup) => say(ctx.i18n.t('scheduler.updated', { n, backup: sanitizeInline(backup) })),
  };
}

/** "Process 8 · Plan and manage schedule", from each bank's outline, in the learner's language. */
export function taskLabeller(db: Db, ctx: CliContext): RenderContext['taskLabel'] {
  const outlines = loadOutlines();
  const outlineOf = bankOutlines(db);
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
