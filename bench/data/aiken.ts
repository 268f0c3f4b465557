/**
 * The benchmark bank written as Aiken (docs/formats/aiken.md), for timing the Aiken reader at
 * the same size: every question becomes a single-answer one with its English prompt (numbered,
 * since Aiken ids come from the prompt) and its options or four made from its own words.
 */
export function aikenFromBank(bank: Record<string, unknown>): string {
  const questions = bank.questions as { prompt: { en: string }; options?: { text: string }[]; answer?: unknown; explanation: string }[];
  const blocks = questions.map((q, i) => {
    const options = q.options ?? ['a', 'b', 'c', 'd'].map((_, k) => ({ text: `${q.explanation.slice(0, -1)} ${k + 1}.` }));
    const key = typeof q.answer === 'string' ? q.answer.charCodeAt(0) - 97 : 0;
    const lines = [`${i + 1}. ${q.prompt.en}`, ...options.map((o, k) => `${String.fromCharCode(65 + k)}. ${o.text}`), `ANSWER: ${String.fromCharCode(65 + key)}`];
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
