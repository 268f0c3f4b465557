import { hash } from 'node:crypto';

/**
 * An id for a question that has none, derived from its prompt: the same question imported again
 * gets the same id (so progress is kept and nothing is duplicated); two identical prompts in one
 * file collide, and the duplicate-id check reports them.
 */
export function stableQuestionId(prompt: string): string {
  const canonical = prompt.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  // crypto.hash, one call: about twice as fast as createHash().update().digest() for 100,000 questions.
  return `q-${hash('sha256', canonical, 'hex').slice(0, 12)}`;
}

/**
 * `$stableId(x)` as a mapping calls it: a number (a row number, a numeric id) is read as its text,
 * nothing gives nothing (JSONata's way: the field is then missing, and the checker says so), and
 * an object or array is refused with a message the trainer can act on — never a JavaScript error.
 */
export function stableIdBinding(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return stableQuestionId(value);
  if (typeof value === 'number' || typeof value === 'boolean') return stableQuestionId(String(value));
  const kind = Array.isArray(value) ? 'an array (several values: pick one, e.g. $stableId(field[0]))' : 'an object (pick one of its fields, e.g. $stableId(question.text))';
  throw Object.assign(new Error(`$stableId takes a text or a number; it was given ${kind}`), { code: 'PMP-ID' });
}

/** A bank id from a file name: "My Bank (v2).csv" → "my-bank-v2". */
export function bankIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = base
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'imported-bank' : id.slice(0, 100);
}
