import { computeStats } from '../../app/stats.js';
import type { CliContext } from '../context.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { withDatabase } from './open.js';

export async function statsCommand(ctx: CliContext, options: { readonly json?: boolean }): Promise<number> {
  return withDatabase(ctx, (db) => {
    const s = computeStats(db, ctx.clock);
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
    ];
    ctx.out(lines.join('\n') + '\n');
    return 0;
  });
}
