/**
 * The terminal study interface, built on @inquirer/prompts. Used only when stdin and stdout
 * are both terminals (inquirer writes escapes into pipes and hangs on open ones — FIELD-NOTES).
 */
import { input, select, Separator } from '@inquirer/prompts';
import type { AnswerOutcome, StudyAction, StudyItem, StudyUi } from '../../app/study-session.js';
import { parseAnswer } from '../../domain/answer-input.js';
import type { Confidence } from '../../domain/grading.js';
import { letterFor } from '../../domain/presentation.js';
import type { Response } from '../../domain/question.js';
import type { RenderContext } from '../render/context.js';
import { feedbackScreen, menuLines, paginate } from '../render/feedback-screen.js';
import { howToAnswer, optionText, renderQuestion, renderQuestionBody, renderQuestionHeader } from '../render/question-view.js';
import { wrap } from '../terminal/wrap.js';
import { keyMenu } from './key-menu.js';
import { letterCheckbox } from './letter-checkbox.js';

export interface InteractiveUiDeps {
  readonly ctx: RenderContext;
  readonly write: (text: string) => void;
  readonly monotonicMs: () => number;
  readonly askConfidence: boolean;
  /** The terminal's rows now (read at each screen: a resize counts). */
  readonly rows: () => number;
  /** Lines said before the session (the first run's database line …), shown again above the first question. */
  readonly opening?: readonly string[];
  /** Streams for the prompts; the process's own by default. */
  readonly streams?: { readonly input: NodeJS.ReadableStream; readonly output: NodeJS.WritableStream };
}

const QUIT = '\u0000quit';
const UNDO = '\u0000undo';
const FLAG = '\u0000flag';
const SUSPEND = '\u0000suspend';
const BURY = '\u0000bury';
const CASE = '\u0000case';
const MARKS = { [FLAG]: 'flag', [SUSPEND]: 'suspend', [BURY]: 'bury' } as const;
/**
 * Cursor home, then erase to the end of the screen: each question and each feedback page starts at
 * the top. (Not "erase display", ESC [2J: that one is a bank text's attack, which a test watches for.)
 */
const CLEAR = '\u001b[H\u001b[J';
type Special = typeof QUIT | typeof UNDO | typeof FLAG | typeof SUSPEND | typeof BURY | typeof CASE;

