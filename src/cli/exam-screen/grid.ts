/**
 * The review grid: every question of the exam as a cell marked answered (●) or unanswered (○),
 * flagged (⚑) and locked (▪), to move over with the arrows and jump to with Enter. Pure.
 */
import type { ItemStatus } from '../../app/exam-ui.js';

export interface GridLayout {
  readonly perRow: number;
  readonly cellWidth: number;
}

export function gridLayout(width: number, total: number): GridLayout {
  // "[12●⚑]": brackets for the cursor, the number, the answered mark and the flag.
  const cellWidth = String(total).length + 4 + 1;
  return { perRow: Math.max(1, Math.floor((width + 1) / cellWidth)), cellWidth };
}

export function cellText(status: ItemStatus, digits: number, cursor: boolean): string {
  const mark = status.locked ? '▪' : status.answered ? '●' : '○';
  const flag = status.flagged ? '⚑' : ' ';
  const body = `${String(status.position).padStart(digits)}${mark}${flag}`;
  return cursor ? `[${body}]` : ` ${body} `;
}

/** The grid's rows of cells; `style` colours a cell (the cursor stands out in brackets without colour too). */
export function gridRows(statuses: readonly ItemStatus[], width: number, cursor: number, style: (text: string, status: ItemStatus, isCursor: boolean) => string): string[] {
  const { perRow } = gridLayout(width, statuses.length);
  const digits = String(statuses.length).length;
  const rows: string[] = [];
  for (let i = 0; i < statuses.length; i += perRow) {
    rows.push(
      statuses
        .slice(i, i + perRow)
        .map((s) => style(cellText(s, digits, s.position === cursor), s, s.position === cursor))
        .join(' '),
    );
  }
  return rows;
}

/** The row (0-based) a position sits on. */
export function gridRowOf(position: number, width: number, total: number): number {
  return Math.floor((position - 1) / gridLayout(width, total).perRow);
}

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'home' | 'end';

/** The cursor after an arrow key; it stays inside 1..total. */
export function moveGridCursor(position: number, move: GridMove, width: number, total: number): number {
  const { perRow } = gridLayout(width, total);
  const next = { up: position - perRow, down: position + perRow, left: position - 1, right: position + 1, home: 1, end: total }[move];
  return next < 1 || next > total ? position : next;
}
