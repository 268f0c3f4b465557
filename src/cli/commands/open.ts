import { bankOutlines } from '../../app/list-banks.js';
import { refuseEmptiedDatabase, withLearnerDatabase, type Db } from '../../app/learner-database.js';
import { loadOutlines } from '../../app/outlines.js';
import { pickText } from '../../domain/text.js';
import type { CliContext } from '../context.js';
import type { RenderContext } from '../render/context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { openOptions } from './database-hooks.js';

export { refuseEmptiedDatabase };

/** Opens the learner's database (creating it, with the bundled banks, on first use), runs `work`, closes it. */
export async function withDatabase<T>(ctx: CliContext, work: (db: Db) => Promise<T> | T): Promise<T> {
  return withLearnerDatabase(ctx.dbPath, openOptions(ctx), work);
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
