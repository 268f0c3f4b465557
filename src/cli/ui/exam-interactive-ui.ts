/**
 * The terminal exam interface: the question above, a prompt below whose first line counts down
 * every second; keys answer, move, flag, review and submit. When the time runs out the app aborts
 * the prompt; Ctrl-C stops for now (every answer is already saved).
 */
import type { ExamAction, ExamQuestionScreen, ExamScreen, ExamUi } from '../../app/exam-ui.js';
import { parseAnswer } from '../../domain/answer-input.js';
import { letterFor } from '../../domain/presentation.js';
import type { Response } from '../../domain/question.js';
import type { RenderContext } from '../render/context.js';
import { examHeader, formatClock, renderExamQuestion, renderReviewList, renderSectionEnd } from '../render/exam-view.js';
import { formatResponse } from '../render/feedback-view.js';
import { howToAnswer, optionText } from '../render/question-view.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';
import { breakPrompt, examPrompt, type ExamPromptConfig } from './exam-prompts.js';

export interface ExamInteractiveDeps {
  readonly ctx: RenderContext;
  readonly write: (text: string) => void;
  readonly streams?: { readonly input: NodeJS.ReadableStream; readonly output: NodeJS.WritableStream };
}

const STOPPED = Symbol('stopped');
const TIMED_OUT = Symbol('timed-out');

