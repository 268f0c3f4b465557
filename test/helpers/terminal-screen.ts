/**
 * The screen a person would see for the bytes a program wrote, read through @xterm/headless (a
 * real terminal emulator): each visible row, and whether the terminal itself had to wrap it
 * (the program printed a line wider than the window).
 */
import xterm from '@xterm/headless';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { banksEn } from '../../src/i18n/banks.en.js';
import { banksKo } from '../../src/i18n/banks.ko.js';
import { doctorEn } from '../../src/i18n/doctor.en.js';
import { doctorKo } from '../../src/i18n/doctor.ko.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { listsEn } from '../../src/i18n/lists.en.js';
import { listsKo } from '../../src/i18n/lists.ko.js';
import { sessionEn } from '../../src/i18n/session.en.js';
import { sessionKo } from '../../src/i18n/session.ko.js';

const BANKS = join(process.cwd(), 'questions');

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
 * Every word of the bundled banks' texts and of the core message catalogs with the pairs split
 * from them (session, banks, doctor, lists), English and Korean, lower case: what a broken word
 * is checked against.
 */
export function knownWords(): Set<string> {
  const words = new Set<string>();
  const params = new Proxy({}, { get: () => 'x' });
  for (const catalog of [en, ko, sessionEn, sessionKo, banksEn, banksKo, doctorEn, doctorKo, listsEn, listsKo] as Record<string, (p: never) => string>[]) {
    for (const message of Object.values(catalog)) for (const w of message(params as never).toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  }
  const visit = (value: unknown, lang: boolean): void => {
    if (typeof value === 'string') {
      if (lang) for (const w of value.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
    } else if (Array.isArray(value)) for (const v of value) visit(v, lang);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k === 'en' || k === 'ko');
  };
  for (const file of readdirSync(BANKS).filter((f) => f.endsWith('.json'))) visit(JSON.parse(readFileSync(join(BANKS, file), 'utf8')), false);
  return words;
}

/**
 * Rows that end inside a word: the row ends with a letter, the next starts with one, and the two
 * pieces together make a word of the banks that the pieces alone are not ("le" + "tter").
 */
export function midWordBreaks(rows: readonly ScreenRow[], words: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < rows.length; i++) {
    const tail = /([\p{L}\p{N}]+)$/u.exec(rows[i]!.text)?.[1]?.toLowerCase();
    const head = /^([\p{L}\p{N}]+)/u.exec(rows[i + 1]!.text)?.[1]?.toLowerCase();
    if (!tail || !head) continue;
    if (words.has(tail + head) && !(words.has(tail) && words.has(head))) found.push(`${rows[i]!.text}⏎${rows[i + 1]!.text}`);
  }
  return found;
}
