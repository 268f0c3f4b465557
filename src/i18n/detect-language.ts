/**
 * Which language the interface speaks. Apart from the catalogs, so that answers given before the
 * CLI loads (src/quick-answer.ts: `pmp --help` piped) can pick theirs without loading every message.
 */
export type Lang = 'en' | 'ko';

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
