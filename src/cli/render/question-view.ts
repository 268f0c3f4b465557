import type { StudyItem } from '../../app/study-session.js';
import { letterFor, type Presentation } from '../../domain/presentation.js';
import type { ChoiceOption, Question } from '../../domain/question.js';
import { wrap } from '../terminal/wrap.js';
import { localText, type RenderContext } from './context.js';
import { renderExhibit } from './exhibit.js';

/** The lines above the answer: header, scenario, exhibit, prompt, and the lettered options. */
export function renderQuestion(ctx: RenderContext, item: StudyItem, options: { readonly choices?: boolean } = {}): string[] {
  const { t } = ctx.i18n;
  const lines: string[] = [...renderQuestionHeader(ctx, item)];
  lines.push(...wrap(t('study.waiting', item.waiting), ctx.width).map((l) => ctx.style.dim(l)));
  lines.push('');
  lines.push(...renderQuestionBody(ctx, item.presentation, options));
  return lines;
}

/**
 * "── 3 · pmp-starter/st-004 · new · People 6 ── ": the question's number, bank and id, phase and
 * task, at most two lines. Heads the question and every view of it (the case again, `c`).
 */
export function renderQuestionHeader(ctx: RenderContext, item: StudyItem): string[] {
  const { t } = ctx.i18n;
  const q = item.presentation.question;
  // "People 6" never breaks between the domain and its number (a no-break space).
  const label = ctx.taskLabel(item.bankId, q.eco?.domain, q.eco?.task)?.replace(/ (\d+)\b/g, '\u00a0$1');
  const head = (task: string | undefined) =>
    [
      `${item.number}`,
      `${item.bankId}/${item.questionId}`,
      t(`phase.${item.phase}`),
      task,
      item.flagged ? t('study.flagged-marker') : undefined,
      item.cram ? t('study.cram-marker') : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
  // At most two lines (40 columns, Korean): first without the task's name ("People 6" stays), then without the rules.
  const short = label?.split(' · ')[0];
  const tries = [`── ${head(label)} ──`, `── ${head(short)} ──`, head(short)];
  const header = tries.map((text) => wrap(text, ctx.width, '   ')).find((ls) => ls.length <= 2) ?? wrap(head(short), ctx.width);
  return header.map((l) => ctx.style.dim(l));
}

/** Scenario, exhibit, prompt and (unless told not to) the lettered options: a question without its header. */
export function renderQuestionBody(ctx: RenderContext, shown: Presentation, options: { readonly choices?: boolean } = {}): string[] {
  const { t } = ctx.i18n;
  const q = shown.question;
  const lines: string[] = [];
  if (q.scenario) {
    lines.push(ctx.style.bold(`[${t('study.scenario')}]`));
    lines.push(...wrap(localText(ctx, q.scenario.text), ctx.width));
    if (q.scenario.exhibit) lines.push('', ...renderExhibit(ctx, q.scenario.exhibit));
    lines.push('');
  }
  lines.push(...wrap(localText(ctx, q.prompt), ctx.width).map((l) => ctx.style.bold(l)));
  if (q.exhibit) lines.push('', ...renderExhibit(ctx, q.exhibit));
  if (options.choices ?? true) {
    lines.push('');
    lines.push(...renderChoices(ctx, shown));
  }
  return lines;
}

/** Options (lettered), or matching items (numbered) and candidates (lettered). */
export function renderChoices(ctx: RenderContext, shown: Presentation): string[] {
  const q = shown.question;
  const lines: string[] = [];
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'ordering') {
    shown.optionOrder.forEach((id, i) => {
      const option = q.options.find((o) => o.id === id) as ChoiceOption;
      lines.push(...wrap(`${letterFor(i)}. ${localText(ctx, option.text)}`, ctx.width - 2, '   ').map((l) => '  ' + l));
    });
  } else if (q.type === 'matching') {
    lines.push(ctx.style.dim(ctx.i18n.t('study.matching.left')));
    q.left.forEach((l, i) => lines.push(...wrap(`${i + 1}. ${localText(ctx, l.text)}`, ctx.width - 2, '   ').map((x) => '  ' + x)));
    lines.push(ctx.style.dim(ctx.i18n.t('study.matching.right')));
    shown.rightOrder.forEach((id, i) => {
      const r = q.right.find((x) => x.id === id);
      if (r) lines.push(...wrap(`${letterFor(i).toLowerCase()}. ${localText(ctx, r.text)}`, ctx.width - 2, '   ').map((x) => '  ' + x));
    });
  }
  return lines;
}

/** One line telling how to answer this type of question. */
export function howToAnswer(ctx: RenderContext, shown: Presentation): string {
  const { t } = ctx.i18n;
  const q = shown.question;
  switch (q.type) {
    case 'single':
      return t('study.how.single', { last: letterFor(shown.optionOrder.length - 1) });
    case 'multiple':
      return t('study.how.multiple', { n: q.answer.length });
    case 'ordering': {
      const example = shown.optionOrder.map((_, i) => letterFor(i)).reverse().join('');
      return t('study.how.ordering', { n: shown.optionOrder.length, example });
    }
    case 'matching':
      return t('study.how.matching');
    case 'numeric':
      return t('study.how.numeric', { unit: q.unit ? localText(ctx, q.unit) : '' });
  }
}

export function optionText(ctx: RenderContext, q: Question, id: string): string {
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'ordering') {
    const o = q.options.find((x) => x.id === id);
    return o ? localText(ctx, o.text) : id;
  }
  if (q.type === 'matching') {
    const r = q.right.find((x) => x.id === id);
    return r ? localText(ctx, r.text) : id;
  }
  return id;
}
