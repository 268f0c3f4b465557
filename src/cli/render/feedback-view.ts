import type { AnswerOutcome, StudySummary } from '../../app/study-session.js';
import { letterFor, type Presentation } from '../../domain/presentation.js';
import type { Response } from '../../domain/question.js';
import { keyResponse } from '../../domain/answer-check.js';
import { wrap } from '../terminal/wrap.js';
import { localText, type RenderContext } from './context.js';
import { optionText } from './question-view.js';
import { relativeTime } from './time.js';

/** "B", "A, C", "C → A → B", "1-b, 2-a", "0.85 USD" — in the letters of this showing. */
export function formatResponse(ctx: RenderContext, shown: Presentation, response: Response): string {
  const letter = (id: string) => letterFor(shown.optionOrder.indexOf(id));
  const q = shown.question;
  switch (response.type) {
    case 'single':
      return `${letter(response.optionId)}. ${optionText(ctx, q, response.optionId)}`;
    case 'multiple':
      return response.optionIds.map(letter).sort().join(', ');
    case 'ordering':
      return response.optionIds.map(letter).join(' → ');
    case 'matching':
      return q.type === 'matching'
        ? q.left.map((l, i) => `${i + 1}-${letterFor(shown.rightOrder.indexOf(response.pairs[l.id] ?? '')).toLowerCase()}`).join(', ')
        : '';
    case 'numeric':
      return `${response.value}${q.type === 'numeric' && q.unit ? ' ' + localText(ctx, q.unit) : ''}`;
  }
}

/** Right or wrong, the key, the explanation, why each option is right or wrong, when it returns. */
export function renderFeedback(ctx: RenderContext, outcome: AnswerOutcome): string[] {
  const { t } = ctx.i18n;
  const lines = renderAnswerReview(ctx, outcome.item.presentation, outcome.response, outcome.correct);
  const when = relativeTime(outcome.after.dueAt, ctx.now(), ctx.i18n.lang);
  lines.push(...wrap(`${t('feedback.rating', { rating: t(`rating.${outcome.rating}`) })} ${t('feedback.next', { when })}`, ctx.width).map((l) => ctx.style.dim(l)));
  return lines;
}

/**
 * Right or wrong, the answer given (`unanswered` in its place when there is none), the key, the
 * explanation, and why each option is right or wrong: the feedback without the schedule.
 */
export function renderAnswerReview(ctx: RenderContext, shown: Presentation, response: Response | null, correct: boolean, unanswered = ''): string[] {
  const { t } = ctx.i18n;
  const q = shown.question;
  const lines: string[] = [''];
  lines.push(correct ? ctx.style.good(ctx.style.bold(t('feedback.correct'))) : ctx.style.bad(ctx.style.bold(t('feedback.wrong'))));
  if (!correct) lines.push(...wrap(t('feedback.your-answer', { answer: response ? formatResponse(ctx, shown, response) : unanswered }), ctx.width, '  '));
  lines.push(...wrap(t('feedback.right-answer', { answer: formatResponse(ctx, shown, keyResponse(q)) }), ctx.width, '  '));
  if (q.type === 'multiple' || q.type === 'ordering') {
    const keyIds = new Set(q.answer);
    if (q.type === 'multiple') for (const id of shown.optionOrder) if (keyIds.has(id)) lines.push(...wrap(`  ${letterFor(shown.optionOrder.indexOf(id))}. ${optionText(ctx, q, id)}`, ctx.width, '     '));
    if (q.type === 'ordering') q.answer.forEach((id, i) => lines.push(...wrap(`  ${i + 1}. ${optionText(ctx, q, id)}`, ctx.width, '     ')));
  }
  if (q.type === 'matching') {
    q.left.forEach((l, i) => lines.push(...wrap(`  ${i + 1}. ${localText(ctx, l.text)} → ${optionText(ctx, q, q.answer[l.id] ?? '')}`, ctx.width, '     ')));
  }
  lines.push('');
  lines.push(ctx.style.accent(t('feedback.explanation')));
  const explanation = q.explanation ? localText(ctx, q.explanation) : t('feedback.no-explanation');
  lines.push(...wrap(explanation, ctx.width - 2, '  ').map((l) => '  ' + (q.explanation ? l : ctx.style.dim(l))));
  if (q.type === 'single' || q.type === 'multiple') {
    const withRationale = shown.optionOrder.filter((id) => q.options.find((o) => o.id === id)?.rationale);
    if (withRationale.length > 0) {
      lines.push('', ctx.style.accent(t('feedback.options')));
      const keys: readonly string[] = q.type === 'single' ? [q.answer] : q.answer;
      for (const id of withRationale) {
        const o = q.options.find((x) => x.id === id);
        if (!o?.rationale) continue;
        const mark = keys.includes(id) ? ctx.style.good('✓') : ctx.style.bad('✗');
        lines.push(...wrap(`${letterFor(shown.optionOrder.indexOf(id))} ${mark} ${localText(ctx, o.rationale)}`, ctx.width - 2, '    ').map((l) => '  ' + l));
      }
    }
  }
  if (q.references.length > 0) {
    lines.push('', ...wrap(`${t('feedback.references')}: ${q.references.map((r) => localText(ctx, r)).join('; ')}`, ctx.width).map((l) => ctx.style.dim(l)));
  }
  lines.push('');
  return lines;
}

export function renderSummary(ctx: RenderContext, s: StudySummary): string[] {
  const { t } = ctx.i18n;
  const lines: string[] = [''];
  if (s.answered === 0 && s.stoppedBecause === 'done') {
    lines.push(s.cram ? t('summary.cram-empty') : s.clockBeforeLastAnswer !== null ? t('summary.clock-behind', { last: isoMinute(s.clockBeforeLastAnswer), now: isoMinute(ctx.now()) }) : t('summary.nothing-now'));
  } else {
    const percent = s.answered > 0 ? `${Math.round((100 * s.correct) / s.answered)}%` : '–';
    lines.push(ctx.style.bold(t('summary.title')));
    lines.push(t('summary.line', { answered: s.answered, correct: s.correct, percent, fresh: s.newSeen }));
    if (s.undone > 0) lines.push(t('summary.undone', { n: s.undone }));
    if (s.stoppedBecause === 'limit') lines.push(t('summary.limit'));
    if (s.cram) lines.push(t('summary.cram'));
  }
  if (s.reviewsWaiting > 0) lines.push(t('summary.reviews-waiting', { n: s.reviewsWaiting }));
  if (s.leeches.length > 0) lines.push(t('summary.leeches', { list: s.leeches.join(', ') }));
  lines.push(s.nextDueAt !== null ? t('summary.next-due', { when: relativeTime(s.nextDueAt, ctx.now(), ctx.i18n.lang) }) : t('summary.nothing-due'));
  if (s.stoppedBecause === 'done' && !s.cram) lines.push(ctx.style.dim(t('summary.more-new')));
  return lines.flatMap((l) => (l === '' ? [''] : wrap(l, ctx.width)));
}

/** '2026-11-25 09:00 UTC': an absolute time, since the clock itself is in question. */
function isoMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
