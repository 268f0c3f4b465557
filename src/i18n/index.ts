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
import { studyEn } from './study.en.js';
import { studyKo } from './study.ko.js';
import { reportEn } from './report.en.js';
import { reportKo } from './report.ko.js';

/**
 * The catalogs: the core (en.ts, ko.ts) plus one pair per feature (FEATURE.en.ts, FEATURE.ko.ts),
 * so features can grow their words side by side. The Korean of each is typed against its English.
 */
const EN = { ...en, ...readinessEn, ...calibrationEn, ...statsEn, ...planEn, ...optimizeEn, ...examEn, ...configEn, ...studyEn, ...reportEn } as const;
const KO: { readonly [K in MessageKey]: (p: Readonly<Record<string, string | number>>) => string } = { ...ko, ...readinessKo, ...calibrationKo, ...statsKo, ...planKo, ...optimizeKo, ...examKo, ...configKo, ...studyKo, ...reportKo };

export type MessageKey = keyof typeof EN;
export type Lang = 'en' | 'ko';

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

/**
 * The interface language: --lang, else PMP_LANG, else the system locale (LC_ALL, LC_MESSAGES,
 * LANG, as POSIX orders them), else the locale Intl reports; Korean when it starts with "ko",
 * English otherwise.
 */
export function detectLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  systemLocale: () => string = intlLocale,
): Lang | undefined {
  if (flag !== undefined) return parseLang(flag);
  if (env.PMP_LANG) return parseLang(env.PMP_LANG) ?? 'en';
  // The first of these that names a language decides; "C" and "POSIX" name none.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '' && !/^(C|POSIX)([._@].*)?$/i.test(v));
  // No variable says it (Windows sets none of them): the locale the platform reports through Intl.
  return (locale ?? systemLocale()).toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The platform's locale as ICU sees it (e.g. "ko-KR"); "" if Intl cannot say. */
function intlLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return '';
  }
}

export function parseLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase();
  if (v.startsWith('ko')) return 'ko';
  if (v.startsWith('en')) return 'en';
  return undefined;
}
