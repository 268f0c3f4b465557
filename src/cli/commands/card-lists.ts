import { DEFAULT_LEECH_LAPSES } from '../../domain/grading.js';
import { pickText } from '../../domain/text.js';
import { questionsOnList, unsuspendQuestions, type CardList, type ListedCard } from '../../app/card-lists.js';
import { integerOption, type CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { displayWidth, wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';

export interface ListOptions {
  readonly json?: boolean;
  readonly lapses?: string;
  readonly suspend?: boolean;
}

/** `pmp leeches`, `pmp flagged`, `pmp suspended`: the questions, with lapses and a glimpse of the prompt. */
export async function cardListCommand(ctx: CliContext, kind: CardList['kind'], options: ListOptions): Promise<number> {
  const lapses = integerOption(options.lapses, '--lapses', 1, 1000) ?? DEFAULT_LEECH_LAPSES;
  return withDatabase(ctx, (db) => {
    const list: CardList = kind === 'leeches' ? { kind, lapses } : { kind };
    const cards = questionsOnList(db, list, kind === 'leeches' && options.suspend ? { suspendAt: ctx.clock.now() } : {});
    if (options.json) {
      ctx.out(toSafeJson(cards.map((c) => ({ bank: c.bankId, id: c.questionId, lapses: c.lapses, flagged: c.flagged, suspended: c.suspended || (kind === 'leeches' && options.suspend === true), prompt: c.question.prompt }))));
      return 0;
    }
    const { t } = ctx.i18n;
    if (cards.length === 0) {
      ctx.out(t(`list.none.${kind}`) + '\n');
      return 0;
    }
    const lines = [ctx.style.bold(t(`list.title.${kind}`, { n: cards.length, lapses }))];
    for (const c of cards) lines.push(...describe(ctx, c));
    if (kind === 'leeches') lines.push('', ...wrap(options.suspend ? t('list.leeches.suspended', { n: cards.length }) : t('list.leeches.hint'), ctx.width));
    if (kind === 'suspended') lines.push('', ...wrap(t('list.suspended.hint'), ctx.width));
    ctx.out(lines.join('\n') + '\n');
    return 0;
  });
}

function describe(ctx: CliContext, c: ListedCard): string[] {
  const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
  const ref = sanitizeInline(`${c.bankId}/${c.questionId}`);
  const marks = [c.lapses > 0 ? ctx.i18n.t('list.lapses', { n: c.lapses }) : '', c.flagged ? '⚑' : '', c.suspended ? ctx.i18n.t('list.suspended-mark') : ''].filter(Boolean).join(' ');
  const head = `${ref}  ${marks}`;
  const prompt = sanitizeInline(pickText(c.question.prompt, ctx.i18n.lang, other));
  const room = Math.max(20, ctx.width - 4);
  const glimpse = displayWidth(prompt) > room ? wrap(prompt, room)[0] + ' …' : prompt;
  return [head, ctx.style.dim(`    ${glimpse}`)];
}

/** `pmp unsuspend REF...`: bring suspended questions back (REF is bank/question or a unique question id). */
export async function unsuspendCommand(ctx: CliContext, refs: readonly string[]): Promise<number> {
  return withDatabase(ctx, (db) => {
    const n = unsuspendQuestions(db, refs, ctx.clock.now());
    ctx.out(ctx.i18n.t('list.unsuspended', { n }) + '\n');
    return 0;
  });
}
