/**
 * Which key means what on the exam screen, pure. In a choice question every shown option's letter
 * chooses it (a question has up to 12 options, a–l) and n p f g r s q x = are commands. Two option
 * letters are also commands, f (flag) and g (grid): typed in lower case they stay commands, in upper
 * case (Shift+F, Shift+G) they choose the option — any option letter may be typed in upper case, and
 * the footer says "⇧F" where such an option is shown. Where text is typed (matching, ordering,
 * numbers, the calculator) every printable key is text, and a command is its letter alone followed
 * by Enter.
 */
import type { Key } from 'node:readline';

export type Command = 'next' | 'previous' | 'flag' | 'grid' | 'submit' | 'leave' | 'strike' | 'calculator';

export type Intent =
  | { readonly kind: 'command'; readonly command: Command }
  | { readonly kind: 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'page-up' | 'page-down' | 'enter' | 'space' | 'escape' | 'backspace' | 'interrupt' }
  | { readonly kind: 'letter'; readonly index: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'none' };

export const COMMAND_KEYS: Readonly<Record<string, Command>> = { n: 'next', p: 'previous', f: 'flag', r: 'grid', g: 'grid', s: 'submit', q: 'leave', x: 'strike', '=': 'calculator' };

const NAMED: Readonly<Record<string, Intent['kind']>> = {
  up: 'up',
  down: 'down',
  left: 'left',
  right: 'right',
  home: 'home',
  end: 'end',
  pageup: 'page-up',
  pagedown: 'page-down',
  return: 'enter',
  enter: 'enter',
  space: 'space',
  escape: 'escape',
  backspace: 'backspace',
};

/** Option letters: a question has at most 12 options. */
const OPTION_LETTERS = 'abcdefghijkl';

/** Option letters that are also commands in lower case: these are chosen with Shift. */
export function shiftedLetters(options: number): string[] {
  return [...OPTION_LETTERS.slice(0, options)].filter((l) => COMMAND_KEYS[l] !== undefined).map((l) => l.toUpperCase());
}

/**
 * What a key means; `typing` when printable keys are text; `options`, the number of options shown
 * (an upper-case letter past them keeps its command: Shift+F flags a question of four options).
 */
export function intentOf(text: string | undefined, key: Key, typing: boolean, options = OPTION_LETTERS.length): Intent {
  if (key.ctrl && key.name === 'c') return { kind: 'interrupt' };
  const named = key.name ? NAMED[key.name] : undefined;
  // Node marks a lone Escape as meta; other keys with Ctrl or Alt mean nothing here.
  if (named && !key.ctrl && !(typing && named === 'space')) return { kind: named } as Intent;
  if (key.ctrl || key.meta) return { kind: 'none' };
  if (text === undefined || text.length === 0 || /[\u0000-\u001f\u007f]/.test(text)) return { kind: 'none' };
  if (typing) return { kind: 'text', text };
  const lower = text.toLowerCase();
  const index = OPTION_LETTERS.indexOf(lower);
  const isLetter = lower.length === 1 && index >= 0;
  if (isLetter && text !== lower && index < options) return { kind: 'letter', index };
  const command = COMMAND_KEYS[lower];
  if (command) return { kind: 'command', command };
  if (isLetter) return { kind: 'letter', index };
  return { kind: 'none' };
}

/** A typed line that is a command's letter alone. */
export function typedCommand(line: string): Command | undefined {
  return COMMAND_KEYS[line.trim().toLowerCase()];
}
