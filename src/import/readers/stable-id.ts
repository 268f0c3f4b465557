import { createHash } from 'node:crypto';

/**
 * An id for a question that has none, derived from its prompt: the same question imported again
 * gets the same id (so progress is kept and nothing is duplicated); two identical prompts in one
 * file collide, and the duplicate-id check reports them.
 */
export function stableQuestionId(prompt: string): string {
  const canonical = prompt.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `q-${createHash('sha256').update(canonical).digest('hex').slice(0, 12)}`;
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
