/**
 * The hashes a stored question is recognised by, and the JSON it is stored as. The planner
 * compares them and storage writes them, so they live here, below both. They must not change
 * from one version to the next (test/import/content-hash.test.ts): a stored hash that no longer
 * matches makes its question "updated" (content, prompt) or start over (answer) on the next import.
 */
import { hash } from 'node:crypto';
import type { PlannedQuestion } from './import-plan.js';
import type { Question } from './question.js';

// The first 16 bytes as hex. Asking for hex and slicing it is 2–3× faster than asking for a
// Buffer and encoding part of it (a Buffer per hash is costly; 300,000 hashes in a big import);
// the price is the full 64 characters kept behind each kept hash, about 13 MB at 100,000 questions.
const sha = (s: string): string => hash('sha256', s, 'hex').slice(0, 32);

/** Hash of the case text and prompt in the bank's first language, normalised (case, spaces, NFC). */
export function promptKey(question: Question, lang: string): string {
  const norm = (t: string | undefined) => (t ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const pick = (text: Readonly<Record<string, string>> | undefined) => (text ? (text[lang] ?? Object.values(text)[0]) : undefined);
  return sha(`${norm(pick(question.scenario?.text))}|${norm(pick(question.prompt))}`);
}

/**
 * The question as the questions table keeps it — JSON without its scenario (scenarios are
 * stored once, apart) — and its content hash. Without a scenario that JSON is the whole
 * question, so one text serves both: a big import writes each question's JSON once.
 */
export function storedForm(p: PlannedQuestion): { readonly body: string; readonly contentHash: string } {
  const question = p.question;
  if (question.scenario === undefined) {
    const body = JSON.stringify(question);
    return { body, contentHash: sha(body) };
  }
  const { scenario: _scenario, ...withoutScenario } = question;
  return { body: JSON.stringify(withoutScenario), contentHash: p.contentHash };
}

export function contentHash(question: Question): string {
  return sha(JSON.stringify(question));
}

/** The key alone, in a canonical form: reordering a `multiple` key is not a change. */
export function answerHash(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'ordering':
      return sha(JSON.stringify([question.type, question.answer]));
    case 'multiple':
      return sha(JSON.stringify([question.type, [...question.answer].sort()]));
    case 'matching':
      return sha(JSON.stringify([question.type, Object.entries(question.answer).sort()]));
    case 'numeric':
      return sha(JSON.stringify([question.type, question.answer.value, question.answer.tolerance]));
  }
}
