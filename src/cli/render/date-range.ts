/**
 * A readable range of calendar days: "Dec 10 – 16", "Dec 28, 2026 – Jan 3, 2027"; in Korean
 * "12월 10일–16일". ICU's own range format (it drops what both ends share); Korean's "~" becomes
 * the en dash the rest of the interface uses.
 */
export function dateRange(from: string, to: string, lang: string): string {
  const format = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const range = format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
  // ICU puts thin spaces around the dash; plain spaces keep widths simple in every terminal.
  const plain = range.replace(/[\u2009\u202f]/g, ' ');
  return lang === 'ko' ? plain.replace(/\s*~\s*/, '–') : plain;
}
