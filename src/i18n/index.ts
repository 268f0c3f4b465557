import type { Lang } from './detect-language.js';
import { en } from './en.js';
import { ko } from './ko.js';
import { readinessEn } from './readiness.en.js';
import { statsEn } from './stats.en.js';
import { calibrationEn } from './calibration.en.js';
import { statsKo } from './stats.ko.js';
import { readinessKo } from './readiness.ko.js';
import { planEn } from './plan.en.js';
import { calibrationKo } from './calibration.ko.js';
import { planKo } from './plan.ko.js';
import { optimizeEn } from './optimize.en.js';
import { optimizeKo } from './optimize.ko.js';
import { examEn } from './exam.en.js';
import { examKo } from './exam.ko.js';
import { configEn } from './config.en.js';
import { configKo } from './config.ko.js';
import { bankFilesEn } from './bank-files.en.js';
import { bankFilesKo } from './bank-files.ko.js';
import { classEn } from './class.en.js';
import { classKo } from './class.ko.js';
import { formatsEn } from './formats.en.js';
import { formatsKo } from './formats.ko.js';
import { examScreenEn } from './exam-screen.en.js';
import { examScreenKo } from './exam-screen.ko.js';
import { studyEn } from './study.en.js';
import { studyKo } from './study.ko.js';
import { reportEn } from './report.en.js';
import { reportKo } from './report.ko.js';
import { sessionEn } from './session.en.js';
import { sessionKo } from './session.ko.js';
import { banksEn } from './banks.en.js';
import { banksKo } from './banks.ko.js';
import { doctorEn } from './doctor.en.js';
import { doctorKo } from './doctor.ko.js';
import { listsEn } from './lists.en.js';
import { listsKo } from './lists.ko.js';
import { readersEn } from './readers.en.js';
import { readersKo } from './readers.ko.js';

/**
 * The catalogs: the core (en.ts, ko.ts) plus one pair per feature (FEATURE.en.ts, FEATURE.ko.ts),
 * so features can grow their words side by side. The Korean of each is typed against its English.
 */
const EN = { ...en, ...sessionEn, ...banksEn, ...doctorEn, ...listsEn, ...readinessEn, ...calibrationEn, ...statsEn, ...planEn, ...optimizeEn, ...examEn, ...configEn, ...bankFilesEn, ...classEn, ...formatsEn, ...examScreenEn, ...studyEn, ...reportEn, ...readersEn } as const;
const KO: { readonly [K in MessageKey]: (p: Readonly<Record<string, string | number>>) => string } = { ...ko, ...sessionKo, ...banksKo, ...doctorKo, ...listsKo, ...readinessKo, ...calibrationKo, ...statsKo, ...planKo, ...optimizeKo, ...examKo, ...configKo, ...bankFilesKo, ...classKo, ...formatsKo, ...examScreenKo, ...studyKo, ...reportKo, ...readersKo };

export type MessageKey = keyof typeof EN;
export type { Lang } from './detect-language.js';
export { detectLanguage, parseLang } from './detect-language.js';

export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** For keys that arrive as data (error keys); undefined when there is no such message. */
  lookup(key: string, params?: Readonly<Record<string, string | number>>): string | undefined;
}

const CATALOGS = { en: EN, ko: KO } as const;

export function translator(lang: Lang): Translator {
  const messages = CATALOGS[lang];
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
