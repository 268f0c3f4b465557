/**
 * The help texts of the language in use, loaded when the program is built. Only that language's
 * pair of catalogs is imported, so `pmp --help` parses one set of strings, not both.
 */
import type { Lang } from './index.js';
import type { helpEn } from './help.en.js';
import type { helpBanksEn } from './help-banks.en.js';
import type { helpClassEn } from './help-class.en.js';

export type HelpKey = keyof typeof helpEn | keyof typeof helpBanksEn | keyof typeof helpClassEn;
export type HelpTexts = { readonly [K in HelpKey]: string };

export async function loadHelp(lang: Lang): Promise<HelpTexts> {
  if (lang === 'ko') {
    const [{ helpKo }, { helpBanksKo }, { helpClassKo }] = await Promise.all([import('./help.ko.js'), import('./help-banks.ko.js'), import('./help-class.ko.js')]);
    return { ...helpKo, ...helpBanksKo, ...helpClassKo };
  }
  const [{ helpEn: core }, { helpBanksEn: banks }, { helpClassEn: cls }] = await Promise.all([import('./help.en.js'), import('./help-banks.en.js'), import('./help-class.en.js')]);
  return { ...core, ...banks, ...cls };
}

/** Fills the {name} places of a help text. */
export function fillHelp(text: string, params: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
