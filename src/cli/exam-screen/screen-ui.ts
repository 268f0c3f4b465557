/**
 * The full-screen exam (pmp exam in a terminal): one fixed screen redrawn in place, with the tools of
 * the real exam — flag, strike out, calculator, review grid — and the break. Every action goes back
 * to the exam loop (src/app/exam-session.ts), which saves it before the next screen. Strike-outs are
 * kept in memory only: they help while reading and mean nothing after a resume.
 */
import type { ExamAction, ExamQuestionScreen, ExamUi } from '../../app/exam-ui.js';
import { parseAnswer } from '../../domain/answer-input.js';
import type { RenderContext } from '../render/context.js';
import { formatResponse } from '../render/feedback-view.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { calculatorAfterKey } from './calculator-keys.js';
import { moveGridCursor } from './grid.js';
import { intentOf, typedCommand, type Command, type Intent } from './keys.js';
import { scrollToShow } from './layout.js';
import { calculatorBox, composeFrame, examHeaderLines, typedLines, type CalculatorState } from './render.js';
import type { Key, TerminalScreen } from './terminal.js';
import { bodyOf, chosenOf, confirmMenu, isTyped, keysOf, sectionMenu, toResponse, type Menu, type State } from './views.js';

export interface ScreenUiDeps {
  readonly ctx: RenderContext;
  readonly open: () => TerminalScreen;
}

export interface ScreenExamUi extends ExamUi {
  /** Gives the terminal back; lines said after (time up) then print on the normal screen. */
  close(): string[];
}

