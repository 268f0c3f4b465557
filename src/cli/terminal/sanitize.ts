/**
 * Untrusted text (anything from a bank, a file name, a problem message) is made inert before
 * it reaches a terminal: C0 controls but newline and tab, DEL, C1 controls and bidirectional
 * overrides become visible symbols, so no escape sequence can move the cursor, clear the
 * screen, set the title, make a hyperlink, or reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␛ … ␟
    if (code === 0x7f) return '\u2421'; // ␡
    return '\uFFFD';
  });
}

/** Same, but for a one-line field: newlines and tabs become spaces. */
export function sanitizeInline(text: string): string {
  return sanitize(text).replace(/[\n\t]/g, ' ');
}
