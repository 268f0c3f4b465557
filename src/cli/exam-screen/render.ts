/**
 * The exam screen's frames as lines, pure: the question with its options (cursor, chosen, struck),
 * the review grid, the section end and submit menus, the break, the calculator box, and the frame
 * that puts header, body, message and footer in their fixed places.
 */
import type { ExamQuestionScreen, ExamScreen, ItemStatus } from '../../app/exam-ui.js';
import { letterFor } from '../../domain/presentation.js';
import type { RenderContext } from '../render/context.js';
import { formatClock, renderReviewList } from '../render/exam-view.js';
import { optionText, renderQuestionBody } from '../render/question-view.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { displayWidth, padEnd, wrap } from '../terminal/wrap.js';
import { gridRowOf, gridRows } from './grid.js';
import { fit, footerLines, headerLines, MIN_COLUMNS, MIN_ROWS, regions, viewport, type KeyLabel } from './layout.js';

export interface Body {
  readonly lines: readonly string[];
  /** Lines that must be in view: the option under the cursor, the grid row, the chosen menu entry. */
  readonly focus?: readonly [number, number];
}

export interface FrameParts {
  readonly header: readonly string[];
  readonly body: Body;
  readonly scroll: number;
  readonly message?: string;
  readonly keys: readonly KeyLabel[];
  /** Lines kept at the bottom of the body whatever the scroll (the typed answer). */
  readonly pinned?: readonly string[];
  /** A box drawn over the middle of the body (the calculator). */
  readonly overlay?: readonly string[];
}

export interface Frame {
  readonly lines: readonly string[];
  readonly scroll: number;
  readonly bodyHeight: number;
}

export function composeFrame(ctx: RenderContext, columns: number, rows: number, parts: FrameParts): Frame {
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    const text = ctx.i18n.t('screen.too-small', { min: `${MIN_COLUMNS}×${MIN_ROWS}`, now: `${columns}×${rows}` });
    return { lines: wrap(text, Math.max(10, columns)).slice(0, rows).map((l) => fit(l, columns)), scroll: parts.scroll, bodyHeight: 0 };
  }
  const footer = footerLines(columns, parts.keys);
  const pinned = parts.pinned ?? [];
  const region = regions(rows, parts.header.length, footer.length);
  const height = Math.max(1, region.body - pinned.length);
  const shown = viewport(parts.body.lines, height, parts.scroll);
  const body = [...shown.lines];
  while (body.length < height) body.push('');
  body.push(...pinned);
  if (parts.overlay) {
    const top = Math.max(0, Math.floor((body.length - parts.overlay.length) / 2));
    const boxWidth = Math.max(...parts.overlay.map((l) => displayWidth(stripStyle(l))));
    const left = ' '.repeat(Math.max(0, Math.floor((columns - boxWidth) / 2)));
    parts.overlay.forEach((line, i) => {
      if (top + i < body.length) body[top + i] = left + line;
    });
  }
  const scrollNote = shown.below > 0 ? ctx.i18n.t('screen.more-below', { n: shown.below }) : shown.above ? ctx.i18n.t('screen.more-above') : '';
  const message = parts.message ? fit(parts.message, columns) : ctx.style.dim(fit(scrollNote, columns));
  const lines = [
    ...parts.header.map((l) => ctx.style.accent(l)),
    ctx.style.dim('─'.repeat(columns)),
    ...body,
    message,
    ...footer.map((l) => ctx.style.dim(l)),
  ];
  return { lines: lines.slice(0, rows), scroll: shown.scroll, bodyHeight: height };
}

// eslint-disable-next-line no-control-regex
const stripStyle = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

export function examHeaderLines(ctx: RenderContext, columns: number, screen: ExamScreen, flagged: boolean): string[] {
  const { t } = ctx.i18n;
  const position = screen.kind === 'question' ? screen.item.position : screen.sectionLast;
  const left = [t('screen.question', { position, total: screen.total }), t('screen.section', { section: screen.section, sections: screen.sections })];
  if (flagged) left.push(t('screen.flagged'));
  return headerLines(columns, left, t('screen.clock', { left: formatClock(screen.remainingMs()) }));
}

export interface ChoiceState {
  readonly cursor: number;
  readonly chosen: readonly number[];
  readonly struck: ReadonlySet<string>;
}

const strike = (ctx: RenderContext, s: string) => (ctx.style.enabled ? `\x1b[9m${ctx.style.dim(s)}\x1b[29m` : s);

/** The question, and for a choice question its options with cursor ❯, chosen (•) or [x], struck ✕. */
export function questionBody(ctx: RenderContext, screen: ExamQuestionScreen, state: ChoiceState | undefined): Body {
  const shown = screen.item.presentation;
  const q = shown.question;
  const lines = [...renderQuestionBody(ctx, shown, { choices: state === undefined })];
  if (!state) return { lines };
  lines.push('');
  if (q.type === 'multiple') lines.push(ctx.style.dim(fit(ctx.i18n.t('screen.choose', { n: q.answer.length }), ctx.width)));
  let focus: [number, number] = [lines.length, lines.length + 1];
  shown.optionOrder.forEach((id, i) => {
    const chosen = state.chosen.includes(i);
    const struck = state.struck.has(id) && !chosen;
    const box = q.type === 'multiple' ? (chosen ? '[x]' : struck ? '[✕]' : '[ ]') : chosen ? '(•)' : struck ? '(✕)' : '( )';
    const lead = `${i === state.cursor ? '❯' : ' '} ${box} ${letterFor(i)}. `;
    const text = optionText(ctx, q, id);
    const wrapped = wrap(text, ctx.width - displayWidth(lead));
    const start = lines.length;
    wrapped.forEach((part, j) => {
      const styledPart = struck ? strike(ctx, part) : part;
      const line = (j === 0 ? lead : ' '.repeat(displayWidth(lead))) + styledPart;
      lines.push(i === state.cursor ? ctx.style.accent(line) : line);
    });
    if (i === state.cursor) focus = [start, lines.length];
  });
  return { lines, focus };
}

