/**
 * What a real terminal shows for the bytes a program wrote: @xterm/headless (xterm.js without a
 * browser) interprets every escape sequence, so tests read the screen a person would see.
 */
import xterm from '@xterm/headless';

/** The rows of the screen (trailing blanks trimmed) after writing `raw` to a `columns`×`rows` terminal. */
export async function screenOf(raw: string, columns: number, rows: number): Promise<string[]> {
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  await new Promise<void>((resolve) => term.write(raw, resolve));
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let y = 0; y < rows; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
  term.dispose();
  return lines;
}

/**
 * The rows a program wrote with "go to row R, column 1; clear the row" (as the exam screen draws):
 * each with its text, escapes stripped, to check widths and which rows a redraw touched.
 */
export function rowsWritten(raw: string): { row: number; text: string }[] {
  const parts = raw.split(/\u001b\[(\d+);1H\u001b\[2K/);
  const rows: { row: number; text: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) rows.push({ row: Number(parts[i]), text: (parts[i + 1] ?? '').replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '') });
  return rows;
}
