/** The readiness report: a bar per domain with its range and the assumed cut, coverage, focus tasks. */
import { Z90 } from '../../domain/normal.js';
import { ratingThresholds } from '../../domain/exam-rating.js';
import type { Outline } from '../../domain/outline.js';
import type { DomainId } from '../../domain/question.js';
import type { Estimate, Readiness } from '../../domain/readiness.js';
import { pickText } from '../../domain/text.js';
import type { CliContext } from '../context.js';
import type { ExamDate } from '../../app/exam-date.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { displayWidth, padEnd, padStart, wrap } from '../terminal/wrap.js';
import type { MockEvidence } from '../../domain/mock-evidence.js';

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export function domainName(ctx: CliContext, outline: Outline, domain: DomainId): string {
  const d = outline.domains.find((x) => x.id === domain);
  return d ? sanitizeInline(pickText(d.name, ctx.i18n.lang, ctx.i18n.lang === 'en' ? ['ko'] : ['en'])) : domain;
}

export function taskName(ctx: CliContext, outline: Outline, domain: DomainId, task: number): string {
  const d = outline.domains.find((x) => x.id === domain);
  const tk = d?.tasks.find((x) => x.n === task);
  const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
  return `${domainName(ctx, outline, domain)} ${task}${tk ? ` · ${sanitizeInline(pickText(tk.name, ctx.i18n.lang, other))}` : ''}`;
}

/** From this sd of its own (±3 points of the 90 % range), the calibration's share of the range is named. */
const CALIBRATION_NOTE_SD = 0.03 / Z90;

export function renderReadiness(
  ctx: CliContext,
  outline: Outline,
  r: Readiness,
  opts: { readonly cut: number; readonly exam: ExamDate | undefined; readonly calibrationAnswers?: number; readonly mocks?: MockEvidence | null; readonly mockDays?: number },
): string[] {
  const { t } = ctx.i18n;
  const title = sanitizeInline(pickText(outline.title, ctx.i18n.lang, ctx.i18n.lang === 'en' ? ['ko'] : ['en']));
  const heading = opts.exam ? t('readiness.title.exam', { date: opts.exam.date, days: opts.exam.daysAway, outline: title }) : t('readiness.title.today', { outline: title });
  const lines = wrap(heading, ctx.width).map((l) => ctx.style.bold(l));
  if (r.status === 'too-little-data') {
    lines.push(...wrap(t('readiness.too-little', { have: r.firstSeen, need: r.needFirstSeen, perDomain: r.domains[0]?.need ?? 0 }), ctx.width));
    for (const d of r.domains) {
      const line = `  ${t('readiness.too-little.domain', { domain: domainName(ctx, outline, d.domain), have: d.firstSeen, need: d.need })}`;
      lines.push(d.firstSeen < d.need ? ctx.style.warn(line) : line);
    }
    lines.push(...wrap(t('readiness.too-little.hint'), ctx.width));
    return lines;
  }
  if (opts.exam && opts.exam.daysAway > 0) lines.push(ctx.style.dim(t('readiness.no-further-study')));
  lines.push('');

  const rows: [string, Estimate][] = [[t('readiness.overall'), r.overall], ...r.domains.map((d): [string, Estimate] => [domainName(ctx, outline, d.domain), d])];
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
  const barWidth = Math.max(10, Math.min(30, ctx.width - labelWidth - 40));
  for (const [i, [label, e]] of rows.entries()) {
    const rating = t(`rating.${e.rating}`);
    const figures = `${padStart(percent(e.expected), 4)} (${percent(e.low)}–${percent(e.high)})`;
    const head = `${padEnd(label, labelWidth)}  ${rangeBar(ctx, e, opts.cut, barWidth)}  ${figures}  `;
    lines.push(i === 0 ? ctx.style.bold(head) + ratingStyle(ctx, e.rating)(rating) : head + ratingStyle(ctx, e.rating)(rating));
  }
  lines.push(`${' '.repeat(labelWidth + 2)}${ctx.style.dim(t('readiness.legend', { cut: percent(opts.cut) }))}`);
  lines.push(...wrap(t('readiness.pass-chance', { chance: chance(r.overall.passChance) }), ctx.width));
  const th = ratingThresholds(opts.cut);
  lines.push(
    ...wrap(t('rating.assumed-cut', { cut: percent(opts.cut), target: percent(th.target), above: percent(th['above-target']), below: percent(th['below-target']) }), ctx.width).map((l) => ctx.style.dim(l)),
  );

  lines.push('', ctx.style.bold(t('readiness.coverage')));
  const nameWidth = Math.max(...r.domains.map((d) => displayWidth(domainName(ctx, outline, d.domain))));
  for (const d of r.domains) {
    const share = d.questions > 0 ? percent(d.seen / d.questions) : '–';
    lines.push(`  ${padEnd(domainName(ctx, outline, d.domain), nameWidth)}  ${t('readiness.coverage.row', { seen: d.seen, questions: d.questions, share, tasksSeen: d.tasksSeen, tasks: d.tasks })}`);
  }

  lines.push('', ctx.style.bold(t('readiness.focus')));
  for (const [i, task] of r.focus.entries()) {
    const row = t('readiness.focus.row', {
      task: taskName(ctx, outline, task.domain, task.task),
      expected: percent(task.expected),
      lost: task.pointsLost.toFixed(1),
      exam: task.examQuestions.toFixed(1),
      seen: task.seen,
      questions: task.questions,
    });
    lines.push(...wrap(`${i + 1}. ${row}`, ctx.width, '   ').map((l) => `  ${l}`));
  }
  const top = r.focus[0];
  if (top) lines.push(ctx.style.dim(`  ${t('readiness.focus.hint', { domain: top.domain, task: top.task })}`));

  lines.push('');
  const o = r.overall;
  lines.push(...wrap(t('readiness.basis', { first: o.firstSeen, firstShare: percent(o.firstRight / Math.max(1, o.firstSeen)), seen: o.seen, questions: o.questions }), ctx.width).map((l) => ctx.style.dim(l)));
  // The range is honest about the calibration it rests on: when that is thin, say so and what helps.
  if (o.calibrationSd >= CALIBRATION_NOTE_SD) {
    lines.push(...wrap(t('readiness.calibration-thin', { points: (Z90 * o.calibrationSd * 100).toFixed(0), n: opts.calibrationAnswers ?? 0 }), ctx.width).map((l) => ctx.style.warn(l)));
  }
  if (opts.mockDays !== undefined) lines.push(...wrap(mockLine(ctx, opts.mocks ?? null, opts.mockDays), ctx.width).map((l) => ctx.style.dim(l)));
  if (!opts.exam) lines.push(ctx.style.dim(t('readiness.no-date-hint')));
  return lines;
}

