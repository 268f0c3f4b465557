import type { Exhibit } from '../../domain/question.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { displayWidth, padEnd, wrap } from '../terminal/wrap.js';
import { localText, type RenderContext } from './context.js';
import { formatNumber } from './number.js';

/** A small data table as text; rows become "column: value" lines when the table is too wide. */
export function renderExhibit(ctx: RenderContext, exhibit: Exhibit): string[] {
  const cell = (c: Exhibit['rows'][number][number]): string => (typeof c === 'number' ? formatNumber(c, ctx.i18n.lang) : sanitizeInline(localText(ctx, c)));
  const header = exhibit.columns.map((c) => sanitizeInline(localText(ctx, c)));
  const rows = exhibit.rows.map((r) => r.map(cell));
  const lines: string[] = [];
  if (exhibit.title) lines.push(...wrap(sanitizeInline(localText(ctx, exhibit.title)), ctx.width).map((l) => ctx.style.bold(l)));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const tableWidth = widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1) + 4;
  if (tableWidth <= ctx.width) {
    // No trailing spaces after the last column.
    const line = (cells: string[]) => ('  ' + cells.map((c, i) => padEnd(c, widths[i] ?? 0)).join(' │ ')).trimEnd();
    lines.push(line(header));
    lines.push('  ' + widths.map((w) => '─'.repeat(w)).join('─┼─'));
    for (const r of rows) lines.push(line(r));
  } else {
    rows.forEach((r, k) => {
      if (k > 0) lines.push('');
      r.forEach((c, i) => lines.push(...wrap(`${header[i] ?? ''}: ${c}`, ctx.width - 2, '    ').map((l) => '  ' + l)));
    });
  }
  if (exhibit.note) lines.push(...wrap(localText(ctx, exhibit.note), ctx.width - 2, '  ').map((l) => ctx.style.dim('  ' + l)));
  return lines;
}
