/** What a command says as its database opens: shared by every command (open.ts) and `pmp sync` (sync.ts). */
import type { OpenLearnerDatabaseOptions } from '../../app/learner-database.js';
import type { CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';

export function openOptions(ctx: CliContext): OpenLearnerDatabaseOptions {
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
