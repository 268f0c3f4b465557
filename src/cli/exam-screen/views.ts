/** The exam screen's views: its state, and for each view the body, the keys and the menus. Pure. */
import type { ExamAction, ExamQuestionScreen, ExamScreen } from '../../app/exam-ui.js';
import type { Response } from '../../domain/question.js';
import type { MessageKey, Translator } from '../../i18n/index.js';
import type { RenderContext } from '../render/context.js';
import { howToAnswer } from '../render/question-view.js';
import { wrap } from '../terminal/wrap.js';
import { shiftedLetters } from './keys.js';
import type { KeyLabel } from './layout.js';
import { breakBody, confirmBody, gridBody, questionBody, sectionEndBody, type Body, type CalculatorState, type MenuEntry } from './render.js';

export type Menu = { readonly entries: readonly (MenuEntry & { readonly action: ExamAction | 'grid' | 'submit' | 'back' })[]; cursor: number };

/** What the screen shows and where the learner is in it; changed by keys, drawn by screen-ui. */
export interface State {
  screen: ExamScreen;
  view: 'question' | 'grid' | 'confirm' | 'menu' | 'break';
  cursor: number;
  chosen: number[];
  typed: string;
  scroll: number;
  gridCursor: number;
  menu: Menu;
  confirm: Menu;
  calculator: CalculatorState | undefined;
  message: string | undefined;
  breakLeft: () => number;
  followCursor: boolean;
}

/** Matching, ordering and numeric questions are typed; single and multiple are chosen. */
export const isTyped = (s: ExamScreen) => s.kind === 'question' && !['single', 'multiple'].includes(s.item.presentation.question.type);

/** The body of the view the learner is on. */
export const bodyOf = (c: RenderContext, s: State, struck: ReadonlySet<string>): Body => {
  if (s.view === 'break') return breakBody(c, s.breakLeft());
  if (s.view === 'grid') return gridBody(c, s.screen, s.gridCursor);
  if (s.view === 'confirm') return confirmBody(c, s.screen.statuses.filter((x) => !x.answered).length, s.confirm.entries, s.confirm.cursor);
  if (s.view === 'menu' || s.screen.kind !== 'question') return sectionEndBody(c, s.screen, s.menu.entries, s.menu.cursor);
  if (isTyped(s.screen)) {
    const body = questionBody(c, s.screen, undefined);
    return { lines: [...body.lines, '', ...wrap(howToAnswer(c, s.screen.item.presentation), c.width).map((l) => c.style.dim(l))] };
  }
  return questionBody(c, s.screen, { cursor: s.cursor, chosen: s.chosen, struck });
};

/** The keys that work on the view the learner is on, for the footer. */
export const keysOf = (t: Translator['t'], s: State): KeyLabel[] => {
  const key = (k: string, name: MessageKey): KeyLabel => ({ key: k, long: t(name), short: t(`${name}.short` as MessageKey) });
  if (s.calculator) return [key('⏎', 'screen.key.evaluate'), key('Esc', 'screen.key.close')];
  if (s.view === 'break') return [key('⏎', 'screen.key.end-break')];
  if (s.view === 'grid') return [key('↑↓←→', 'screen.key.move'), key('⏎', 'screen.key.go'), key('Esc', 'screen.key.back')];
  if (s.view === 'confirm' || s.view === 'menu') return [key('↑↓', 'screen.key.move'), key('⏎', 'screen.key.pick'), key('r', 'screen.key.grid'), key('q', 'screen.key.stop')];
  const common = [key('f', 'screen.key.flag'), key('n', 'screen.key.next'), key('p', 'screen.key.previous'), key('r', 'screen.key.grid'), key('=', 'screen.key.calc'), key('s', 'screen.key.submit'), key('q', 'screen.key.stop')];
  if (isTyped(s.screen)) return [key('⏎', 'screen.key.answer'), ...common];
  const multiple = s.screen.kind === 'question' && s.screen.item.presentation.question.type === 'multiple';
  return [key(choiceKeys(s.screen.kind === 'question' ? s.screen.item.presentation.optionOrder.length : 0), 'screen.key.move'), ...(multiple ? [key('␣', 'screen.key.mark')] : []), key('⏎', 'screen.key.answer'), key('x', 'screen.key.strike'), ...common];
};

/**
 * "↑↓ a-d", or with eight options "↑↓ a-e ⇧F ⇧G h": the option letters in order, those that are
 * commands in lower case (f flag, g grid) marked as chosen with Shift.
 */
export const choiceKeys = (options: number): string => {
  const shifted = new Set(shiftedLetters(options));
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) parts.push(run.length === 1 ? (run[0] as string) : `${run[0]}-${run[run.length - 1]}`);
    run = [];
  };
  for (let i = 0; i < Math.max(1, options); i++) {
    const letter = String.fromCharCode(97 + i);
    if (shifted.has(letter.toUpperCase())) {
      endRun();
      parts.push(`⇧${letter.toUpperCase()}`);
    } else run.push(letter);
  }
  endRun();
  return `↑↓ ${parts.join(' ')}`;
};

/** The options of the answer given so far, as indexes in the shown order. */
export const chosenOf = (screen: ExamScreen): number[] => {
  if (screen.kind !== 'question') return [];
  const order = screen.item.presentation.optionOrder;
  const r = screen.item.response;
  return r?.type === 'single' ? [order.indexOf(r.optionId)] : r?.type === 'multiple' ? r.optionIds.map((id) => order.indexOf(id)).filter((i) => i >= 0) : [];
};

/** The end of a section: the break or going on (or submitting, at the end), back, the grid, stop. */
export const sectionMenu = (t: Translator['t'], screen: ExamScreen): Menu => {
  const minutes = screen.kind === 'section-end' ? screen.breakMinutes : null;
  const ending =
    minutes !== null
      ? [
          { label: t('exam.choice.take-break', { minutes }), action: { kind: 'continue', takeBreak: true } as ExamAction },
          { label: t('exam.choice.skip-break'), action: { kind: 'continue', takeBreak: false } as ExamAction },
        ]
      : [{ label: t('exam.choice.submit'), action: 'submit' as const }];
  return { cursor: 0, entries: [...ending, { label: t('exam.choice.previous'), action: { kind: 'previous' } }, { label: t('screen.choice.grid'), action: 'grid' }, { label: t('exam.choice.leave'), action: { kind: 'leave' } }] };
};

export const confirmMenu = (t: Translator['t'], screen: ExamScreen): Menu => {
  const n = screen.statuses.filter((s) => !s.answered).length;
  return { cursor: 0, entries: [{ label: n > 0 ? t('exam.choice.submit-anyway', { n }) : t('exam.choice.submit'), action: { kind: 'submit' } }, { label: t('exam.choice.keep-working'), action: 'back' }] };
};

export const toResponse = (screen: ExamQuestionScreen, indexes: readonly number[]): Response => {
  const order = screen.item.presentation.optionOrder;
  return screen.item.presentation.question.type === 'single' ? { type: 'single', optionId: order[indexes[0] ?? 0] as string } : { type: 'multiple', optionIds: indexes.map((i) => order[i] as string) };
};