export function interactiveStudyUi(deps: InteractiveUiDeps): StudyUi {
  const { ctx, write, monotonicMs } = deps;
  const { t } = ctx.i18n;
  const context = deps.streams ? { input: deps.streams.input, output: deps.streams.output } : undefined;
  const out = (ls: string[]) => write(ls.join('\n') + '\n');
  /** Messages (flagged, undone…) shown at the top of the next screen, which a clear would otherwise hide. */
  let notices: string[] = [...(deps.opening ?? [])];
  const notice = (ls: string[]) => {
    notices.push(...ls);
    out(ls);
  };
  /** Clears the screen and draws `lines`; a question screen shows the pending notices above them. */
  const clearScreen = (lines: string[], withNotices = false) => {
    write(CLEAR + [...(withNotices ? notices : []), ...lines].join('\n') + '\n');
    if (withNotices) notices = [];
  };
  /**
   * A prompt's message wrapped by display width at word boundaries: the prompt library breaks its
   * lines at the exact width, inside words. Continuation lines start under the text, after "? ".
   */
  const message = (text: string) => wrap(text, ctx.width - 2, '  ').join('\n');

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
  /**
   * An option as a prompt choice: the library prints "❯ " (select) or "❯◯ " (checkbox) before the
   * first line and nothing before the others, so continuation lines carry the whole indent to
   * start under the option's text, not under its letter.
   */
  const choiceLabel = (text: string, marker: number) => wrap(text, ctx.width - marker - 1, ' '.repeat(marker + 3)).join('\n');
  /**
   * A single answer's list: typing an option's letter moves to it (the prompt's own search by the
   * start of the text, "F. …"), then Enter answers; the key hint says so ("↑↓ A-F").
   */
  const letterTheme = (options: number) => ({
    style: { keysHelpTip: (keys: [string, string][]) => theme.style.keysHelpTip(keys.map(([key, action]) => [key === '↑↓' ? `↑↓ A-${letterFor(options - 1)}` : key, action])) },
  });

  async function readResponse(item: StudyItem): Promise<Response | Special> {
    const shown = item.presentation;
    const q = shown.question;
    if (q.type === 'single') {
      const choices = [
        // The answered line shows the letter alone: the option's wrapped text would break it oddly.
        ...shown.optionOrder.map((id, i) => ({ value: id, name: choiceLabel(`${letterFor(i)}. ${optionText(ctx, q, id)}`, 2), short: letterFor(i) })),
        new Separator(),
        ...(q.scenario ? [{ value: CASE, name: t('study.choice.question') }] : []),
        { value: FLAG, name: item.flagged ? t('study.choice.unflag') : t('study.choice.flag') },
        { value: SUSPEND, name: t('study.choice.suspend') },
        { value: BURY, name: t('study.choice.bury') },
        ...(item.canUndo ? [{ value: UNDO, name: t('study.choice.undo-last') }] : []),
        { value: QUIT, name: t('study.choice.quit') },
      ];
      const picked = await guarded(() => select({ message: message(t('study.your-answer')), choices, loop: false, pageSize: 20, theme: letterTheme(shown.optionOrder.length) }, context));
      if (picked === QUIT || picked === UNDO || picked === FLAG || picked === SUSPEND || picked === BURY || picked === CASE) return picked;
      return { type: 'single', optionId: picked };
    }
    if (q.type === 'multiple') {
      const picked = await guarded(() =>
        letterCheckbox(
          {
            message: message(`${t('study.your-answer')} — ${t('study.how.multiple-keys', { n: q.answer.length })}`),
            choices: shown.optionOrder.map((id, i) => ({ value: id, name: choiceLabel(`${letterFor(i)}. ${optionText(ctx, q, id)}`, 3), short: letterFor(i) })),
            pageSize: 20,
            theme,
            validate: (chosen) => chosen.length === q.answer.length || message(t('study.mark-n', { n: q.answer.length, got: chosen.length })),
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
          message: message(`${t('study.typed-answer')} — ${howToAnswer(ctx, shown)}`),
          validate: (value) => {
            const v = value.trim().toLowerCase();
            if (['q', 'u', 'flag', 'suspend', 'bury'].includes(v)) return true;
            const parsed = parseAnswer(value, shown);
            if (parsed.ok) {
              parsedResponse = parsed.response;
              return true;
            }
            const { kind, ...params } = parsed.problem;
            // Shown after "> ": wrapped like a message, or the library breaks it inside a word.
            return message(t(`answer.${kind}`, params));
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

  /**
   * The case, prompt and options once more (paged to the screen) under the question's own header
   * on every page, so the learner knows which question it is; Enter goes back.
   */
  async function showQuestionAgain(item: StudyItem, back: 'study.menu.back' | 'study.menu.back-answer'): Promise<'back' | 'quit'> {
    const body = renderQuestionBody(ctx, item.presentation);
    let page = 0;
    for (;;) {
      // Laid out again each time: the terminal may have been resized meanwhile.
      const header = [...renderQuestionHeader(ctx, item), ''];
      const probe = menuLines(ctx, [t(back), t('study.menu.more', { page: 9, pages: 9 }), t('study.menu.quit')]);
      const pages = paginate(body, Math.max(4, deps.rows() - probe.length - header.length - 1));
      page %= pages.length;
      clearScreen([...header, ...(pages[page] ?? [])]);
      const menu = menuLines(ctx, [t(back), ...(pages.length > 1 ? [t('study.menu.more', { page: page + 1, pages: pages.length })] : []), t('study.menu.quit')]);
      const picked = await guarded(() => keyMenu({ message: ctx.style.accent(menu.join('\n')), keys: { m: 'more', q: 'quit' }, enter: 'back' }, context));
      if (picked === QUIT || picked === 'quit') return 'quit';
      if (picked === 'back') return 'back';
      page += 1;
    }
  }

  return {
    async ask(item: StudyItem): Promise<StudyAction> {
      const typed = !(item.presentation.question.type === 'single' || item.presentation.question.type === 'multiple');
      const shownAt = monotonicMs();
      let response: Response | Special;
      for (;;) {
        clearScreen([...renderQuestion(ctx, item, { choices: typed }), ''], true);
        response = await readResponse(item);
        if (response !== CASE) break;
        // A long case scrolls away above the options: shown again a page at a time.
        if ((await showQuestionAgain(item, 'study.menu.back-answer')) === 'quit') return { kind: 'quit' };
      }
      if (response === QUIT) return { kind: 'quit' };
      if (response === UNDO) return { kind: 'undo' };
      if (response === FLAG || response === SUSPEND || response === BURY) return { kind: 'mark', mark: MARKS[response] };
      const elapsedMs = monotonicMs() - shownAt;
      let confidence: Confidence | undefined;
      if (deps.askConfidence) {
        const picked = await guarded(() =>
          select(
            {
              message: message(t('study.confidence')),
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
      const { item } = outcome;
      const leech = outcome.becameLeech ? wrap(t('study.leech', { ref: `${item.bankId}/${item.questionId}`, n: outcome.after.lapses }), ctx.width).map((l) => ctx.style.warn(l)) : [];
      const keys: Record<string, 'next' | 'more' | 'question' | 'flag' | 'suspend' | 'bury' | 'undo' | 'quit'> = { m: 'more', c: 'question', f: 'flag', s: 'suspend', b: 'bury', u: 'undo', q: 'quit' };
      const menu = (page: number, pages: number) =>
        menuLines(ctx, [
          t('study.menu.next'),
          ...(pages > 1 ? [t('study.menu.more', { page: page + 1, pages })] : []),
          t('study.menu.question'),
          item.flagged ? t('study.menu.unflag') : t('study.menu.flag'),
          t('study.menu.suspend'),
          t('study.menu.bury'),
          t('study.menu.undo'),
          t('study.menu.quit'),
        ]);
      let page = 0;
      for (;;) {
        // Laid out again each time: the terminal may have been resized meanwhile.
        const rows = deps.rows();
        const screen = feedbackScreen(ctx, outcome, rows, menu(0, 2).length, leech);
        const pages = screen.pages.length;
        page %= pages;
        clearScreen([...(screen.pages[page] ?? [])]);
        const picked = await guarded(() => keyMenu({ message: ctx.style.accent(menu(page, pages).join('\n')), keys, enter: 'next' }, context));
        if (picked === QUIT) return 'quit';
        const next = picked as (typeof keys)[string];
        if (next === 'more') {
          page += 1;
          continue;
        }
        if (next === 'question') {
          if ((await showQuestionAgain(item, 'study.menu.back')) === 'quit') return 'quit';
          continue;
        }
        return next;
      }
    },
    undone(bankId, questionId) {
      notice(wrap(t('study.undone', { ref: `${bankId}/${questionId}` }), ctx.width).map((l) => ctx.style.warn(l)));
    },
    nothingToUndo() {
      notice(wrap(t('study.nothing-to-undo'), ctx.width));
    },
    marked(bankId, questionId, mark) {
      notice(wrap(t(`study.marked.${mark}`, { ref: `${bankId}/${questionId}` }), ctx.width).map((l) => ctx.style.accent(l)));
    },
  };
}
