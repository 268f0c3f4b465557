import { computeStats } from '../../app/stats.js';
import type { CliContext } from '../context.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { withDatabase } from './open.js';
import { trapReport } from '../../app/trap-stats.js';
import { pickText } from '../../domain/text.js';
import type { Db } from '../../storage/database.js';
import { getSetting, SETTING } from '../../storage/settings.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';

export async function statsCommand(ctx: CliContext, options: { readonly json?: boolean; readonly traps?: boolean }): Promise<number> {
  return withDatabase(ctx, (db) => {
    if (options.traps) return trapsReport(ctx, db, options.json === true);
    const s = computeStats(db, ctx.clock, getSetting<number | null>(db, SETTING.maxReviewsPerDay) ?? null);
    if (options.json) {
      ctx.out(toSafeJson({ ...s, at: new Date(ctx.clock.now()).toISOString() }));
      return 0;
    }
    const { t } = ctx.i18n;
    const lines = [
      ctx.style.bold(t('stats.title')),
      t('stats.answers', { n: s.answers, today: s.answersToday, correct: s.correctToday }),
      t('stats.due-now', { n: s.dueNow }),
      t('stats.due-tomorrow', { n: s.dueTomorrow }),
      t('stats.new', { n: s.newAvailable, total: s.questions }),
      s.retention30d === null ? t('stats.retention-none') : t('stats.retention', { value: `${Math.round(s.retention30d * 100)}%`, n: s.reviews30d }),
      '',
      t('stats.forecast', { cap: s.maxReviewsPerDay === null ? t('stats.no-cap') : String(s.maxReviewsPerDay) }),
      ...s.forecast.map((d) => `  ${d.date}  ${String(d.shown).padStart(5)}${d.waiting > 0 ? `  ${t('stats.waiting', { n: d.waiting })}` : ''}`),
    ];
    ctx.out(lines.join('\n') + '\n');
    return 0;
  });
}

function trapsReport(ctx: CliContext, db: Db, json: boolean): number {
  const report = trapReport(db);
  if (json) {
    ctx.out(toSafeJson(report));
    return 0;
  }
  const { t } = ctx.i18n;
  const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
  if (report.traps.length === 0) {
    ctx.out(wrap(t('traps.none', { n: report.wrongAnswers }), ctx.width).join('\n') + '\n');
    return 0;
  }
  const lines = [ctx.style.bold(t('traps.title', { n: report.wrongWithTrap, total: report.wrongAnswers }))];
  for (const trap of report.traps) {
    const name = trap.name ? sanitizeInline(pickText(trap.name, ctx.i18n.lang, other)) : trap.trap;
    lines.push(...wrap(`${String(trap.times).padStart(4)}× ${Math.round(trap.share * 100)}%  ${name} (${sanitizeInline(trap.trap)})`, ctx.width, '          '));
    for (const e of trap.examples) {
      const prompt = sanitizeInline(pickText(e.prompt, ctx.i18n.lang, other));
      lines.push(ctx.style.dim(`        ${sanitizeInline(`${e.bankId}/${e.questionId}`)}: ${wrap(prompt, Math.max(20, ctx.width - 30))[0] ?? ''}…`));
    }
  }
  lines.push('', ...wrap(t('traps.hint', { trap: report.traps[0]?.trap ?? '' }), ctx.width));
  ctx.out(lines.join('\n') + '\n');
  return 0;
}
