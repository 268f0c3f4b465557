/**
 * The screen a person would see for the bytes a program wrote, read through @xterm/headless (a
 * real terminal emulator): each visible row, and whether the terminal itself had to wrap it
 * (the program printed a line wider than the window).
 */
import xterm from '@xterm/headless';

export interface ScreenRow {
  readonly text: string;
  /** The terminal continued the row above here: the program wrote past the right edge. */
  readonly softWrapped: boolean;
}

export async function visibleRows(raw: string, columns: number, rows: number): Promise<ScreenRow[]> {
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  await new Promise<void>((resolve) => term.write(raw, resolve));
  const buffer = term.buffer.active;
  const out: ScreenRow[] = [];
  for (let y = 0; y < rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    out.push({ text: line?.translateToString(true) ?? '', softWrapped: line?.isWrapped ?? false });
  }
  term.dispose();
  return out;
}

/**
 * Rows that end inside a word: a row filled to the last column with a letter, and the next row
 * going on with a letter at its first column (how a hard break at the exact width looks).
 */
export function midWordBreaks(rows: readonly ScreenRow[], columns: number, width: (s: string) => number): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i]!.text;
    const b = rows[i + 1]!.text;
    if (width(a) >= columns - 1 && /[\p{L}\p{N}]$/u.test(a) && /^[\p{L}\p{N}]/u.test(b)) found.push(`${a}⏎${b}`);
  }
  return found;
}
