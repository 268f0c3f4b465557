// Per-function imports: the package's index and its locale bundle cost ~0.5 s to load.
import { lightFormat } from 'date-fns/lightFormat';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { ko as koLocale } from 'date-fns/locale/ko';
import type { Lang } from '../../i18n/index.js';

/** "in 3 days (2026-11-28 09:30)" / "3일 후 (2026-11-28 09:30)"; local time. */
export function relativeTime(at: number, now: number, lang: Lang): string {
  const absolute = lightFormat(at, 'yyyy-MM-dd HH:mm');
  if (Math.abs(at - now) < 30_000) return lang === 'ko' ? `지금 (${absolute})` : `now (${absolute})`;
  const distance = formatDistanceStrict(at, now, { addSuffix: true, ...(lang === 'ko' ? { locale: koLocale } : {}) });
  return `${distance} (${absolute})`;
}

export { isoTime } from './iso-time.js';

/** "in 3 days" / "3일 후": how far off, without the date (for times that are not scheduled). */
export function relativeDistance(at: number, now: number, lang: Lang): string {
  return formatDistanceStrict(at, now, { addSuffix: true, ...(lang === 'ko' ? { locale: koLocale } : {}) });
}
