/**
 * A stored bank as CSV, in the columns docs/formats/csv.md documents, so a trainer can edit it in
 * a spreadsheet and import it again. CSV cannot hold scenarios, exhibits or traps, and its option
 * ids are letters: a bank that needs more is refused (export it as JSON) rather than changed.
 */
import { stringify } from 'csv-stringify/sync';
import type { Question } from '../domain/question.js';
import type { Text } from '../domain/text.js';
import { PmpError } from '../errors.js';
import type { StoredBank } from '../domain/bank.js';

const LETTERS = 'abcdefghijkl';

export function toCsv(bank: StoredBank): string {
  const reasons = csvObstacles(bank);
  if (reasons.length > 0) throw new PmpError('export.csv-cannot', 'usage', { id: bank.summary.id, reasons: reasons.join('; ') });
  const [base, ...others] = bank.summary.languages as [string, ...string[]];
  const maxOptions = Math.max(0, ...bank.questions.map((q) => ('options' in q ? q.options.length : q.type === 'matching' ? q.right.length : 0)));
  const maxLeft = Math.max(0, ...bank.questions.map((q) => (q.type === 'matching' ? q.left.length : 0)));

  const textColumns = (name: string) => [name, ...others.map((l) => `${name}_${l}`)];
  const columns = [
    'id',
    'type',
    ...textColumns('prompt'),
    ...Array.from({ length: maxOptions }, (_, i) => textColumns(`option_${LETTERS[i]}`)).flat(),
    'answer',
    ...(bank.questions.some((q) => 'options' in q && q.options.some((o) => o.fixed)) ? ['fixed'] : []),
    'tolerance',
    ...textColumns('unit'),
    ...Array.from({ length: maxLeft }, (_, i) => textColumns(`left_${i + 1}`)).flat(),
    ...Array.from({ length: maxOptions }, (_, i) => textColumns(`right_${LETTERS[i]}`)).flat(),
    ...textColumns('explanation'),
    ...Array.from({ length: maxOptions }, (_, i) => textColumns(`rationale_${LETTERS[i]}`)).flat(),
    'outline',
    'domain',
    'task',
    'approach',
    'difficulty',
    'tags',
    'references',
  ];

  const rows = bank.questions.map((q) => {
    const row: Record<string, string> = { id: q.id, type: q.type };
    const put = (name: string, text: Text | undefined) => {
      if (!text) return;
      row[name] = text[base] ?? '';
      for (const l of others) row[`${name}_${l}`] = text[l] ?? '';
    };
    put('prompt', q.prompt);
    put('explanation', q.explanation);
    if ('options' in q) {
      q.options.forEach((o, i) => {
        put(`option_${LETTERS[i]}`, o.text);
        put(`rationale_${LETTERS[i]}`, o.rationale);
      });
    }
    row.answer = answerCell(q);
    if ('options' in q) row.fixed = q.options.flatMap((o, i) => (o.fixed ? [(LETTERS[i] as string).toUpperCase()] : [])).join(',');
    if (q.type === 'numeric') {
      row.tolerance = String(q.answer.tolerance);
      put('unit', q.unit);
    }
    if (q.type === 'matching') {
      q.left.forEach((l, i) => put(`left_${i + 1}`, l.text));
      q.right.forEach((r, i) => put(`right_${LETTERS[i]}`, r.text));
    }
    if (q.eco) {
      row.outline = bank.summary.outline ?? '';
      row.domain = q.eco.domain;
      row.task = String(q.eco.task);
    }
    if (q.approach) row.approach = q.approach;
    if (q.difficulty) row.difficulty = String(q.difficulty);
    row.tags = q.tags.join(';');
    row.references = q.references.map((r) => r[base] ?? '').join(';');
    return columns.map((c) => row[c] ?? '');
  });
  return stringify([columns, ...rows]);
}

function answerCell(q: Question): string {
  switch (q.type) {
    case 'single':
      return q.answer.toUpperCase();
    case 'multiple':
    case 'ordering':
      return q.answer.map((id) => id.toUpperCase()).join(',');
    case 'matching':
      return q.left.map((l) => `${l.id}-${q.answer[l.id]}`).join(' ');
    case 'numeric':
      return String(q.answer.value);
  }
}

/** What would not survive a trip through CSV. */
function csvObstacles(bank: StoredBank): string[] {
  const reasons = new Set<string>();
  if (bank.scenarios.length > 0) reasons.add('it has scenarios');
  if (Object.keys(bank.traps).length > 0) reasons.add('its options carry traps');
  for (const q of bank.questions) {
    if (q.exhibit) reasons.add('it has exhibits');
    if (q.references.some((r) => Object.keys(r).length > 1)) reasons.add('its references are in several languages');
    if ('options' in q && q.options.some((o, i) => o.id !== LETTERS[i])) reasons.add(`question ${q.id} has option ids other than a, b, c…`);
    if (q.type === 'matching' && (q.left.some((l, i) => l.id !== String(i + 1)) || q.right.some((r, i) => r.id !== LETTERS[i]))) {
      reasons.add(`matching question ${q.id} has item ids other than 1, 2… and a, b…`);
    }
    if (q.tags.some((t) => /[;|]/.test(t))) reasons.add('a tag contains ";" or "|"');
  }
  return [...reasons];
}
