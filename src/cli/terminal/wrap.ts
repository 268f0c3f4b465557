/**
 * Line wrapping by display width, not by string length: Hangul and other wide characters take
 * two columns, combining marks none. Breaks at spaces; a word wider than the line is split
 * between graphemes.
 */
import stringWidth from 'string-width';

/** Made on first need: only a word wider than a line is split, and a segmenter costs start-up time. */
let graphemes: Intl.Segmenter | undefined;

export function displayWidth(text: string): number {
  // Most text is English or Korean, whose widths a table gives; string-width costs ~60 ms on a
  // cold start (it loads Unicode data), which the first question should not pay.
  return simpleWidth(text) ?? stringWidth(text);
}

/**
 * Columns of a text made only of characters that stand alone and whose width is fixed (checked
 * against string-width): printable ASCII and Latin-1, general punctuation, box drawing (1); Hangul
 * syllables and letters, CJK punctuation, full-width forms (2). Undefined for anything else.
 */
function simpleWidth(text: string): number | undefined {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff && c !== 0xad) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2500 && c <= 0x257f)) {
      width += 1;
    } else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e && c !== 0x3164) || (c >= 0x3000 && c <= 0x3029) || (c >= 0xff01 && c <= 0xff60)) {
      width += 2;
    } else {
      return undefined;
    }
  }
  return width;
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
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
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
