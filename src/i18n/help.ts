/**
 * The help texts of the language in use, loaded when the program is built. Only that language's
 * pair of catalogs is imported, so `pmp --help` parses one set of strings, not both.
 */
import type { Lang } from './index.js';
import type { helpEn } from './help.en.js';
import type { helpBanksEn } from './help-banks.en.js';

export type HelpKey = keyof typeof helpEn | keyof typeof helpBanksEn;
export type HelpTexts = { readonly [K in HelpKey]: string };

export async function loadHelp(lang: Lang): Promise<HelpTexts> {
  if (lang === 'ko') {
    const [{ helpKo }, { helpBanksKo }] = await Promise.all([import('./help.ko.js'), import('./help-banks.ko.js')]);
    return { ...helpKo, ...helpBanksKo };
  }
  const [{ helpEn: core }, { helpBanksEn: banks }] = await Promise.all([import('./help.en.js'), import('./help-banks.en.js')]);
  return { ...core, ...banks };
}

/** Fills the {name} places of a help text. */
export function fillHelp(text: string, params: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
