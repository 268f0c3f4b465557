/** A piece of bank text: one string per language code, normalised to NFC. */
export type Text = Readonly<Record<string, string>>;

/**
 * The text in `lang`, else in the first of `fallbacks` that has it, else in any language the
 * text has — a question is never shown blank because a bank lacks the learner's language.
 */
export function pickText(text: Text, lang: string, fallbacks: readonly string[] = []): string {
  const direct = text[lang];
  if (direct !== undefined) return direct;
  for (const l of fallbacks) {
    const t = text[l];
    if (t !== undefined) return t;
  }
  const first = Object.values(text)[0];
  return first ?? '';
}
