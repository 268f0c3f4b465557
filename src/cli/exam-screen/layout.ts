/**
 * The fixed layout of the exam screen, pure: a header (question, section, clock), a rule, the body,
 * a message line and a footer of keys, fitted to the window by display width (Hangul counts two
 * columns). Nothing here writes to the terminal.
 */
import { displayWidth, padEnd } from '../terminal/wrap.js';

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 20;

export interface KeyLabel {
  readonly key: string;
  readonly long: string;
  readonly short: string;
}

/** Cuts plain text to `width` columns, ending in "…" when something was cut. */
export function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

/**
 * The header: "Question 3 of 12 · Section 1 of 3 · ⚑ Flagged" on the left and the clock on the
 * right, on one line when both fit with room between, else the clock on a second line.
 */
export function headerLines(width: number, left: readonly string[], clock: string): string[] {
  const joined = left.join(' · ');
  const oneLine = displayWidth(joined) + 2 + displayWidth(clock);
  if (oneLine <= width) return [padEnd(joined, width - displayWidth(clock)) + clock];
  const first = fit(left.slice(0, 2).join(' · '), width);
  const rest = left.slice(2).join(' · ');
  const second = rest === '' ? clock : displayWidth(rest) + 2 + displayWidth(clock) <= width ? padEnd(rest, width - displayWidth(clock)) + clock : clock;
  return [first, ' '.repeat(Math.max(0, width - displayWidth(second))) + second];
}

/** The keys on two lines (three for short labels), never split inside a key: long labels when they fit, short ones when not, cut as a last resort. */
export function footerLines(width: number, keys: readonly KeyLabel[]): string[] {
  for (const form of ['long', 'short', 'key'] as const) {
    const lines = pack(keys.map((k) => (form === 'key' ? k.key : `${k.key} ${k[form]}`.trim())), width, form === 'key' ? ' ' : ' · ');
    // Short labels may take a third line: at 40 columns words still beat bare keys.
    if (lines.length <= (form === 'short' ? 3 : 2) || form === 'key') return lines.slice(0, 3).map((l) => fit(l, width));
  }
  return [];
}

/** Items joined by `separator` onto as few lines of `width` as they fill in order. */
function pack(items: readonly string[], width: number, separator: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const candidate = line === '' ? item : line + separator + item;
    if (displayWidth(candidate) <= width || line === '') line = candidate;
    else {
      lines.push(line);
      line = item;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface Regions {
  readonly header: number;
  readonly body: number;
  readonly footer: number;
}

/** Rows for each part: header, a rule, the body, a message line, the footer. */
export function regions(rows: number, header: number, footer: number): Regions {
  return { header, footer, body: Math.max(1, rows - header - 1 - 1 - footer) };
}

export interface Viewport {
  readonly lines: readonly string[];
  readonly scroll: number;
  readonly above: boolean;
  readonly below: number;
}

/** The body's visible slice: `scroll` clamped so the last line of content can reach the bottom. */
export function viewport(content: readonly string[], height: number, scroll: number): Viewport {
  const top = Math.max(0, Math.min(scroll, content.length - height));
  const lines = content.slice(top, top + height);
  return { lines, scroll: top, above: top > 0, below: Math.max(0, content.length - top - height) };
}

/** The scroll that shows lines [start, end) of the content, moving as little as possible. */
export function scrollToShow(scroll: number, height: number, start: number, end: number): number {
  if (start < scroll) return start;
  if (end > scroll + height) return Math.min(start, end - height);
  return scroll;
}
