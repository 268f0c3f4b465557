import { learnerStats, type StudyStats } from '../../app/stats.js';
import { renderStats } from '../render/stats-view.js';
import type { CliContext } from '../context.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { withDatabase } from './open.js';
import { trapReport } from '../../app/trap-stats.js';
import { pickText } from '../../domain/text.js';
import type { Db } from '../../app/learner-database.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';

export async function statsCommand(ctx: CliContext, options: { readonly json?: boolean; readonly traps?: boolean }): Promise<number> {
  return withDatabase(ctx, (db) => {
    if (options.traps) return trapsReport(ctx, db, options.json === true);
    const s = learnerStats(db, ctx.clock);
    if (options.json) {
      ctx.out(toSafeJson(statsJson(s, ctx.clock.now())));
      return 0;
    }
    ctx.out(renderStats(ctx, s).join('\n') + '\n');
    return 0;
  });
}

/** Every figure, with what it means: the dates are study days (from 04:00 local). */
function statsJson(s: StudyStats, now: number): Record<string, unknown> {
  const { heatmap, ...figures } = s;
  return {
    ...figures,
    heatmap: {
      levelUpTo: heatmap.levelUpTo,
      cells: heatmap.weeks.flat().filter((c) => c !== null),
    },
    definitions: DEFINITIONS,
    at: new Date(now).toISOString(),
  };
}

const DEFINITIONS = {
  studyDay: 'a study day runs from 04:00 local time to 04:00 the next day and is named by the date it starts on',
  answers: 'answers of every mode (study, exam, practice) that were not undone',
  daily: 'per study day, the last 30: answers, right, reviews, reviewsRight, elapsedMs',
  retention:
    'true retention: of the answers to questions seen before (outside practice, not undone), the share right; per rolling week of 7 study days ending today, the last 12; desired is the retention the scheduler aims at',
  streak: 'consecutive study days with at least one answer, ending today (or yesterday when today has none yet); longest is the longest run ever',
  timeSpent: 'sum of the time from showing a question to its answer (elapsed_ms)',
  forecast: 'reviews falling due per study day for the next 30 (day 0 includes overdue ones); shown is what the daily cap lets through, waiting the backlog after that day',
  heatmap: 'answers per study day over the last 26 weeks (Monday-first weeks); level 0 = none, 1..4 = up to levelUpTo[level-1] answers',
};

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
