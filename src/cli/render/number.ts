/** Grouped digits and a true minus sign, as the explanations write numbers: −8,000, 0.85. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(value).replace(/^-/, '\u2212');
}
