import type { Lang } from './detect-language.js';
import type { EN } from './catalog.en.js';

/**
 * The catalogs: the core (en.ts, ko.ts) plus one pair per feature (FEATURE.en.ts, FEATURE.ko.ts),
 * so features can grow their words side by side; catalog.en.ts and catalog.ko.ts put each
 * language's together. Only the language in use is loaded (loadMessages): both were ~30 ms of
 * every command's start-up, one is about half of it.
 */
export type MessageKey = keyof typeof EN;
export type Messages = { readonly [K in MessageKey]: (p: Readonly<Record<string, string | number>>) => string };
export type { Lang } from './detect-language.js';
export { detectLanguage, parseLang } from './detect-language.js';

export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** For keys that arrive as data (error keys); undefined when there is no such message. */
  lookup(key: string, params?: Readonly<Record<string, string | number>>): string | undefined;
}

const loaded = new Map<Lang, Messages>();

/** Loads one language's messages, once; main.ts loads the language in use before anything else. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (!loaded.has(lang)) loaded.set(lang, lang === 'ko' ? (await import('./catalog.ko.js')).KO : (await import('./catalog.en.js')).EN);
}

/** The translator of a language whose messages are loaded (loadMessages). */
export function translator(lang: Lang): Translator {
  const messages = loaded.get(lang);
  if (messages === undefined) throw new Error(`the ${lang} messages are not loaded (loadMessages)`);
  const lookup = (key: string, params: Readonly<Record<string, string | number>> = {}): string | undefined => {
    const f = (messages as Record<string, ((p: Readonly<Record<string, string | number>>) => string) | undefined>)[key];
    return f ? f(params) : undefined;
  };
  return {
    lang,
    t: (key, params) => lookup(key, params) ?? key,
    lookup,
  };
}
