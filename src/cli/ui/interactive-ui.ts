/**
 * The terminal study interface, built on @inquirer/prompts. Used only when stdin and stdout
 * are both terminals (inquirer writes escapes into pipes and hangs on open ones — FIELD-NOTES).
 */
import { checkbox, input, select, Separator } from '@inquirer/prompts';
import type { AnswerOutcome, StudyAction, StudyItem, StudyUi } from '../../app/study-session.js';
import { parseAnswer } from '../../domain/answer-input.js';
import type { Confidence } from '../../domain/grading.js';
import { letterFor } from '../../domain/presentation.js';
import type { Response } from '../../domain/question.js';
import type { RenderContext } from '../render/context.js';
import { renderFeedback } from '../render/feedback-view.js';
import { howToAnswer, optionText, renderQuestion } from '../render/question-view.js';
import { wrap } from '../terminal/wrap.js';

export interface InteractiveUiDeps {
  readonly ctx: RenderContext;
  readonly write: (text: string) => void;
  readonly monotonicMs: () => number;
  readonly askConfidence: boolean;
  /** Streams for the prompts; the process's own by default. */
  readonly streams?: { readonly input: NodeJS.ReadableStream; readonly output: NodeJS.WritableStream };
}

const QUIT = '\u0000quit';
const UNDO = '\u0000undo';
const FLAG = '\u0000flag';
const SUSPEND = '\u0000suspend';
const BURY = '\u0000bury';
const MARKS = { [FLAG]: 'flag', [SUSPEND]: 'suspend', [BURY]: 'bury' } as const;
type Special = typeof QUIT | typeof UNDO | typeof FLAG | typeof SUSPEND | typeof BURY;

