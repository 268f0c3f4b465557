/**
 * Line wrapping by display width, not by string length: Hangul and other wide characters take
 * two columns, combining marks none. Breaks at spaces; a word wider than the line is split
 * between graphemes.
 */
/** string-width once loaded: ~60 ms of start-up that English and Korean text never needs. */
let fullWidth: ((text: string) => number) | undefined;
/** Set while renderWithDisplayWidth tries a render before string-width is loaded. */
let strict = false;

class WidthNotLoaded extends Error {}

/** Loads string-width. Every command but study does it before it runs (cli/program.ts). */
export async function loadDisplayWidth(): Promise<void> {
  fullWidth ??= (await import('string-width')).default;
}

/**
 * Runs `render` (which must have no side effects); if it met text that needs string-width before
 * that was loaded, loads it and runs `render` again. The first question of a session uses it.
 */
export async function renderWithDisplayWidth<T>(render: () => T): Promise<T> {
  if (fullWidth) return render();
  strict = true;
  try {
    return render();
  } catch (error) {
    if (!(error instanceof WidthNotLoaded)) throw error;
  } finally {
    strict = false;
  }
  await loadDisplayWidth();
  return render();
}

/** Made on first need: only a word wider than a line is split, and a segmenter costs start-up time. */
let graphemes: Intl.Segmenter | undefined;

export function displayWidth(text: string): number {
  // Most text is English or Korean, whose widths a table gives; string-width costs ~60 ms to
  // load (Unicode data), which the first question should not pay.
  const simple = simpleWidth(text);
  if (simple !== undefined) return simple;
  if (fullWidth) return fullWidth(text);
  if (strict) throw new WidthNotLoaded();
  return roughWidth(text);
}

/** A last resort for a caller that printed before loadDisplayWidth: East Asian wide and emoji 2, marks and controls 0. */
function roughWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || /[\p{M}\p{Cf}]/u.test(ch)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
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
