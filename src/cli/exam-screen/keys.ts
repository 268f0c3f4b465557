/**
 * Which key means what on the exam screen, pure. In a choice question letters a–e choose an option
 * and n p f r s q x = are commands (an option past E is reached with the arrows); where text is
 * typed (matching, ordering, numbers, the calculator) every printable key is text, and a command is
 * its letter alone followed by Enter.
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

/** What a key means; `typing` when printable keys are text. */
export function intentOf(text: string | undefined, key: Key, typing: boolean): Intent {
  if (key.ctrl && key.name === 'c') return { kind: 'interrupt' };
  const named = key.name ? NAMED[key.name] : undefined;
  // Node marks a lone Escape as meta; other keys with Ctrl or Alt mean nothing here.
  if (named && !key.ctrl && !(typing && named === 'space')) return { kind: named } as Intent;
  if (key.ctrl || key.meta) return { kind: 'none' };
  if (text === undefined || text.length === 0 || /[\u0000-\u001f\u007f]/.test(text)) return { kind: 'none' };
  if (typing) return { kind: 'text', text };
  const lower = text.toLowerCase();
  const command = COMMAND_KEYS[lower];
  if (command) return { kind: 'command', command };
  if (/^[a-e]$/.test(lower)) return { kind: 'letter', index: lower.charCodeAt(0) - 97 };
  return { kind: 'none' };
}

/** A typed line that is a command's letter alone. */
export function typedCommand(line: string): Command | undefined {
  return COMMAND_KEYS[line.trim().toLowerCase()];
}
