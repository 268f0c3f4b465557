/**
 * Options that must not move when options are shuffled. Formats without a way to say so (Aiken,
 * GIFT, CSV without a `fixed` column) lose nothing: an option that refers to other options ("All
 * of the above" — the same test as the cue linter's, lint-cues.ts) and both options of a
 * True/False pair are pinned in place; when an option names others by letter ("Both A and C",
 * "B only"), every option of its question is. `keepOrder` (import --keep-order) pins every
 * option. Works on the loose bank form, before the schema check, so every format goes through it.
 */
import { isTrueFalsePair, namesOtherOptions, refersToOtherOptions } from '../lint-cues.js';

type LooseOption = { fixed?: unknown; text?: unknown };

function textsOf(text: unknown): string[] {
  if (typeof text === 'string') return [text];
  if (text !== null && typeof text === 'object') return Object.values(text).filter((t): t is string => typeof t === 'string');
  return [];
}

/** The text in one language ('' for a plain string); undefined when it has none there. */
function textIn(text: unknown, lang: string): string | undefined {
  if (lang === '') return typeof text === 'string' ? text : undefined;
  const value = text !== null && typeof text === 'object' ? (text as Record<string, unknown>)[lang] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Sets `fixed: true` on the options to keep in place; returns how many options it pinned. */
export function pinOptions(bank: unknown, options: { readonly keepOrder: boolean; readonly detect: boolean }): number {
  const questions = (bank as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) return 0;
  let pinned = 0;
  const pin = (o: LooseOption) => {
    if (o.fixed === true) return;
    o.fixed = true;
    pinned++;
  };
  for (const q of questions) {
    const list = (q as { options?: unknown } | null)?.options;
    if (!Array.isArray(list)) continue;
    const opts = list.filter((o): o is LooseOption => o !== null && typeof o === 'object');
    // "Both A and C" names options by their place: every option of the question keeps it.
    if (options.keepOrder || (options.detect && opts.some((o) => textsOf(o.text).some(namesOtherOptions)))) {
      opts.forEach(pin);
      continue;
    }
    if (!options.detect) continue;
    for (const o of opts) if (textsOf(o.text).some(refersToOtherOptions)) pin(o);
    if (opts.length === 2) {
      const languages = new Set(opts.flatMap((o) => (typeof o.text === 'string' ? [''] : Object.keys((o.text as object | null) ?? {}))));
      const pair = [...languages].some((lang) => isTrueFalsePair(opts.map((o) => textIn(o.text, lang))));
      if (pair) opts.forEach(pin);
    }
  }
  return pinned;
}