/** What the recent mocks said, and how far they moved the estimate. */
function mockLine(ctx: CliContext, m: MockEvidence | null, days: number): string {
  const { t } = ctx.i18n;
  if (!m) return t('readiness.mocks.none', { days });
  const points = Math.round(m.overall.shift * 100);
  const move = points > 0 ? t('readiness.mocks.up', { points }) : points < 0 ? t('readiness.mocks.down', { points: -points }) : t('readiness.mocks.same');
  return t('readiness.mocks', { n: m.mocks, days, share: percent(m.right / m.answered), answered: m.answered, predicted: percent(m.predicted / m.answered), move });
}

/** █ up to the low end of the range, ▓ on to the expected share, ▒ on to the high end, ░ beyond; │ marks the assumed cut. */
function rangeBar(ctx: CliContext, e: Estimate, cut: number, width: number): string {
  const at = (x: number) => Math.round(x * width);
  const [low, mid, high] = [at(e.low), at(e.expected), at(e.high)];
  const cutAt = Math.min(width - 1, at(cut));
  let bar = '';
  for (let i = 0; i < width; i++) {
    if (i === cutAt) bar += ctx.style.warn('│');
    else if (i < low) bar += ctx.style.accent('█');
    else if (i < mid) bar += ctx.style.accent('▓');
    else if (i < high) bar += ctx.style.accent('▒');
    else bar += ctx.style.dim('░');
  }
  return bar;
}

/** A chance as a percentage that never claims certainty. */
export function chance(x: number): string {
  if (x > 0.99) return '>99%';
  if (x < 0.01) return '<1%';
  return percent(x);
}

function ratingStyle(ctx: CliContext, rating: Estimate['rating']): (s: string) => string {
  if (rating === 'above-target' || rating === 'target') return ctx.style.good;
  return rating === 'below-target' ? ctx.style.warn : ctx.style.bad;
}
