/** The score report, the question-by-question review, and the list of past exams: text and JSON. */
import { lightFormat } from 'date-fns/lightFormat';
import type { ExamListEntry, ExamReport } from '../../app/exam-report.js';
import { ratingThresholds } from '../../domain/exam-rating.js';
import { describeSlice, type DomainShortfall } from '../../domain/exam-draw.js';
import type { ExamScore } from '../../domain/exam-score.js';
import type { Outline } from '../../domain/outline.js';
import { pickText } from '../../domain/text.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { displayWidth, padEnd, wrap } from '../terminal/wrap.js';
import type { RenderContext } from './context.js';
import { formatClock } from './exam-view.js';
import { formatResponse, renderAnswerReview } from './feedback-view.js';
import { renderQuestionBody } from './question-view.js';

/** Marks a report line as a list entry, indented under its heading. */
const INDENT = '  ';
const percent = (share: number) => `${Math.round(share * 100)}%`;

function domainName(ctx: RenderContext, outline: Outline | undefined, domain: string): string {
  const d = outline?.domains.find((x) => x.id === domain);
  return d ? pickText(d.name, ctx.i18n.lang, ['en']) : domain;
}

/** "The banks cannot fill the 180-question blueprint: Process needs 74, has 30 (44 missing); … Drawn instead: …" */
export function shortfallText(i18n: RenderContext['i18n'], requested: number, drawn: number, shortfall: readonly DomainShortfall[], name: (domain: string) => string): string {
  const { t } = i18n;
  const list = shortfall.map((s) => t('exam.shortfall.domain', { domain: name(s.domain), wanted: s.wanted, available: s.available, missing: s.wanted - s.available })).join('; ');
  return t('exam.shortfall', { requested, list, questions: drawn });
}

/** `details`: the prediction's Brier score and log loss too. */
export function renderScore(ctx: RenderContext, report: ExamReport, outline: Outline | undefined, options: { readonly details?: boolean } = {}): string[] {
  const { t } = ctx.i18n;
  const { exam, score } = report;
  const lines: string[] = [
    ctx.style.bold(t('exam.report.title', { id: exam.id, date: lightFormat(exam.startedAt, 'yyyy-MM-dd HH:mm'), outline: exam.outline, status: t(`exam.status.${exam.status}`) })),
  ];
  if (exam.format.slice) lines.push(t('exam.report.slice', { slice: sanitizeInline(describeSlice(exam.format.slice)) }));
  if (exam.format.shortfall.length > 0) {
    lines.push(ctx.style.warn(t('exam.report.shortfall', { text: shortfallText(ctx.i18n, exam.format.requested, exam.format.questions, exam.format.shortfall, (d) => domainName(ctx, outline, d)) })));
  }
  if (!score) return [...lines, t('exam.report.in-progress', { id: exam.id })].flatMap((l) => wrap(l, ctx.width));
  const verdict = score.passed ? ctx.style.good(t('exam.report.pass')) : ctx.style.bad(t('exam.report.fail'));
  lines.push(t('exam.report.overall', { right: score.overall.right, total: score.overall.total, percent: percent(score.overall.share), rating: t(`rating.${score.overall.rating}`), verdict }));
  if (score.unanswered > 0) lines.push(t('exam.report.unanswered', { n: score.unanswered }));
  if (score.unscored > 0) lines.push(t('exam.report.unscored', { n: score.unscored }));
  lines.push('', ctx.style.accent(t('exam.report.domains')));
  for (const d of score.domains) {
    lines.push(INDENT + t('exam.report.domain', { domain: domainName(ctx, outline, d.domain), right: d.right, total: d.total, percent: percent(d.share), rating: t(`rating.${d.rating}`) }));
  }
  const th = ratingThresholds(score.cut);
  lines.push(ctx.style.dim(t('rating.assumed-cut', { cut: percent(score.cut), target: percent(th.target), above: percent(th['above-target']), below: percent(th['below-target']) })));
  const p = report.prediction;
  if (p) {
    lines.push('', ctx.style.accent(t('exam.report.prediction-title')));
    // In words first, over the questions answered only; the scoring rules are for those who ask.
    lines.push(INDENT + t('report.prediction-words', { n: p.questions, expected: percent(p.expected), actual: percent(p.actual) }));
    if (score.unanswered > 0) lines.push(INDENT + ctx.style.dim(t('report.prediction-unanswered', { n: score.unanswered })));
    // The two parts of the estimate: recall of what was studied, first-sight accuracy on the rest.
    for (const [part, check] of [['seen', p.seen], ['unseen', p.unseen]] as const) {
      if (check) lines.push(INDENT + t(`exam.report.prediction-${part}`, { n: check.questions, expected: percent(check.expected), actual: percent(check.actual) }));
    }
    if (!p.seen) lines.push(INDENT + ctx.style.dim(t('exam.report.prediction-no-seen')));
    if (options.details) lines.push(INDENT + t('exam.report.prediction-scores', { brier: p.brier.toFixed(3), logLoss: p.logLoss.toFixed(3), baseBrier: p.baselineBrier.toFixed(3), baseLogLoss: p.baselineLogLoss.toFixed(3) }));
    else lines.push(INDENT + ctx.style.dim(t('report.prediction-details')));
  }
  lines.push('', ctx.style.accent(t('exam.report.time')));
  for (const s of report.sections) lines.push(INDENT + t('exam.report.section', { section: s.section, first: s.first, last: s.last, time: formatClock(s.timeMs), answered: s.answered }));
  for (const b of exam.breaks) {
    lines.push(INDENT + (b.taken ? t('exam.report.break', { after: b.afterQuestion, used: formatClock(b.usedMs) }) : t('exam.report.break-skipped', { after: b.afterQuestion })));
  }
  lines.push(INDENT + t('exam.report.total-time', { time: formatClock(exam.elapsedMs), limit: formatClock(exam.format.minutes * 60_000) }));
  lines.push('', ctx.style.dim(t('exam.report.log-note')), t('exam.report.review-hint', { id: exam.id }));
  return lines.flatMap((l) => {
    if (l === '') return [''];
    const indent = l.startsWith(INDENT) ? INDENT : '';
    return wrap(l.slice(indent.length), ctx.width - indent.length, '  ').map((w) => indent + w);
  });
}

