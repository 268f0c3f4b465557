/** The mock exam's screens as lines: the question header, the review list, the section end. */
import type { ExamQuestionScreen, ExamScreen } from '../../app/exam-ui.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';
import type { RenderContext } from './context.js';
import { formatResponse } from './feedback-view.js';
import { renderQuestionBody } from './question-view.js';

/** "3:59:58" — hours, minutes, seconds; never negative. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The plain mode's question header; it names the question (bank/id) as study's header does. */
export function examHeader(ctx: RenderContext, screen: ExamQuestionScreen, remainingMs: number): string {
  const head = ctx.i18n.t('exam.header', { position: screen.item.position, total: screen.total, left: formatClock(remainingMs), section: screen.section, sections: screen.sections });
  const ref = sanitizeInline(`${screen.item.bankId}/${screen.item.questionId}`);
  return [head, ref, screen.item.flagged ? ctx.i18n.t('exam.flagged-marker') : undefined].filter(Boolean).join(' · ');
}

/** The question without the study header: the exam header, scenario, prompt, options, and the answer so far. */
export function renderExamQuestion(ctx: RenderContext, screen: ExamQuestionScreen, options: { readonly choices?: boolean; readonly header?: boolean } = {}): string[] {
  const lines: string[] = [];
  if (options.header ?? true) lines.push(...wrap(examHeader(ctx, screen, screen.remainingMs()), ctx.width).map((l) => ctx.style.accent(l)), '');
  lines.push(...renderQuestionBody(ctx, screen.item.presentation, options));
  if (screen.item.response) {
    lines.push('', ...wrap(ctx.i18n.t('exam.current-answer', { answer: formatResponse(ctx, screen.item.presentation, screen.item.response) }), ctx.width).map((l) => ctx.style.dim(l)));
  }
  return lines;
}

const listOf = (ctx: RenderContext, positions: readonly number[]) => (positions.length > 0 ? positions.join(', ') : ctx.i18n.t('exam.review.none'));

/** The current section's answered, unanswered and flagged questions, and what is unanswered elsewhere. */
export function renderReviewList(ctx: RenderContext, screen: ExamScreen): string[] {
  const { t } = ctx.i18n;
  const here = screen.statuses.filter((s) => s.section === screen.section);
  const lines = [
    t('exam.review.title', { section: screen.section, sections: screen.sections, first: screen.sectionFirst, last: screen.sectionLast, answered: here.filter((s) => s.answered).length, count: here.length }),
    t('exam.review.unanswered', { list: listOf(ctx, here.filter((s) => !s.answered).map((s) => s.position)) }),
    t('exam.review.flagged', { list: listOf(ctx, here.filter((s) => s.flagged).map((s) => s.position)) }),
  ];
  const elsewhere = screen.statuses.filter((s) => s.section !== screen.section && !s.answered).length;
  if (elsewhere > 0) lines.push(t('exam.review.elsewhere', { n: screen.statuses.filter((s) => !s.answered).length }));
  return lines.flatMap((l) => wrap(l, ctx.width));
}

export function renderSectionEnd(ctx: RenderContext, screen: ExamScreen, plain: boolean): string[] {
  const { t } = ctx.i18n;
  if (screen.kind !== 'section-end') return [];
  const last = screen.breakMinutes === null;
  const title = last ? t('exam.exam-end.title') : t('exam.section-end.title', { section: screen.section, sections: screen.sections });
  const lines = [ctx.style.bold(title), ...renderReviewList(ctx, screen)];
  if (plain) {
    const how = last ? t('exam.exam-end.plain') : t('exam.section-end.plain', { minutes: screen.breakMinutes ?? 0, first: screen.sectionFirst, last: screen.sectionLast });
    lines.push(...wrap(how, ctx.width));
  }
  return lines;
}
