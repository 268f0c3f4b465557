/**
 * A problem's text in the interface language: the lookup over problem codes (problems.en.ts,
 * problems.ko.ts). English, or a text no pattern knows, is returned as it is.
 */
import type { Lang } from './index.js';
import { problemsEn } from './problems.en.js';
import { problemsKo } from './problems.ko.js';

type Key = keyof typeof problemsEn;
const KEYS = Object.keys(problemsEn) as Key[];

/**
 * Tries the patterns of the problem's code; a problem of reading a file (no code, or validate's
 * "invalid") tries the "input:" ones.
 */
export function problemText(lang: Lang, code: string | undefined, message: string): string {
  if (lang === 'en') return message;
  const reading = code === undefined || code === 'invalid';
  for (const key of KEYS) {
    if (reading ? !key.startsWith('input:') : key !== code && !key.startsWith(`${code}#`)) continue;
    const m = problemsEn[key].exec(message);
    if (m) return problemsKo[key](m);
  }
  return message;
}
