/** `pmp class report` in the terminal: a table of learners, mock exams, weakest tasks, questions to look at. */
import type { ClassReport, LearnerReport } from '../../app/class/report.js';
import type { Outline } from '../../domain/outline.js';
import type { CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { displayWidth, padEnd, padStart, wrap } from '../terminal/wrap.js';
import { domainName, percent, taskName } from './readiness-view.js';

/** Items listed in the terminal; --json has them all. */
const SHOWN_ITEMS = 10;

export function renderClassReport(ctx: CliContext, outline: Outline, r: ClassReport): string[] {
  const t = ctx.i18n.t;
  const lines = [ctx.style.bold(t('class.report.title', { outline: outline.id, learners: r.learners.length, today: r.today, cut: percent(r.cut) })), ''];
  if (r.learners.length === 0) return [...lines, t('class.report.none')];

  const header = [t('class.report.learner'), t('class.report.last-day'), t('class.report.7d'), t('class.report.30d'), t('class.report.streak'), t('class.report.overall'), ...outline.domains.map((d) => domainName(ctx, outline, d.id))];
  const rows = r.learners.map((l) => [sanitizeInline(l.name), l.lastStudyDay ?? t('class.report.never'), String(l.answers7), String(l.answers30), String(l.streak), ...readinessCells(ctx, outline, l)]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i] ?? ''))));
  const numeric = new Set([2, 3, 4]);
  const line = (cells: readonly string[]) => cells.map((c, i) => (numeric.has(i) ? padStart(c, widths[i] as number) : padEnd(c, widths[i] as number))).join('  ').trimEnd();
  lines.push(ctx.style.dim(line(header)), ...rows.map(line), '');

  const exams = r.learners.flatMap((l) => l.exams.map((e) => ({ name: l.name, ...e })));
  if (exams.length === 0) lines.push(t('class.report.no-exams'));
  else {
    lines.push(t('class.report.exams'));
    for (const e of exams) lines.push(`  ${t('class.report.exam-row', { name: sanitizeInline(e.name), date: e.submittedAt.slice(0, 10), share: percent(e.share), correct: e.correct, scored: e.scored })}`);
  }

  if (r.weakestTasks.length > 0) {
    lines.push('', t('class.report.weakest'));
    for (const w of r.weakestTasks) lines.push(...indented(ctx, t('class.report.weakest-row', { task: taskName(ctx, outline, w.domain, w.task), expected: percent(w.meanExpected), learners: w.learners })));
  }

  const answered = r.items.filter((i) => i.answers > 0);
  const flagged = answered.filter((i) => i.flags.length > 0);
  lines.push('');
  if (flagged.length === 0) lines.push(t('class.report.items-fine', { n: answered.length }));
  else {
    lines.push(t('class.report.items', { n: answered.length }));
    for (const i of flagged.slice(0, SHOWN_ITEMS)) {
      const row = t('class.report.item-row', {
        id: sanitizeInline(i.questionId),
        right: i.firstSightRight === null ? '—' : percent(i.firstSightRight),
        discrimination: i.discrimination === null ? '—' : i.discrimination.toFixed(2),
        answers: i.answers,
        flags: i.flags.map((f) => t(`itemflag.${f}`)).join(', '),
      });
      lines.push(...indented(ctx, row));
    }
  }
  return lines;
}

function readinessCells(ctx: CliContext, outline: Outline, l: LearnerReport): string[] {
  const r = l.readiness;
  if (r.status !== 'ready') return [ctx.i18n.t('class.report.too-little', { have: r.firstSeen, need: r.needFirstSeen }), ...outline.domains.map(() => '—')];
  const range = (e: { expected: number; low: number; high: number }) => `${percent(e.expected)} (${Math.round(e.low * 100)}–${percent(e.high)})`;
  return [`${range(r.overall)} ${ctx.i18n.t(`rating.${r.overall.rating}`)}`, ...outline.domains.map((d) => {
    const dr = r.domains.find((x) => x.domain === d.id);
    return dr ? range(dr) : '—';
  })];
}

/** A list entry: wrapped, indented two columns, its continuation lines four. */
function indented(ctx: CliContext, text: string): string[] {
  return wrap(text, ctx.width - 2, '  ').map((line) => `  ${line}`);
}
