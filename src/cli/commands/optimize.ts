import { lightFormat } from 'date-fns/lightFormat';
import { loadFsrsFitter } from '../../app/fsrs-fitter.js';
import { optimizeParameters, resetParameters, MIN_FIT_REVIEWS, MIN_HELD_OUT_REVIEWS, type OptimizeReport, type ParameterScore } from '../../app/optimize.js';
import { PmpError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { displayWidth, padEnd, wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';

export interface OptimizeOptions {
  readonly dryRun?: boolean;
  readonly reset?: boolean;
  readonly json?: boolean;
}

/** Fits, tests and (when better) adopts personal FSRS parameters; or goes back to the defaults. */
export async function optimizeCommand(ctx: CliContext, options: OptimizeOptions): Promise<number> {
  if (options.reset && options.dryRun) throw new PmpError('optimize.reset-and-dry-run', 'usage');
  return withDatabase(ctx, async (db) => {
    const report = options.reset
      ? resetParameters(db)
      : await optimizeParameters(
          {
            db,
            clock: ctx.clock,
            loadFitter: loadFsrsFitter,
            monotonicMs: () => performance.now(),
            onFitStart: (n) => {
              if (!options.json) ctx.err(ctx.i18n.t('optimize.fitting', { n }) + '\n');
            },
          },
          { dryRun: options.dryRun === true },
        );
    if (options.json) ctx.out(toSafeJson(asJson(report, options.dryRun === true)));
    else ctx.out(render(ctx, report, options.dryRun === true).flatMap((l) => (l.startsWith('  ') ? [l] : wrap(l, ctx.width, '  '))).join('\n') + '\n');
    return 0;
  });
}

function asJson(report: OptimizeReport, dryRun: boolean): unknown {
  if (report.kind !== 'compared') return { ...report, dryRun };
  return { ...report, dryRun, heldOutFrom: new Date(report.heldOutFrom).toISOString() };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const loss = (x: number) => x.toFixed(4);

function render(ctx: CliContext, report: OptimizeReport, dryRun: boolean): string[] {
  const { t } = ctx.i18n;
  if (report.kind === 'reset') return [report.hadAdopted ? t('optimize.reset', { moved: report.dueMoved }) : t('optimize.reset-none')];
  if (report.kind === 'too-little') {
    return [
      t('optimize.too-little', { n: report.reviews, more: report.needed }),
      t('optimize.too-little.detail', { fitted: report.fitted, heldOut: report.heldOut, minFit: MIN_FIT_REVIEWS, minHeldOut: MIN_HELD_OUT_REVIEWS }),
    ];
  }
  const labels = [report.before, report.after].map((s) => t(`optimize.label.${s.source}`));
  const labelWidth = Math.max(...labels.map(displayWidth));
  const scoreLine = (s: ParameterScore, label: string) =>
    // Numbers in columns: these lines are never wrapped (they fit 60 columns).
    '  ' + t('optimize.score', { label: padEnd(label, labelWidth), logLoss: loss(s.logLoss), rmse: loss(s.rmseBins) });
  const gain = percent(report.relativeGain);
  const verdict = !report.better
    ? t('optimize.kept', { min: percent(report.minRelativeGain), gain })
    : dryRun
      ? t('optimize.would-adopt', { gain })
      : t('optimize.adopted', { gain, moved: report.dueMoved });
  const lines = [
    ctx.style.bold(t('optimize.title')),
    t('optimize.split', { fitted: report.fitted, heldOut: report.heldOut, date: lightFormat(new Date(report.heldOutFrom), 'yyyy-MM-dd') }),
    t('optimize.score-header'),
    scoreLine(report.before, labels[0] ?? ''),
    scoreLine(report.after, labels[1] ?? ''),
    report.better ? ctx.style.good(verdict) : verdict,
  ];
  if (report.fitMs !== null) lines.push(t('optimize.fit-time', { seconds: (report.fitMs / 1000).toFixed(1) }));
  return lines;
}
