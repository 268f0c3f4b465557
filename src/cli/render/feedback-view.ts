import type { AnswerOutcome, StudySummary } from '../../app/study-session.js';
import { letterFor, type Presentation } from '../../domain/presentation.js';
import type { Response } from '../../domain/question.js';
import { keyResponse } from '../../domain/answer-check.js';
import { displayWidth, wrap } from '../terminal/wrap.js';
import { localText, type RenderContext } from './context.js';
import { optionText } from './question-view.js';
import { formatNumber } from './number.js';
import { relativeDistance, relativeTime } from './time.js';

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
      return `${formatNumber(response.value, ctx.i18n.lang)}${q.type === 'numeric' && q.unit ? ' ' + localText(ctx, q.unit) : ''}`;
  }
}

/** Right or wrong, the key, the explanation, why each option is right or wrong, when it returns. */
export function renderFeedback(ctx: RenderContext, outcome: AnswerOutcome): string[] {
  const lines = renderAnswerReview(ctx, outcome.item.presentation, outcome.response, outcome.correct);
  lines.push(...scheduleLines(ctx, outcome));
  return lines;
}

/** When the question comes back; in cram, that nothing changed and what study would have done. */
export function scheduleLines(ctx: RenderContext, outcome: AnswerOutcome): string[] {
  const { t } = ctx.i18n;
  const now = ctx.now();
  let text: string;
  if (outcome.item.cram) {
    text = outcome.after.dueAt - now < 60_000 ? t('feedback.cram-would-now') : t('feedback.cram-would', { when: relativeDistance(outcome.after.dueAt, now, ctx.i18n.lang) });
  } else {
    text = `${t('feedback.rating', { rating: t(`rating.${outcome.rating}`) })} ${t('feedback.next', { when: relativeTime(outcome.after.dueAt, now, ctx.i18n.lang) })}`;
  }
  return wrap(text, ctx.width).map((l) => ctx.style.dim(l));
}

/**
 * Right or wrong, the answer given (`unanswered` in its place when there is none), the key, the
 * explanation, and why each option is right or wrong: the feedback without the schedule.
 */
export function renderAnswerReview(ctx: RenderContext, shown: Presentation, response: Response | null, correct: boolean, unanswered = ''): string[] {
  return ['', ...renderVerdict(ctx, shown, response, correct, unanswered), '', ...renderExplanation(ctx, shown), ''];
}

/** The verdict, the answer given, and the key (with the key's options spelled out): what must stay in view. */
export function renderVerdict(ctx: RenderContext, shown: Presentation, response: Response | null, correct: boolean, unanswered = '', spelled = true): string[] {
  const { t } = ctx.i18n;
  const q = shown.question;
  const lines: string[] = [];
  lines.push(correct ? ctx.style.good(ctx.style.bold(t('feedback.correct'))) : ctx.style.bad(ctx.style.bold(t('feedback.wrong'))));
  if (!correct) lines.push(...hanging(ctx, '  ', t('feedback.your-answer', { answer: response ? formatResponse(ctx, shown, response) : unanswered }), 4));
  lines.push(...hanging(ctx, '  ', t('feedback.right-answer', { answer: formatResponse(ctx, shown, keyResponse(q)) }), 4));
  if (spelled) lines.push(...renderKeySpelled(ctx, shown));
  return lines;
}

/** The key's options spelled out (choose-N, ordering, matching): "  A. text", "  1. item → match". */
export function renderKeySpelled(ctx: RenderContext, shown: Presentation): string[] {
  const q = shown.question;
  const lines: string[] = [];
  if (q.type === 'multiple' || q.type === 'ordering') {
    const keyIds = new Set(q.answer);
    if (q.type === 'multiple') for (const id of shown.optionOrder) if (keyIds.has(id)) lines.push(...hanging(ctx, `  ${letterFor(shown.optionOrder.indexOf(id))}. `, optionText(ctx, q, id)));
    if (q.type === 'ordering') q.answer.forEach((id, i) => lines.push(...hanging(ctx, `  ${i + 1}. `, optionText(ctx, q, id))));
  }
  if (q.type === 'matching') {
    q.left.forEach((l, i) => lines.push(...hanging(ctx, `  ${i + 1}. `, `${localText(ctx, l.text)} → ${optionText(ctx, q, q.answer[l.id] ?? '')}`)));
  }
  return lines;
}

/**
 * The explanation, then every option in the order shown (letter, ✓ or ✗, its text, why), then the
 * references. Continuation lines start under the text, not under the letter.
 */
export function renderExplanation(ctx: RenderContext, shown: Presentation): string[] {
  const { t } = ctx.i18n;
  const q = shown.question;
  const lines: string[] = [];
  lines.push(ctx.style.accent(t('feedback.explanation')));
  const explanation = q.explanation ? localText(ctx, q.explanation) : t('feedback.no-explanation');
  lines.push(...hanging(ctx, '  ', explanation).map((l) => (q.explanation ? l : ctx.style.dim(l))));
  if ((q.type === 'single' || q.type === 'multiple') && q.options.some((o) => o.rationale)) {
    lines.push('', ctx.style.accent(t('feedback.options')));
    const keys: readonly string[] = q.type === 'single' ? [q.answer] : q.answer;
    shown.optionOrder.forEach((id, i) => {
      const o = q.options.find((x) => x.id === id);
      if (!o) return;
      const right = keys.includes(id);
      const lead = `  ${letterFor(i)}. ${right ? '✓' : '✗'} `;
      const [first = '', ...rest] = hanging(ctx, lead, localText(ctx, o.text));
      const mark = right ? ctx.style.good('✓') : ctx.style.bad('✗');
      lines.push(first.replace(/[✓✗]/, mark), ...rest);
      // The reason under the option's text, after an arrow: told apart from the option without colour too.
      if (o.rationale) lines.push(...hanging(ctx, `${' '.repeat(displayWidth(lead))}→ `, withoutVerdict(localText(ctx, o.rationale), right)).map((l) => ctx.style.dim(l)));
    });
  }
  if (q.references.length > 0) {
    lines.push('', ...wrap(`${t('feedback.references')}: ${q.references.map((r) => localText(ctx, r)).join('; ')}`, ctx.width).map((l) => ctx.style.dim(l)));
  }
  return lines;
}

/** `lead` then `text` wrapped to the width, every continuation line starting under the text's first column. */
export function hanging(ctx: RenderContext, lead: string, text: string, indent = displayWidth(lead)): string[] {
  // wrap() drops leading spaces: the margin is added back to every line.
  const margin = /^ */.exec(lead)![0];
  return wrap(lead.slice(margin.length) + text, ctx.width - margin.length, ' '.repeat(Math.max(0, indent - margin.length))).map((l) => margin + l);
}

/**
 * A rationale without the verdict word it opens with ("Wrong: …", "오답: …") when the ✓ or ✗
 * beside it already says the same: "✗ 오답:" says it twice.
 */
export function withoutVerdict(rationale: string, right: boolean): string {
  const verdict = right ? /^(correct|right|정답)\s*[:：]\s*/i : /^(wrong|incorrect|오답)\s*[:：]\s*/i;
  const rest = rationale.replace(verdict, '');
  // "Correct: understand the gap…" becomes "Understand the gap…".
  return rest === rationale ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
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
