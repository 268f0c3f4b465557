/** `pmp readiness --calibration`: how well the logged predictions matched what happened. */
import { calibrationReport, type CalibrationReport } from '../../app/calibration.js';
import type { Calibration } from '../../domain/calibration.js';
import type { Decile } from '../../domain/prediction-quality.js';
import { DAY_START_HOUR } from '../../domain/study-day.js';
import { PmpError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { padEnd, padStart, wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';

export interface CalibrationOptions {
  readonly json?: boolean;
  readonly since?: string;
}

/** Relative differences within this share count as "about the same". */
const SAME_WITHIN = 0.01;
const BAR_WIDTH = 20;

export async function calibrationCommand(ctx: CliContext, options: CalibrationOptions): Promise<number> {
  const since = options.since === undefined ? undefined : studyDayStartOf(options.since, ctx);
  return withDatabase(ctx, (db) => {
    const report = calibrationReport(db, since === undefined ? {} : { since });
    if (options.json) ctx.out(toSafeJson({ ...report, since: options.since ?? null }));
    else ctx.out(render(ctx, report, options.since).join('\n') + '\n');
    return 0;
  });
}

/** The start of the study day (04:00 local) of a YYYY-MM-DD date; a usage error otherwise. */
function studyDayStartOf(value: string, ctx: CliContext): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const utc = Date.UTC(y, mo - 1, d, DAY_START_HOUR);
  const check = new Date(utc);
  if (!m || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new PmpError('calibration.bad-since', 'usage', { value });
  }
  return utc - ctx.clock.utcOffsetMinutes(utc) * 60_000;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fixed = (x: number) => x.toFixed(4);

function render(ctx: CliContext, report: CalibrationReport, sinceText: string | undefined): string[] {
  const { t } = ctx.i18n;
  const c = report.calibration;
  if (report.status === 'too-few' || !c) return wrap(t('calibration.too-few', { n: report.predictions, needed: report.needed }), ctx.width);
  const window = sinceText === undefined ? t('calibration.window-all') : t('calibration.window-since', { date: sinceText });
  return [
    ctx.style.bold(t('calibration.title')),
    ...wrap(t('calibration.counts', { answers: report.answers, window, first: report.firstAnswers, sameDay: report.sameDay, n: report.predictions }), ctx.width),
    ...wrap(t('calibration.share', { actual: pct(c.actual), adjusted: pct(c.adjusted.meanPredicted), raw: pct(c.raw.meanPredicted) }), ctx.width),
    ctx.style.dim(wrap(t('calibration.headline-note'), ctx.width).join('\n')),
    '',
    ...scoreTable(ctx, c),
    '',
    ...wrap(verdict(ctx, c), ctx.width),
    '',
    ctx.style.bold(t('calibration.deciles')),
    ...decileRows(ctx, c.adjusted.deciles),
    ctx.style.dim(`  ${t('calibration.legend')}`),
  ];
}

function scoreTable(ctx: CliContext, c: Calibration): string[] {
  const { t } = ctx.i18n;
  const label = 30;
  const col = 12;
  const row = (name: string, s: { brier: number; logLoss: number; rmseBins: number }) =>
    `  ${padEnd(name, label)}${padStart(fixed(s.brier), col)}${padStart(fixed(s.logLoss), col)}${padStart(fixed(s.rmseBins), col)}`;
  return [
    ctx.style.dim(`  ${padEnd('', label)}${padStart(t('calibration.col-brier'), col)}${padStart(t('calibration.col-logloss'), col)}${padStart(t('calibration.col-rmse'), col)}`),
    row(t('calibration.row-adjusted'), c.adjusted.model),
    row(t('calibration.row-raw'), c.raw.model),
    row(t('calibration.row-baseline', { mean: pct(c.actual) }), c.adjusted.baseline),
    ctx.style.dim(`  ${t('calibration.lower-better')}`),
  ];
}

/** Better or worse than the constant average, by the relative difference of log loss and Brier score (headline view). */
function verdict(ctx: CliContext, c: Calibration): string {
  const { model, baseline } = c.adjusted;
  const logloss = (model.logLoss - baseline.logLoss) / baseline.logLoss;
  const brier = (model.brier - baseline.brier) / baseline.brier;
  const rel = (x: number) => `${Math.abs(x * 100).toFixed(1)}%`;
  const signed = (x: number) => `${x >= 0 ? '+' : '−'}${rel(x)}`;
  if (logloss < -SAME_WITHIN && brier < -SAME_WITHIN) return ctx.style.good(ctx.i18n.t('calibration.verdict-better', { logloss: rel(logloss), brier: rel(brier) }));
  if (logloss > SAME_WITHIN && brier > SAME_WITHIN) return ctx.style.warn(ctx.i18n.t('calibration.verdict-worse', { logloss: rel(logloss), brier: rel(brier) }));
  return ctx.i18n.t('calibration.verdict-mixed', { logloss: signed(logloss), brier: signed(brier) });
}

function decileRows(ctx: CliContext, deciles: readonly Decile[]): string[] {
  const { t } = ctx.i18n;
  const header = `  ${padEnd(t('calibration.col-range'), 10)}${padStart(t('calibration.col-count'), 8)}${padStart(t('calibration.col-mean'), 8)}${padStart(t('calibration.col-actual'), 8)}`;
  return [
    ctx.style.dim(header),
    ...deciles.map((d) => {
      const range = `${Math.round(d.from * 100)}–${Math.round(d.to * 100)}%`;
      const cells = `  ${padEnd(range, 10)}${padStart(String(d.count), 8)}`;
      if (d.meanPredicted === null || d.actual === null) return ctx.style.dim(cells);
      return `${cells}${padStart(pct(d.meanPredicted), 8)}${padStart(pct(d.actual), 8)}  ${bar(d.meanPredicted, d.actual)}`;
    }),
  ];
}

/** The share right as a filled bar, the mean prediction as a mark on it. */
function bar(predicted: number, actual: number): string {
  const cells: string[] = Array.from({ length: BAR_WIDTH }, (_, i) => (i < Math.round(actual * BAR_WIDTH) ? '█' : '·'));
  cells[Math.min(BAR_WIDTH - 1, Math.floor(predicted * BAR_WIDTH))] = '│';
  return cells.join('');
}