/** Every question of the exam: as shown, the answer given, the key and the explanation. */
export function renderExamQuestions(ctx: RenderContext, report: ExamReport, only: 'all' | 'wrong'): string[] {
  const { t } = ctx.i18n;
  const lines: string[] = [];
  for (const item of report.items) {
    if (only === 'wrong' && item.correct) continue;
    const marks = [ctx.taskLabel(item.bankId, item.domain ?? undefined, item.task ?? undefined), item.scored ? undefined : t('exam.item.unscored'), item.flagged ? t('exam.flagged-marker') : undefined, t('exam.item.time', { time: formatClock(item.timeMs) })];
    const title = [t('exam.item.title', { position: item.position, total: report.items.length, ref: sanitizeInline(`${item.bankId}/${item.questionId}`) }), ...marks].filter(Boolean).join(' · ');
    lines.push('', ...wrap(`── ${title} ──`, ctx.width, '   ').map((l) => ctx.style.dim(l)), '');
    lines.push(...renderQuestionBody(ctx, item.presentation));
    lines.push(...renderAnswerReview(ctx, item.presentation, item.response, item.correct, t('exam.item.no-answer')));
  }
  return lines;
}

function scoreJson(score: ExamScore | null) {
  if (!score) return null;
  return {
    right: score.overall.right,
    scored: score.overall.total,
    share: score.overall.share,
    rating: score.overall.rating,
    passed: score.passed,
    assumedCut: score.cut,
    unscored: score.unscored,
    unanswered: score.unanswered,
    domains: score.domains.map((d) => ({ domain: d.domain, right: d.right, total: d.total, share: d.share, rating: d.rating })),
  };
}

export function examReportJson(report: ExamReport): unknown {
  const { exam } = report;
  return {
    id: exam.id,
    outline: exam.outline,
    status: exam.status,
    startedAt: new Date(exam.startedAt).toISOString(),
    submittedAt: exam.submittedAt === null ? null : new Date(exam.submittedAt).toISOString(),
    seed: exam.seed,
    format: exam.format,
    // Banks and tags the exam was drawn from (null: every bank of the outline).
    slice: exam.format.slice ?? null,
    // Domains that could not fill their share of the requested exam: empty when the blueprint was filled.
    shortfall: {
      requested: exam.format.requested,
      drawn: exam.format.questions,
      domains: exam.format.shortfall.map((s) => ({ domain: s.domain, wanted: s.wanted, available: s.available, missing: s.wanted - s.available })),
    },
    elapsedMs: exam.elapsedMs,
    score: scoreJson(report.score),
    prediction: report.prediction,
    sections: report.sections,
    breaks: exam.breaks,
    questions: report.items.map((i) => ({
      position: i.position,
      section: i.section,
      bank: i.bankId,
      question: i.questionId,
      domain: i.domain,
      task: i.task,
      scored: i.scored,
      flagged: i.flagged,
      shownOrder: i.presentation.optionOrder.length > 0 ? i.presentation.optionOrder : i.presentation.rightOrder,
      response: i.response,
      correct: report.score ? i.correct : null,
      timeMs: i.timeMs,
    })),
  };
}

export function renderExamList(ctx: RenderContext, entries: readonly ExamListEntry[]): string[] {
  const { t } = ctx.i18n;
  if (entries.length === 0) return wrap(t('exam.list.empty'), ctx.width);
  const rows = entries.map((e) => [
    String(e.id),
    lightFormat(e.startedAt, 'yyyy-MM-dd HH:mm'),
    e.outline,
    String(e.questions),
    e.score ? percent(e.score.overall.share) : '–',
    e.score ? t(`rating.${e.score.overall.rating}`) : '–',
    t(`exam.status.${e.status}`),
  ]);
  const head = ['id', t('exam.list.date'), 'ECO', t('exam.list.questions'), t('exam.list.right'), t('exam.list.rating'), t('exam.list.status')];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i] ?? 0))).join('  ');
  return [ctx.style.bold(line(head)), ...rows.map(line)];
}

export function examListJson(entries: readonly ExamListEntry[]): unknown {
  return entries.map((e) => ({ id: e.id, startedAt: new Date(e.startedAt).toISOString(), outline: e.outline, questions: e.questions, status: e.status, score: scoreJson(e.score) }));
}
