/**
 * The cell side of the CSV/TSV reader (csv.ts): reading a row's answer, options, numbers, matching
 * pairs and metadata cells into the bank's question fields, with a problem for every cell that
 * does not fit. Split from csv.ts so the record loop stays short, and from csv-columns.ts because
 * these rules are about values, not column names.
 */
import { LEFT_IDS, LETTER_IDS } from './csv-columns.js';
import type { Row, Text } from './csv-columns.js';
import { say } from './reader-text.js';

export const QUESTION_TYPES = ['single', 'multiple', 'ordering', 'numeric', 'matching'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type ChoiceType = 'single' | 'multiple' | 'ordering';

const DOMAINS = ['people', 'process', 'business-environment'] as const;
const OUTLINES = ['eco-2026', 'eco-2021'] as const;
const APPROACHES = ['predictive', 'agile', 'hybrid'] as const;

export type Body = Record<string, unknown> & { type?: QuestionType };

export function readChoice(row: Row, declared: ChoiceType | 'choice'): Body {
  const options: Record<string, unknown>[] = [];
  for (const letter of LETTER_IDS) {
    const text = row.text(`option_${letter}`);
    const rationale = row.text(`rationale_${letter}`);
    if (text) options.push({ id: letter, text, ...(rationale ? { rationale } : {}) });
    else if (rationale) row.report(row.filledColumn(`rationale_${letter}`), say('csv.rationale-without-option', { letter }));
  }
  const ids = options.map((o) => o.id as string);
  for (const letter of fixedLetters(row, ids)) {
    const option = options.find((o) => o.id === letter);
    if (option) option.fixed = true;
  }
  const answer = row.plain('answer');
  const answerColumn = row.column('answer');
  const letters = answer === '' ? undefined : letterList(answer);
  const type: ChoiceType = declared !== 'choice' ? declared : letters !== undefined && letters.length > 1 ? 'multiple' : 'single';

  if (options.length < 2) {
    row.report(row.filledColumn('option_a') ?? row.column('option_a'), say('csv.too-few-options', { type, n: options.length }));
  }
  const example = type === 'single' ? '"B"' : type === 'multiple' ? '"A,C"' : '"C,A,B,D"';
  if (answer === '') {
    if (answerColumn) row.report(answerColumn, say('csv.answer-missing', { type, example }));
    return { type, options, answer: type === 'single' ? '' : [] };
  }
  if (letters === undefined) {
    row.report(answerColumn, say('csv.answer-not-letters', { answer, declared, type, example }));
    return { type, options, answer: type === 'single' ? '' : [] };
  }

  const unknown = letters.filter((l) => !ids.includes(l));
  if (unknown.length > 0) {
    const named = [...new Set(unknown)].map((l) => `"${l.toUpperCase()}"`);
    row.report(answerColumn, say('csv.answer-unknown', { letters: named.join(', '), n: named.length, options: describeLetters(ids) }));
  }
  const repeated = [...new Set(letters.filter((l, i) => letters.indexOf(l) !== i))];
  if (type === 'single' && letters.length !== 1) {
    row.report(answerColumn, say('csv.single-several', { answer }));
  } else if (type === 'multiple') {
    if (letters.length < 2) row.report(answerColumn, say('csv.multiple-one', { answer }));
    else if (repeated.length > 0) row.report(answerColumn, say('csv.answer-repeated', { letters: repeated.map((l) => l.toUpperCase()).join(', ') }));
    else if (unknown.length === 0 && letters.length >= ids.length && ids.length > 0) row.report(answerColumn, say('csv.multiple-all'));
  } else if (type === 'ordering') {
    const missing = ids.filter((l) => !letters.includes(l));
    if (missing.length > 0 || repeated.length > 0) {
      const upper = (ls: readonly string[]) => ls.map((l) => l.toUpperCase()).join(', ');
      row.report(answerColumn, say('csv.ordering-incomplete', { options: describeLetters(ids), missing: upper(missing), repeated: upper(repeated) }));
    }
  }
  return { type, options, answer: type === 'single' ? (letters[0] ?? '') : letters };
}

export function readNumeric(row: Row): Body {
  const answer = row.plain('answer');
  let value = 0;
  if (answer === '') {
    if (row.header.plain.has('answer')) row.report(row.column('answer'), say('csv.numeric-missing'));
  } else {
    const parsed = parseNumber(answer);
    if (parsed === undefined) row.report(row.column('answer'), say('csv.not-number', { answer }));
    else value = parsed;
  }
  const toleranceCell = row.plain('tolerance');
  let tolerance = 0;
  if (toleranceCell !== '') {
    const parsed = parseNumber(toleranceCell);
    if (parsed === undefined || parsed < 0) row.report(row.column('tolerance'), say('csv.not-tolerance', { value: toleranceCell }));
    else tolerance = parsed;
  }
  const unit = row.text('unit');
  return { type: 'numeric', answer: { value, tolerance }, ...(unit ? { unit } : {}) };
}

export function readMatching(row: Row): Body {
  const left = LEFT_IDS.flatMap((id) => {
    const text = row.text(`left_${id}`);
    return text ? [{ id, text }] : [];
  });
  const right = LETTER_IDS.flatMap((id) => {
    const text = row.text(`right_${id}`);
    return text ? [{ id, text }] : [];
  });
  if (left.length < 2 || right.length < 2) {
    const [field, count] = left.length < 2 ? ['left_1', left.length] : ['right_a', right.length];
    row.report(row.filledColumn(field) ?? row.column(field), say('csv.matching-too-few', { side: field === 'left_1' ? 'left' : 'right', n: count }));
  }
  const answerColumn = row.column('answer');
  const answer = row.plain('answer');
  const pairs: Record<string, string> = {};
  if (answer === '') {
    if (answerColumn) row.report(answerColumn, say('csv.matching-missing'));
    return { type: 'matching', left, right, answer: pairs };
  }
  if (!/^\d+\s*[-:=]\s*[A-Za-z](?:\s*[,;]?\s*\d+\s*[-:=]\s*[A-Za-z])*$/.test(answer)) {
    row.report(answerColumn, say('csv.matching-not-pairs', { answer }));
    return { type: 'matching', left, right, answer: pairs };
  }
  const leftIds: string[] = left.map((l) => l.id);
  const rightIds: string[] = right.map((r) => r.id);
  for (const match of answer.matchAll(/(\d+)\s*[-:=]\s*([A-Za-z])/g)) {
    const l = String(Number(match[1]));
    const r = (match[2] ?? '').toLowerCase();
    if (!leftIds.includes(l)) row.report(answerColumn, say('csv.matching-not-left', { pair: match[0], item: l, items: describeList(leftIds, 'left_') }));
    if (!rightIds.includes(r)) row.report(answerColumn, say('csv.matching-not-right', { pair: match[0], item: r, items: describeList(rightIds, 'right_') }));
    if (pairs[l] !== undefined) row.report(answerColumn, say('csv.matching-twice', { item: l }));
    else pairs[l] = r;
  }
  const unmatched = leftIds.filter((l) => pairs[l] === undefined);
  if (unmatched.length > 0) row.report(answerColumn, say('csv.matching-unmatched', { n: unmatched.length, items: unmatched.join(', '), first: unmatched[0] ?? '' }));
  return { type: 'matching', left, right, answer: pairs };
}

/**
 * The `fixed` cell: the letters of options that keep their place when options are shuffled
 * ("C,D"), or "all" (also yes, true, 1, x) for every option of the row. Empty: none beyond those
 * found to refer to other options.
 */
function fixedLetters(row: Row, ids: readonly string[]): string[] {
  const cell = row.plain('fixed');
  if (cell === '') return [];
  if (/^(all|yes|true|y|x|1)$/i.test(cell)) return [...ids];
  const letters = letterList(cell);
  if (letters === undefined) {
    row.report(row.column('fixed'), say('csv.fixed-not-letters', { value: cell }));
    return [];
  }
  const unknown = letters.filter((l) => !ids.includes(l));
  if (unknown.length > 0) row.report(row.column('fixed'), say('csv.fixed-unknown', { letters: unknown.map((l) => `"${l.toUpperCase()}"`).join(', '), n: unknown.length, options: describeLetters(ids) }));
  return letters.filter((l) => ids.includes(l));
}

/** Groups of columns that only some question types use. */
const TYPE_COLUMNS: readonly { owner: 'choice' | 'matching' | 'numeric'; fields: readonly string[]; usedBy: readonly string[] }[] = [
  { owner: 'choice', fields: LETTER_IDS.map((l) => `option_${l}`), usedBy: ['single', 'multiple', 'ordering', 'choice'] },
  { owner: 'choice', fields: LETTER_IDS.map((l) => `rationale_${l}`), usedBy: ['single', 'multiple', 'ordering', 'choice'] },
  { owner: 'matching', fields: [...LEFT_IDS.map((n) => `left_${n}`), ...LETTER_IDS.map((l) => `right_${l}`)], usedBy: ['matching'] },
  { owner: 'numeric', fields: ['tolerance', 'unit'], usedBy: ['numeric'] },
  { owner: 'choice', fields: ['fixed'], usedBy: ['single', 'multiple', 'ordering', 'choice'] },
];

/** Cells that the question's type has no place for: reported, never silently dropped. */
export function checkUnusedColumns(row: Row, type: QuestionType | 'choice'): void {
  for (const group of TYPE_COLUMNS) {
    if (group.usedBy.includes(type)) continue;
    const filled = group.fields.map((f) => row.filledColumn(f)).find((c) => c !== undefined);
    if (filled) row.report(filled, say('csv.type-column', { owner: group.owner, type }));
  }
}

export function readCommon(row: Row): { fields: Record<string, unknown>; outline?: string } {
  const fields: Record<string, unknown> = {};
  const explanation = row.text('explanation');
  if (explanation) fields.explanation = explanation;

  const domain = row.plain('domain').toLowerCase();
  const taskCell = row.plain('task');
  if (domain !== '' && !(DOMAINS as readonly string[]).includes(domain)) {
    row.report(row.column('domain'), say('csv.not-domain', { value: row.plain('domain') }));
  }
  let task: number | undefined;
  if (taskCell !== '') {
    if (/^\d+$/.test(taskCell) && Number(taskCell) > 0) task = Number(taskCell);
    else row.report(row.column('task'), say('csv.not-task', { value: taskCell }));
  }
  if (domain !== '' && taskCell === '') row.report(row.column('task') ?? row.column('domain'), say('csv.domain-without-task'));
  if (domain === '' && taskCell !== '') row.report(row.column('domain') ?? row.column('task'), say('csv.task-without-domain'));
  if (task !== undefined && (DOMAINS as readonly string[]).includes(domain)) fields.eco = { domain, task };

  const outlineCell = row.plain('outline').toLowerCase();
  let outline: string | undefined;
  if (outlineCell !== '') {
    if ((OUTLINES as readonly string[]).includes(outlineCell)) outline = outlineCell;
    else row.report(row.column('outline'), say('csv.not-outline', { value: row.plain('outline') }));
  }

  const approach = row.plain('approach').toLowerCase();
  if (approach !== '') {
    if ((APPROACHES as readonly string[]).includes(approach)) fields.approach = approach;
    else row.report(row.column('approach'), say('csv.not-approach', { value: row.plain('approach') }));
  }
  const difficulty = row.plain('difficulty');
  if (difficulty !== '') {
    if (/^[123]$/.test(difficulty)) fields.difficulty = Number(difficulty);
    else row.report(row.column('difficulty'), say('csv.not-difficulty', { value: difficulty }));
  }
  const tags = splitList(row.plain('tags'), /[;|]/);
  if (tags.length > 0) fields.tags = tags;
  const references = readReferences(row);
  if (references.length > 0) fields.references = references;
  return { fields, ...(outline !== undefined ? { outline } : {}) };
}

/** References, split on ";" in each language and paired by position across the languages. */
function readReferences(row: Row): Text[] {
  const byLanguage = row.header.texts.get('references');
  if (!byLanguage) return [];
  const lists = [...byLanguage].map(([language, column]) => ({ language, column, items: splitList(row.text('references')?.[language] ?? '', /;/) }));
  const filled = lists.filter((l) => l.items.length > 0);
  const first = filled[0];
  for (const other of filled.slice(1)) {
    if (first && other.items.length !== first.items.length) {
      row.report(other.column, say('csv.references-count', { n: other.items.length, first: first.column.name, firstN: first.items.length }));
    }
  }
  const count = Math.max(0, ...filled.map((l) => l.items.length));
  return Array.from({ length: count }, (_, i) => {
    const text: Text = {};
    for (const l of filled) {
      const item = l.items[i];
      if (item !== undefined) text[l.language] = item;
    }
    return text;
  });
}


function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "A,C", "A;C", "A C" and "AC" → ["a", "c"]; undefined when the cell is not a list of letters. */
export function letterList(answer: string): string[] | undefined {
  const compact = answer.trim().replace(/\s*[,;]\s*|\s+/g, ' ');
  if (!/^[A-Za-z](?: ?[A-Za-z])*$/.test(compact)) return undefined;
  return compact.replace(/ /g, '').toLowerCase().split('');
}

/**
 * A number as a trainer writes it: "41.5", "-1200", "1,234.5" (commas group thousands; the
 * decimal mark is a point). Exponents ("1e-7") are read because that is how a program, our CSV
 * export included, writes very small or large numbers. NaN, Infinity and "41,5" are not numbers.
 */
export function parseNumber(cell: string): number | undefined {
  const match = /^[+-]?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:[eE][+-]?\d+)?$/.exec(cell.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const value = Number(cell.trim().replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** ["a","b","c","d"] → "A–D"; ["a","c"] → "A, C". */
function describeLetters(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const upper = ids.map((l) => l.toUpperCase());
  const contiguous = ids.every((l, i) => l === LETTER_IDS[i]);
  return contiguous && ids.length > 2 ? `${upper[0]}–${upper[upper.length - 1]}` : upper.join(', ');
}

function describeList(ids: readonly string[], prefix: string): string {
  return ids.length === 0 ? '' : ids.map((id) => `${prefix}${id}`).join(', ');
}
