/**
 * Line wrapping by display width, not by string length: Hangul and other wide characters take
 * two columns, combining marks none. Breaks at spaces; a word wider than the line is split
 * between graphemes.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  // Most words are plain ASCII, one column per character; string-width is costly on a cold start.
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Wraps each paragraph of `text` to `width` columns; continuation lines get `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  const room = Math.max(10, width);
  for (const paragraph of text.split('\n')) {
    lines.push(...wrapParagraph(paragraph, room, indent));
  }
  return lines;
}

function wrapParagraph(paragraph: string, width: number, indent: string): string[] {
  const words = paragraph.split(/ +/).filter((w, i) => w !== '' || i === 0);
  if (words.length === 0 || (words.length === 1 && words[0] === '')) return [''];
  const indentWidth = displayWidth(indent);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const limit = () => (lines.length === 0 ? width : width - indentWidth);
  const flush = () => {
    lines.push(lines.length === 0 ? line : indent + line);
    line = '';
    lineWidth = 0;
  };
  for (const word of words) {
    const w = displayWidth(word);
    const gap = line === '' ? 0 : 1;
    if (lineWidth + gap + w <= limit()) {
      line += (gap ? ' ' : '') + word;
      lineWidth += gap + w;
      continue;
    }
    if (line !== '') flush();
    if (w <= limit()) {
      line = word;
      lineWidth = w;
      continue;
    }
    for (const { segment } of graphemes.segment(word)) {
      const sw = displayWidth(segment);
      if (lineWidth + sw > limit() && line !== '') flush();
      line += segment;
      lineWidth += sw;
    }
  }
  if (line !== '' || lines.length === 0) flush();
  return lines;
}

/** Pads to a display width (for table columns with Korean text). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads at the start to a display width (right-aligned table cells). */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