export function interactiveExamUi({ ctx, write, streams }: ExamInteractiveDeps): ExamUi {
  const { t } = ctx.i18n;
  const out = (ls: string[]) => write(ls.join('\n') + '\n');
  const style = { cursor: (s: string) => ctx.style.accent(s), dim: (s: string) => ctx.style.dim(s), bad: (s: string) => ctx.style.bad(s) };
  const label = (text: string) => wrap(text, ctx.width - 4, '   ').join('\n');

  /** Runs a prompt; Ctrl-C becomes STOPPED and the time running out TIMED_OUT. */
  const guarded = async <T>(signal: AbortSignal, prompt: (context: object) => Promise<T>): Promise<T | typeof STOPPED | typeof TIMED_OUT> => {
    try {
      return await prompt({ ...(streams ?? {}), signal });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'AbortPromptError' || signal.aborted) return TIMED_OUT;
      if (name === 'ExitPromptError') return STOPPED;
      throw error;
    }
  };

  /** A menu whose header counts down, picked with ↑↓ and Enter. */
  const menu = async <T>(screen: ExamScreen, signal: AbortSignal, items: readonly { value: T; name: string }[]) => {
    const config: ExamPromptConfig = {
      header: () => wrap(`${t('exam.what-now')} [${formatClock(screen.remainingMs())}]`, ctx.width).join('\n'),
      mode: 'single',
      options: items.map((i) => label(i.name)),
      choose: 1,
      chosen: [],
      hint: `↑↓ ${t('keys.navigate')} • ⏎ ${t('keys.select')}`,
      keys: false,
      check: () => null,
      countProblem: () => '',
      style,
    };
    const picked = await guarded(signal, (context) => examPrompt(config, context));
    if (picked === STOPPED || picked === TIMED_OUT) return picked;
    return picked.kind === 'choice' ? (items[picked.indexes[0] ?? 0]?.value as T) : STOPPED;
  };

  const marksOf = (s: { answered: boolean; flagged: boolean }) => [!s.answered ? t('exam.mark.unanswered') : undefined, s.flagged ? t('exam.mark.flagged') : undefined].filter(Boolean).join(', ');
  const goChoices = (screen: ExamScreen) =>
    screen.statuses
      .filter((s) => s.section === screen.section)
      .map((s) => ({ value: { kind: 'goto', position: s.position } as ExamAction, name: t('exam.choice.go', { position: s.position, marks: marksOf(s) ? ` (${marksOf(s)})` : '' }) }));

  const submitOrBack = async (screen: ExamScreen, signal: AbortSignal): Promise<ExamAction | undefined> => {
    const unanswered = screen.statuses.filter((s) => !s.answered).length;
    const choices = [
      { value: 'submit' as const, name: unanswered > 0 ? t('exam.choice.submit-anyway', { n: unanswered }) : t('exam.choice.submit') },
      { value: 'back' as const, name: t('exam.choice.keep-working') },
    ];
    const picked = await menu(screen, signal, choices);
    if (picked === STOPPED) return { kind: 'leave' };
    if (picked === TIMED_OUT) return { kind: 'timeout' };
    return picked === 'submit' ? { kind: 'submit' } : undefined;
  };

  const toResponse = (screen: ExamQuestionScreen, indexes: readonly number[]): Response => {
    const order = screen.item.presentation.optionOrder;
    return screen.item.presentation.question.type === 'single' ? { type: 'single', optionId: order[indexes[0] ?? 0] as string } : { type: 'multiple', optionIds: indexes.map((i) => order[i] as string) };
  };

  async function askQuestion(screen: ExamQuestionScreen, signal: AbortSignal): Promise<ExamAction> {
    const shown = screen.item.presentation;
    const q = shown.question;
    const typed = q.type !== 'single' && q.type !== 'multiple';
    out(['', ...renderExamQuestion(ctx, screen, { header: false, choices: typed }), '']);
    for (;;) {
      const response = screen.item.response;
      const chosen = response?.type === 'single' ? [shown.optionOrder.indexOf(response.optionId)] : response?.type === 'multiple' ? response.optionIds.map((id) => shown.optionOrder.indexOf(id)) : [];
      const config: ExamPromptConfig = {
        header: () => wrap(examHeader(ctx, screen, screen.remainingMs()), ctx.width).map((l) => ctx.style.accent(l)).join('\n'),
        mode: typed ? 'typed' : q.type === 'multiple' ? 'multiple' : 'single',
        options: shown.optionOrder.map((id, i) => label(`${letterFor(i)}. ${optionText(ctx, q, id)}`)),
        choose: q.type === 'multiple' ? q.answer.length : 1,
        chosen: chosen.filter((i) => i >= 0),
        // Typed answers need the format; a choice list needs only its keys.
        hint: (typed
          ? [...wrap(howToAnswer(ctx, shown), ctx.width), ...wrap(t('exam.keys.typed'), ctx.width)]
          : wrap(q.type === 'multiple' ? t('exam.keys.multiple', { n: q.answer.length }) : t('exam.keys'), ctx.width)
        ).join('\n'),
        keys: true,
        check: (text) => {
          const parsed = parseAnswer(text, shown);
          if (parsed.ok) return null;
          const { kind, ...params } = parsed.problem;
          return t(`answer.${kind}`, params);
        },
        countProblem: (got) => t('answer.choose-n', { n: q.type === 'multiple' ? q.answer.length : 1, got }),
        style,
      };
      const result = await guarded(signal, (context) => examPrompt(config, context));
      if (result === STOPPED) return { kind: 'leave' };
      if (result === TIMED_OUT) return { kind: 'timeout' };
      if (result.kind === 'choice') return { kind: 'answer', response: toResponse(screen, result.indexes) };
      if (result.kind === 'typed') {
        const parsed = parseAnswer(result.text, shown);
        if (parsed.ok) return { kind: 'answer', response: parsed.response };
        continue;
      }
      switch (result.command) {
        case 'next':
        case 'previous':
        case 'flag':
          return { kind: result.command };
        case 'leave':
          return { kind: 'leave' };
        case 'submit': {
          const action = await submitOrBack(screen, signal);
          if (action) return action;
          continue;
        }
        case 'review': {
          out(['', ...renderReviewList(ctx, screen)]);
          const picked = await menu(screen, signal, [{ value: { kind: 'goto', position: screen.item.position } as ExamAction, name: t('exam.choice.back') }, ...goChoices(screen)]);
          if (picked === STOPPED) return { kind: 'leave' };
          if (picked === TIMED_OUT) return { kind: 'timeout' };
          return picked;
        }
      }
    }
  }

  async function askSectionEnd(screen: ExamScreen, signal: AbortSignal): Promise<ExamAction> {
    if (screen.kind !== 'section-end') return { kind: 'leave' };
    out(['', ...renderSectionEnd(ctx, screen, false)]);
    for (;;) {
      const ending: { value: ExamAction | 'submit'; name: string }[] =
        screen.breakMinutes !== null
          ? [
              { value: { kind: 'continue', takeBreak: true }, name: t('exam.choice.take-break', { minutes: screen.breakMinutes }) },
              { value: { kind: 'continue', takeBreak: false }, name: t('exam.choice.skip-break') },
            ]
          : [{ value: 'submit', name: t('exam.choice.submit') }];
      const picked = await menu(screen, signal, [...ending, { value: { kind: 'previous' } as ExamAction, name: t('exam.choice.previous') }, ...goChoices(screen), { value: { kind: 'leave' } as ExamAction, name: t('exam.choice.leave') }]);
      if (picked === STOPPED) return { kind: 'leave' };
      if (picked === TIMED_OUT) return { kind: 'timeout' };
      if (picked !== 'submit') return picked;
      const action = await submitOrBack(screen, signal);
      if (action) return action;
    }
  }

  return {
    ask: (screen, signal) => (screen.kind === 'question' ? askQuestion(screen, signal) : askSectionEnd(screen, signal)),
    saved(item, response, total) {
      const line = t('exam.saved', { position: item.position, total, ref: sanitizeInline(`${item.bankId}/${item.questionId}`), answer: formatResponse(ctx, item.presentation, response) });
      out(wrap(line, ctx.width, '  ').map((l) => ctx.style.dim(l)));
    },
    flagged(position, on) {
      out([ctx.style.accent(t(on ? 'exam.flag.on' : 'exam.flag.off', { position }))]);
    },
    refused(reason, position) {
      out([ctx.style.warn(t(`exam.refused.${reason}`, { position }))]);
    },
    async rest(info, signal) {
      out(['', ...wrap(t('exam.break.start', { minutes: info.minutes }), ctx.width)]);
      await guarded(signal, (context) => breakPrompt({ line: () => wrap(t('exam.break.left', { left: formatClock(info.remainingMs()) }), ctx.width).join('\n') }, context));
      out([t('exam.break.over')]);
    },
    timeUp() {
      out(['', ctx.style.warn(t('exam.time-up'))]);
    },
  };
}