export function interactiveStudyUi(deps: InteractiveUiDeps): StudyUi {
  const { ctx, write, monotonicMs } = deps;
  const { t } = ctx.i18n;
  const context = deps.streams ? { input: deps.streams.input, output: deps.streams.output } : undefined;
  const out = (ls: string[]) => write(ls.join('\n') + '\n');

  /** Ctrl-C inside a prompt means "quit", cleanly. */
  const guarded = async <T>(prompt: () => Promise<T>): Promise<T | typeof QUIT> => {
    try {
      return await prompt();
    } catch (error) {
      if ((error as Error).name === 'ExitPromptError' || (error as Error).name === 'AbortPromptError') return QUIT;
      throw error;
    }
  };

  const KEY_WORDS = ['navigate', 'select', 'all', 'invert', 'submit'] as const;
  const keyWord = (action: string) => ((KEY_WORDS as readonly string[]).includes(action) ? t(`keys.${action as (typeof KEY_WORDS)[number]}`) : action);
  /** inquirer's key hints ("↑↓ navigate • ⏎ select") in the learner's language. */
  const theme = { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${keyWord(action)}`).join(' • ') } };
  const choiceLabel = (text: string) => wrap(text, ctx.width - 4, '   ').join('\n');

  async function readResponse(item: StudyItem): Promise<Response | Special> {
    const shown = item.presentation;
    const q = shown.question;
    if (q.type === 'single') {
      const choices = [
        ...shown.optionOrder.map((id, i) => ({ value: id, name: choiceLabel(`${letterFor(i)}. ${optionText(ctx, q, id)}`) })),
        new Separator(),
        { value: FLAG, name: item.flagged ? t('study.choice.unflag') : t('study.choice.flag') },
        { value: SUSPEND, name: t('study.choice.suspend') },
        { value: BURY, name: t('study.choice.bury') },
        ...(item.canUndo ? [{ value: UNDO, name: t('study.choice.undo-last') }] : []),
        { value: QUIT, name: t('study.choice.quit') },
      ];
      const picked = await guarded(() => select({ message: t('study.your-answer'), choices, loop: false, pageSize: 20, theme }, context));
      if (picked === QUIT || picked === UNDO || picked === FLAG || picked === SUSPEND || picked === BURY) return picked;
      return { type: 'single', optionId: picked };
    }
    if (q.type === 'multiple') {
      const picked = await guarded(() =>
        checkbox(
          {
            message: `${t('study.your-answer')} — ${howToAnswer(ctx, shown)}`,
            choices: shown.optionOrder.map((id, i) => ({ value: id, name: choiceLabel(`${letterFor(i)}. ${optionText(ctx, q, id)}`) })),
            loop: false,
            pageSize: 20,
            theme,
            validate: (chosen) => chosen.length === q.answer.length || t('answer.choose-n', { n: q.answer.length, got: chosen.length }),
          },
          context,
        ),
      );
      if (picked === QUIT) return QUIT;
      return { type: 'multiple', optionIds: picked };
    }
    // Ordering, matching and numeric answers are typed, with the same grammar as plain mode.
    let parsedResponse: Response | undefined;
    const typed = await guarded(() =>
      input(
        {
          message: `${t('study.typed-answer')} — ${howToAnswer(ctx, shown)}`,
          validate: (value) => {
            const v = value.trim().toLowerCase();
            if (['q', 'u', 'flag', 'suspend', 'bury'].includes(v)) return true;
            const parsed = parseAnswer(value, shown);
            if (parsed.ok) {
              parsedResponse = parsed.response;
              return true;
            }
            const { kind, ...params } = parsed.problem;
            return t(`answer.${kind}`, params);
          },
        },
        context,
      ),
    );
    if (typed === QUIT) return QUIT;
    const command = typed.trim().toLowerCase();
    if (command === 'q') return QUIT;
    if (command === 'u') return UNDO;
    if (command === 'flag') return FLAG;
    if (command === 'suspend') return SUSPEND;
    if (command === 'bury') return BURY;
    const parsed = parseAnswer(typed, shown);
    return parsed.ok ? parsed.response : (parsedResponse as Response);
  }

  return {
    async ask(item: StudyItem): Promise<StudyAction> {
      const typed = !(item.presentation.question.type === 'single' || item.presentation.question.type === 'multiple');
      out(['', ...renderQuestion(ctx, item, { choices: typed }), '']);
      const shownAt = monotonicMs();
      const response = await readResponse(item);
      if (response === QUIT) return { kind: 'quit' };
      if (response === UNDO) return { kind: 'undo' };
      if (response === FLAG || response === SUSPEND || response === BURY) return { kind: 'mark', mark: MARKS[response] };
      const elapsedMs = monotonicMs() - shownAt;
      let confidence: Confidence | undefined;
      if (deps.askConfidence) {
        const picked = await guarded(() =>
          select(
            {
              message: t('study.confidence'),
              choices: (['sure', 'unsure', 'guessed'] as const).map((c) => ({ value: c, name: t(`confidence.${c}`) })),
              default: 'sure' as Confidence,
              theme,
            },
            context,
          ),
        );
        if (picked === QUIT) return { kind: 'quit' };
        confidence = picked;
      }
      return { kind: 'answer', response, elapsedMs, ...(confidence ? { confidence } : {}) };
    },
    async reveal(outcome: AnswerOutcome) {
      out(renderFeedback(ctx, outcome));
      if (outcome.becameLeech) out([ctx.style.warn(t('study.leech', { ref: `${outcome.item.bankId}/${outcome.item.questionId}`, n: outcome.after.lapses }))]);
      const next = await guarded(() =>
        select(
          {
            message: t('study.continue'),
            choices: [
              { value: 'next' as const, name: t('study.choice.next') },
              { value: 'flag' as const, name: outcome.item.flagged ? t('study.choice.unflag') : t('study.choice.flag') },
              { value: 'suspend' as const, name: t('study.choice.suspend') },
              { value: 'bury' as const, name: t('study.choice.bury') },
              { value: 'undo' as const, name: t('study.choice.undo') },
              { value: 'quit' as const, name: t('study.choice.quit') },
            ],
            default: 'next' as const,
            theme,
          },
          context,
        ),
      );
      return next === QUIT ? 'quit' : next;
    },
    undone(bankId, questionId) {
      out([ctx.style.warn(t('study.undone', { ref: `${bankId}/${questionId}` }))]);
    },
    nothingToUndo() {
      out([t('study.nothing-to-undo')]);
    },
    marked(bankId, questionId, mark) {
      out([ctx.style.accent(t(`study.marked.${mark}`, { ref: `${bankId}/${questionId}` }))]);
    },
  };
}
