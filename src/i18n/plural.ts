/**
 * English plurals for the catalogs, by CLDR's rules (Intl.PluralRules): "1 question",
 * "0 questions", "2 questions". Korean counts need no plural form.
 */
const RULES = new Intl.PluralRules('en');

/** The word for `n` of them: `word(2, 'day')` is "days"; irregular plurals are given. */
export function word(n: string | number | undefined, singular: string, plural = `${singular}s`): string {
  // Counts may arrive formatted ("1,234"): read the number behind the digit grouping.
  return RULES.select(Number(String(n).replace(/[,\s]/g, ''))) === 'one' ? singular : plural;
}

/** The count and its word: `count(1, 'answer')` is "1 answer", `count(0, 'answer')` "0 answers". */
export function count(n: string | number | undefined, singular: string, plural = `${singular}s`): string {
  return `${n} ${word(n, singular, plural)}`;
}