export function screenExamUi({ ctx, open }: ScreenUiDeps): ScreenExamUi {
  const { t } = ctx.i18n;
  let term: TerminalScreen | undefined;
  let state: State | undefined;
  let settle: ((action: ExamAction | undefined) => void) | undefined;
  let ticker: NodeJS.Timeout | undefined;
  let leaveAsked = false;
  const after: string[] = [];
  /** Struck option ids per exam position. */
  const struck = new Map<number, Set<string>>();
  let lastCalc: CalculatorState = { input: '' };
  const typedAhead: [string | undefined, Key][] = [];

  /** Body text keeps to 100 columns on a wide window: longer lines are hard to read. */
  const sized = (): RenderContext => ({ ...ctx, width: Math.min(100, term?.columns() ?? ctx.width) });
  const struckAt = (position: number) => struck.get(position) ?? struck.set(position, new Set()).get(position)!;

  const draw = () => {
    if (!term || !state) return;
    const c = sized();
    const columns = term.columns();
    const body = bodyOf(c, state, struckAt(state.screen.kind === 'question' ? state.screen.item.position : 0));
    const pinned = state.view === 'question' && isTyped(state.screen) ? typedLines(c, state.typed, columns) : undefined;
    const flagged = state.screen.kind === 'question' && state.screen.item.flagged;
    const header = state.view === 'break' ? [t('screen.break.title')] : examHeaderLines(c, columns, state.screen, flagged);
    const parts = { header, body, scroll: state.scroll, keys: keysOf(t, state), ...(state.message ? { message: state.message } : {}), ...(pinned ? { pinned } : {}), ...(state.calculator ? { overlay: calculatorBox(c, columns, state.calculator) } : {}) };
    let frame = composeFrame(c, columns, term.rows(), parts);
    // A question opens at its top (the scenario first); the option under the cursor is brought
    // into view once the learner moves it. Grids and menus always show their cursor.
    if (body.focus && (state.view !== 'question' || state.followCursor)) {
      const scroll = scrollToShow(frame.scroll, frame.bodyHeight, body.focus[0], body.focus[1]);
      if (scroll !== frame.scroll) frame = composeFrame(c, columns, term.rows(), { ...parts, scroll });
    }
    state.scroll = frame.scroll;
    term.draw(frame.lines);
  };

  const ensureOpen = () => {
    if (term) return;
    term = open();
    term.onKey((text, k) => onKey(text, k));
    term.onResize(() => {
      term?.invalidate();
      draw();
    });
    // The clock ticks: only the header row changes, so only it is written.
    ticker = setInterval(draw, 1000);
  };

  const waiting = () => settle !== undefined;
  const resolve = (action: ExamAction | undefined) => {
    const done = settle;
    settle = undefined;
    done?.(action);
  };

  /** A command from a question: some end the ask with an action, others change the view. */
  const command = (s: State, c: Command) => {
    switch (c) {
      case 'next':
      case 'previous':
      case 'flag':
        return resolve({ kind: c });
      case 'leave':
        return resolve({ kind: 'leave' });
      case 'grid':
        s.view = 'grid';
        s.gridCursor = s.screen.kind === 'question' ? s.screen.item.position : s.screen.sectionLast;
        s.scroll = 0;
        return;
      case 'submit':
        s.view = 'confirm';
        s.confirm = confirmMenu(t, s.screen);
        s.scroll = 0;
        return;
      case 'calculator':
        s.calculator = { ...lastCalc };
        return;
      case 'strike': {
        if (s.screen.kind !== 'question' || isTyped(s.screen)) return;
        const id = s.screen.item.presentation.optionOrder[s.cursor];
        const set = struckAt(s.screen.item.position);
        if (id !== undefined) set.has(id) ? set.delete(id) : set.add(id);
        return;
      }
    }
  };

  const onMenu = (s: State, menu: Menu, intent: Intent) => {
    const count = menu.entries.length;
    if (intent.kind === 'up') menu.cursor = (menu.cursor + count - 1) % count;
    else if (intent.kind === 'down') menu.cursor = (menu.cursor + 1) % count;
    else if (intent.kind === 'escape' && s.view === 'confirm') s.view = s.screen.kind === 'question' ? 'question' : 'menu';
    else if (intent.kind === 'command' && ['grid', 'leave', 'previous', 'calculator'].includes(intent.command)) command(s, intent.command);
    else if (intent.kind === 'command' && intent.command === 'submit' && s.view === 'menu') command(s, 'submit');
    else if (intent.kind === 'enter') {
      const picked = menu.entries[menu.cursor]?.action;
      if (picked === 'grid') command(s, 'grid');
      else if (picked === 'submit') command(s, 'submit');
      else if (picked === 'back') s.view = s.screen.kind === 'question' ? 'question' : 'menu';
      else if (picked) resolve(picked);
    }
  };

  const onQuestion = (s: State, screen: ExamQuestionScreen, intent: Intent) => {
    const q = screen.item.presentation.question;
    if (intent.kind === 'page-up' || intent.kind === 'page-down') {
      const page = Math.max(1, (term?.rows() ?? 24) - 8);
      s.scroll = Math.max(0, s.scroll + (intent.kind === 'page-up' ? -page : page));
      s.followCursor = false;
      return;
    }
    if (intent.kind === 'command') return command(s, intent.command);
    if (isTyped(screen)) {
      if (intent.kind === 'text') s.typed += intent.text.replace(/[\r\n]/g, '');
      else if (intent.kind === 'backspace') s.typed = [...s.typed].slice(0, -1).join('');
      else if (intent.kind === 'escape') s.typed = '';
      else if (intent.kind === 'right' && s.typed === '') resolve({ kind: 'next' });
      else if (intent.kind === 'left' && s.typed === '') resolve({ kind: 'previous' });
      else if (intent.kind === 'enter') {
        const asCommand = typedCommand(s.typed);
        if (asCommand) {
          s.typed = '';
          return command(s, asCommand);
        }
        const parsed = parseAnswer(s.typed, screen.item.presentation);
        if (parsed.ok) return resolve({ kind: 'answer', response: parsed.response });
        const { kind, ...params } = parsed.problem;
        s.message = ctx.style.warn(t(`answer.${kind}`, params));
      }
      return;
    }
    const count = screen.item.presentation.optionOrder.length;
    if (['up', 'down', 'letter', 'space', 'command'].includes(intent.kind)) s.followCursor = true;
    const toggle = (i: number) => {
      if (q.type === 'single') s.chosen = [i];
      else s.chosen = s.chosen.includes(i) ? s.chosen.filter((x) => x !== i) : [...s.chosen, i].sort((a, b) => a - b);
    };
    if (intent.kind === 'up') s.cursor = (s.cursor + count - 1) % count;
    else if (intent.kind === 'down') s.cursor = (s.cursor + 1) % count;
    else if (intent.kind === 'right') resolve({ kind: 'next' });
    else if (intent.kind === 'left') resolve({ kind: 'previous' });
    else if (intent.kind === 'letter' && intent.index < count) {
      s.cursor = intent.index;
      toggle(intent.index);
    } else if (intent.kind === 'space') toggle(s.cursor);
    else if (intent.kind === 'enter') {
      if (q.type === 'single') return resolve({ kind: 'answer', response: toResponse(screen, [s.cursor]) });
      const n = q.type === 'multiple' ? q.answer.length : 1;
      if (s.chosen.length === n) return resolve({ kind: 'answer', response: toResponse(screen, s.chosen) });
      s.message = ctx.style.warn(t('answer.choose-n', { n, got: s.chosen.length }));
    }
  };

  function onKey(text: string | undefined, k: Key) {
    const s = state;
    // Typed ahead while the last action was being saved: it applies to the next screen.
    if (!s || !settle) return void typedAhead.push([text, k]);
    const typing = s.calculator !== undefined || (s.view === 'question' && isTyped(s.screen));
    const intent = intentOf(text, k, typing, s.screen.kind === 'question' ? s.screen.item.presentation.optionOrder.length : 0);
    if (intent.kind === 'none') return;
    if (intent.kind === 'interrupt') {
      if (s.view === 'break') {
        leaveAsked = true;
        return resolve(undefined);
      }
      return resolve({ kind: 'leave' });
    }
    if (s.view === 'question' || s.view === 'menu') s.message = undefined;
    if (s.calculator) {
      const after = calculatorAfterKey(s.calculator, intent, t);
      if (after.closed) lastCalc = after.closed;
      s.calculator = after.shown;
    } else if (s.view === 'break') {
      if (intent.kind === 'enter') return resolve(undefined);
    } else if (s.view === 'grid') {
      const moves = { up: 'up', down: 'down', left: 'left', right: 'right', home: 'home', end: 'end' } as const;
      if (intent.kind in moves) s.gridCursor = moveGridCursor(s.gridCursor, moves[intent.kind as keyof typeof moves], sized().width, s.screen.total);
      else if (intent.kind === 'enter') return resolve({ kind: 'goto', position: s.gridCursor });
      else if (intent.kind === 'escape' || (intent.kind === 'command' && intent.command === 'grid')) s.view = s.screen.kind === 'question' ? 'question' : 'menu';
      else if (intent.kind === 'command' && intent.command === 'leave') return resolve({ kind: 'leave' });
    } else if (s.view === 'confirm') onMenu(s, s.confirm, intent);
    else if (s.view === 'menu') onMenu(s, s.menu, intent);
    else if (s.screen.kind === 'question') onQuestion(s, s.screen, intent);
    draw();
  }

  /** Waits for the learner's next action on `screen`, or the abort (the time is up). */
  const waitFor = (signal: AbortSignal) =>
    new Promise<ExamAction | undefined>((done) => {
      settle = done;
      if (signal.aborted) return resolve({ kind: 'timeout' });
      signal.addEventListener('abort', () => resolve({ kind: 'timeout' }), { once: true });
      draw();
      while (waiting() && typedAhead.length > 0) {
        const [text, k] = typedAhead.shift() as [string | undefined, Key];
        onKey(text, k);
      }
    });

  return {
    async ask(screen, signal) {
      ensureOpen();
      if (leaveAsked) return { kind: 'leave' };
      const previous = state;
      const samePlace = previous && previous.screen.kind === screen.kind && (screen.kind !== 'question' || (previous.screen.kind === 'question' && previous.screen.item.position === screen.item.position));
      const chosen = chosenOf(screen);
      state = {
        screen,
        view: screen.kind === 'question' ? 'question' : 'menu',
        cursor: chosen[0] ?? 0,
        chosen,
        typed: '',
        scroll: samePlace ? previous.scroll : 0,
        gridCursor: 1,
        menu: sectionMenu(t, screen),
        confirm: confirmMenu(t, screen),
        calculator: undefined,
        message: previous?.message,
        breakLeft: () => 0,
        followCursor: samePlace ? previous.followCursor : false,
      };
      if (samePlace && previous.view === 'question' && screen.kind === 'question') state.cursor = previous.cursor;
      if (previous) previous.message = undefined;
      const action = await waitFor(signal);
      // The typed answer's format is told with each new typed question.
      if (state.screen.kind === 'question' && isTyped(state.screen)) state.message = undefined;
      return action ?? { kind: 'leave' };
    },
    saved(item, response, total) {
      if (state) state.message = ctx.style.dim(t('exam.saved', { position: item.position, total, ref: sanitizeInline(`${item.bankId}/${item.questionId}`), answer: formatResponse(ctx, item.presentation, response) }));
    },
    flagged(position, on) {
      if (state) state.message = ctx.style.accent(t(on ? 'exam.flag.on' : 'exam.flag.off', { position }));
    },
    refused(reason, position) {
      if (state) state.message = ctx.style.warn(t(`exam.refused.${reason}`, { position }));
    },
    async rest(info, signal) {
      ensureOpen();
      if (!state) return;
      state.view = 'break';
      state.calculator = undefined;
      state.breakLeft = info.remainingMs;
      state.message = undefined;
      await waitFor(signal);
      state.message = t('exam.break.over');
    },
    timeUp() {
      after.push(t('exam.time-up'));
    },
    close() {
      if (ticker) clearInterval(ticker);
      ticker = undefined;
      term?.close();
      term = undefined;
      return after.splice(0);
    },
  };
}