/** The typed answer line kept under the question (matching, ordering, numbers). */
export function typedLines(ctx: RenderContext, text: string, width: number): string[] {
  const hint = ctx.style.dim(fit(ctx.i18n.t('screen.typed'), width));
  // What the learner typed or pasted is echoed made inert, as bank text is.
  const input = `› ${sanitizeInline(text)}`;
  // The end of a long answer stays in view, where the typing is.
  const visible = displayWidth(input) < width ? input : '…' + [...input].slice(-(width - 2)).join('');
  return [hint, fit(visible, width - 1) + (ctx.style.enabled ? '\x1b[7m \x1b[27m' : '▏')];
}

export function gridBody(ctx: RenderContext, screen: ExamScreen, cursor: number): Body {
  const { t } = ctx.i18n;
  const statuses = screen.statuses;
  const head = [
    ...wrap(t('screen.grid.title', { answered: statuses.filter((s) => s.answered).length, total: statuses.length, flagged: statuses.filter((s) => s.flagged).length }), ctx.width),
    ctx.style.dim(fit(t('screen.grid.legend'), ctx.width)),
    '',
  ];
  const style = (text: string, s: ItemStatus, isCursor: boolean) => (isCursor ? ctx.style.accent(text) : s.locked || s.section !== screen.section ? ctx.style.dim(text) : s.answered ? text : ctx.style.warn(text));
  const rows = gridRows(statuses, ctx.width, cursor, style);
  const row = head.length + gridRowOf(cursor, ctx.width, statuses.length);
  return { lines: [...head, ...rows], focus: [row, row + 1] };
}

export interface MenuEntry {
  readonly label: string;
}

function menuLines(ctx: RenderContext, entries: readonly MenuEntry[], cursor: number, start: number): { lines: string[]; focus: [number, number] } {
  const lines: string[] = [];
  let focus: [number, number] = [start, start + 1];
  entries.forEach((e, i) => {
    const first = start + lines.length;
    const wrapped = wrap(e.label, ctx.width - 2);
    wrapped.forEach((part, j) => {
      const line = `${j === 0 ? (i === cursor ? '❯' : ' ') : ' '} ${part}`;
      lines.push(i === cursor ? ctx.style.accent(line) : line);
    });
    if (i === cursor) focus = [first, start + lines.length];
  });
  return { lines, focus };
}

export function sectionEndBody(ctx: RenderContext, screen: ExamScreen, entries: readonly MenuEntry[], cursor: number): Body {
  const { t } = ctx.i18n;
  const last = screen.kind === 'section-end' && screen.breakMinutes === null;
  const title = last ? t('exam.exam-end.title') : t('exam.section-end.title', { section: screen.section, sections: screen.sections });
  const lines = [...wrap(title, ctx.width).map((l) => ctx.style.bold(l)), ...renderReviewList(ctx, screen)];
  if (!last) lines.push(...wrap(t('screen.section-end.lock', { first: screen.sectionFirst, last: screen.sectionLast }), ctx.width).map((l) => ctx.style.dim(l)));
  lines.push('');
  const menu = menuLines(ctx, entries, cursor, lines.length);
  return { lines: [...lines, ...menu.lines], focus: menu.focus };
}

export function confirmBody(ctx: RenderContext, unanswered: number, entries: readonly MenuEntry[], cursor: number): Body {
  const { t } = ctx.i18n;
  const lines = [
    ...wrap(t('screen.confirm.title'), ctx.width).map((l) => ctx.style.bold(l)),
    ...wrap(unanswered > 0 ? t('screen.confirm.unanswered', { n: unanswered }) : t('screen.confirm.all-answered'), ctx.width),
    '',
  ];
  const menu = menuLines(ctx, entries, cursor, lines.length);
  return { lines: [...lines, ...menu.lines], focus: menu.focus };
}

export function breakBody(ctx: RenderContext, remainingMs: number): Body {
  const { t } = ctx.i18n;
  return {
    lines: ['', ctx.style.bold(t('screen.break.title')), '', t('screen.break.left', { left: formatClock(remainingMs) }), '', ...wrap(t('screen.break.stopped'), ctx.width).map((l) => ctx.style.dim(l))],
  };
}

export interface CalculatorState {
  readonly input: string;
  readonly result?: string;
  readonly problem?: string;
}

/** The calculator's box: title, the expression being typed, the result or the problem. */
export function calculatorBox(ctx: RenderContext, columns: number, state: CalculatorState): string[] {
  const { t } = ctx.i18n;
  const inner = Math.min(40, columns - 4);
  const row = (text: string) => `│ ${padEnd(fit(text, inner), inner)} │`;
  const input = `› ${sanitizeInline(state.input)}`;
  const visible = displayWidth(input) < inner ? input : '…' + [...input].slice(-(inner - 2)).join('');
  const title = ` ${t('screen.calc.title')} `;
  return [
    `┌${title}${'─'.repeat(Math.max(0, inner + 2 - displayWidth(title)))}┐`,
    row(visible + '▏'),
    row(state.problem ? state.problem : state.result !== undefined ? `= ${state.result}` : ''),
    row(t('screen.calc.hint')),
    `└${'─'.repeat(inner + 2)}┘`,
  ].map((l, i) => (i === 2 && state.problem ? ctx.style.warn(l) : ctx.style.bold(l)));
}
