import { basename } from 'node:path';
import { bankItemStats } from '../../app/bank-item-stats.js';
import type { ItemStats } from '../../domain/item-analysis.js';
import { toSafeJson } from '../terminal/safe-json.js';
import type { CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { displayWidth, padEnd, padStart, wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';

export interface BankStatsOptions {
  /** Other learners' databases (a trainer collects them), opened read-only. */
  readonly learners?: readonly string[];
  readonly json?: boolean;
}

/** `pmp banks stats ID`: per question, how learners fare — for trainers tuning their bank. */
export async function bankStatsCommand(ctx: CliContext, id: string, options: BankStatsOptions): Promise<number> {
  return withDatabase(ctx, (db) => {
    const { learners, items: stats } = bankItemStats(db, ctx.dbPath, id, options.learners ?? []);
    if (options.json) {
      ctx.out(toSafeJson({ bank: id, learners, items: stats }));
      return 0;
    }
    ctx.out(render(ctx, id, learners, stats, options.learners ?? []).join('\n') + '\n');
    return 0;
  });
}

function render(ctx: CliContext, id: string, learners: number, stats: readonly ItemStats[], others: readonly string[]): string[] {
  const { t } = ctx.i18n;
  const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
  const lines = [ctx.style.bold(t('itemstats.title', { id: sanitizeInline(id), learners, files: others.map((o) => basename(o)).join(', ') || '–' }))];
  const header = [t('itemstats.id'), t('itemstats.answers'), t('itemstats.first-right'), t('itemstats.discrimination'), t('itemstats.median-time'), t('itemstats.leeches'), t('itemstats.flags')];
  const rows = stats
    .filter((s) => s.answers > 0)
    .map((s) => [
      sanitizeInline(s.questionId),
      String(s.answers),
      pct(s.firstSightRight),
      s.discrimination === null ? '–' : s.discrimination.toFixed(2),
      s.medianElapsedMs === null ? '–' : `${(s.medianElapsedMs / 1000).toFixed(0)}s`,
      String(s.leeches),
      s.flags.map((f) => t(`itemflag.${f}`)).join(', '),
    ]);
  if (rows.length === 0) return [...lines, t('itemstats.none')];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? padEnd(c, i === r.length - 1 ? 0 : (widths[i] as number)) : padStart(c, widths[i] as number))).join('  ');
  lines.push(ctx.style.dim(line(header)), ...rows.map(line));
  const flagged = stats.filter((s) => s.flags.includes('distractor-beats-key'));
  for (const s of flagged) {
    lines.push(...wrap(t('itemstats.distractors', { id: sanitizeInline(s.questionId), chosen: Object.entries(s.chosen).map(([o, n]) => `${o} ${n}`).join(', ') }), ctx.width, '  '));
  }
  if (learners < 5) lines.push(...wrap(ctx.style.dim(t('itemstats.few-learners')), ctx.width));
  return lines;
}
