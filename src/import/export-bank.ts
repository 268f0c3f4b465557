/**
 * A stored bank written back in the file format (pmp-bank/1). Importing the result gives
 * "unchanged" for every question: normalising an exported text map changes nothing.
 */
import type { Bank, StoredBank } from '../domain/bank.js';
import type { Question } from '../domain/question.js';
import type { Text } from '../domain/text.js';

export function toBankFile(bank: StoredBank): Record<string, unknown> {
  const s = bank.summary;
  return fileOf({ id: s.id, title: s.title, version: s.version, outline: s.outline, languages: s.languages }, bank);
}

/** A bank just read from a file (pmp convert): the same file form. */
export function bankToFile(bank: Bank): Record<string, unknown> {
  return fileOf(bank, bank);
}

function fileOf(
  s: { readonly id: string; readonly title: Text; readonly version: string; readonly outline: string | null; readonly languages: readonly string[] },
  bank: Omit<StoredBank, 'summary'>,
): Record<string, unknown> {
  return {
    format: 'pmp-bank/1',
    id: s.id,
    title: s.title,
    version: s.version,
    ...(bank.description ? { description: bank.description } : {}),
    outline: s.outline,
    languages: s.languages,
    ...(bank.license ? { license: bank.license } : {}),
    ...(bank.authors.length > 0 ? { authors: bank.authors } : {}),
    ...(Object.keys(bank.traps).length > 0 ? { traps: bank.traps } : {}),
    ...(bank.scenarios.length > 0 ? { scenarios: bank.scenarios } : {}),
    questions: bank.questions.map(questionToFile),
  };
}

function questionToFile(q: Question): Record<string, unknown> {
  const { scenario, references, tags, ...rest } = q;
  const file: Record<string, unknown> = { ...rest };
  if (scenario) file.scenario = scenario.id;
  if (references.length > 0) file.references = references;
  if (tags.length > 0) file.tags = tags;
  if ('options' in q) file.options = q.options.map(({ fixed, ...o }) => (fixed ? { ...o, fixed } : o));
  return file;
}
