/**
 * The cell side of the CSV/TSV reader (csv.ts): reading a row's answer, options, numbers, matching
 * pairs and metadata cells into the bank's question fields, with a problem for every cell that
 * does not fit. Split from csv.ts so the record loop stays short, and from csv-columns.ts because
 * these rules are about values, not column names.
 */
import { LEFT_IDS, LETTER_IDS } from './csv-columns.js';
import type { Row, Text } from './csv-columns.js';

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
    else if (rationale) row.report(row.filledColumn(`rationale_${letter}`), `there is no option ${letter.toUpperCase()} to explain (column option_${letter} is empty)`);
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
    row.report(row.filledColumn('option_a') ?? row.column('option_a'), `a "${type}" question needs at least 2 options (option_a, option_b, …); this row has ${options.length}`);
  }
  const example = type === 'single' ? '"B"' : type === 'multiple' ? '"A,C"' : '"C,A,B,D"';
  if (answer === '') {
    if (answerColumn) row.report(answerColumn, `the answer is missing; expected ${type === 'single' ? 'an option letter' : 'option letters'} such as ${example}`);
    return { type, options, answer: type === 'single' ? '' : [] };
  }
  if (letters === undefined) {
    const expected = declared === 'choice' ? 'an option letter such as "B", or letters such as "A,C"' : type === 'single' ? 'one option letter such as "B"' : `option letters such as ${example}`;
    row.report(answerColumn, `"${answer}" is not ${expected}`);
    return { type, options, answer: type === 'single' ? '' : [] };
  }

  const unknown = letters.filter((l) => !ids.includes(l));
  if (unknown.length > 0) {
    const named = [...new Set(unknown)].map((l) => `"${l.toUpperCase()}"`);
    row.report(answerColumn, `${named.join(', ')} ${named.length > 1 ? 'are not among' : 'is not one of'} the options ${describeLetters(ids)}`);
  }
  const repeated = [...new Set(letters.filter((l, i) => letters.indexOf(l) !== i))];
  if (type === 'single' && letters.length !== 1) {
    row.report(answerColumn, `a "single" answer is one letter such as "B"; found "${answer}" (for several, set type "multiple")`);
  } else if (type === 'multiple') {
    if (letters.length < 2) row.report(answerColumn, `a "multiple" answer names at least 2 options, such as "A,C"; found "${answer}" (for one, set type "single")`);
    else if (repeated.length > 0) row.report(answerColumn, `lists ${repeated.map((l) => l.toUpperCase()).join(', ')} more than once`);
    else if (unknown.length === 0 && letters.length >= ids.length && ids.length > 0) row.report(answerColumn, 'a "multiple" answer must leave at least one option out');
  } else if (type === 'ordering') {
    const missing = ids.filter((l) => !letters.includes(l));
    if (missing.length > 0 || repeated.length > 0) {
      const parts = [
        ...(missing.length > 0 ? [`${missing.map((l) => l.toUpperCase()).join(', ')} missing`] : []),
        ...(repeated.length > 0 ? [`${repeated.map((l) => l.toUpperCase()).join(', ')} listed more than once`] : []),
      ];
      row.report(answerColumn, `an "ordering" answer lists every option exactly once (${describeLetters(ids)}); ${parts.join('; ')}`);
    }
  }
  return { type, options, answer: type === 'single' ? (letters[0] ?? '') : letters };
}

export function readNumeric(row: Row): Body {
  const answer = row.plain('answer');
  let value = 0;
  if (answer === '') {
    if (row.header.plain.has('answer')) row.report(row.column('answer'), 'the answer is missing; expected a number such as 41.5');
  } else {
    const parsed = parseNumber(answer);
    if (parsed === undefined) row.report(row.column('answer'), `"${answer}" is not a number; expected e.g. 41.5, -1200 or 1,234.5 (a number with commas must be quoted in a CSV)`);
    else value = parsed;
  }
  const toleranceCell = row.plain('tolerance');
  let tolerance = 0;
  if (toleranceCell !== '') {
    const parsed = parseNumber(toleranceCell);
    if (parsed === undefined || parsed < 0) row.report(row.column('tolerance'), `"${toleranceCell}" is not a tolerance; expected a number of 0 or more, such as 0.005`);
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
    const items = field === 'left_1' ? 'left items (left_1, left_2, …)' : 'right items (right_a, right_b, …)';
    row.report(row.filledColumn(field) ?? row.column(field), `a "matching" question needs at least 2 ${items}; this row has ${count}`);
  }
  const answerColumn = row.column('answer');
  const answer = row.plain('answer');
  const pairs: Record<string, string> = {};
  if (answer === '') {
    if (answerColumn) row.report(answerColumn, 'the answer is missing; expected pairs of left item and right item such as "1-b 2-a 3-c"');
    return { type: 'matching', left, right, answer: pairs };
  }
  if (!/^\d+\s*[-:=]\s*[A-Za-z](?:\s*[,;]?\s*\d+\s*[-:=]\s*[A-Za-z])*$/.test(answer)) {
    row.report(answerColumn, `"${answer}" is not a list of pairs such as "1-b 2-a 3-c" (left item number, dash, right item letter)`);
    return { type: 'matching', left, right, answer: pairs };
  }
  const leftIds: string[] = left.map((l) => l.id);
  const rightIds: string[] = right.map((r) => r.id);
  for (const match of answer.matchAll(/(\d+)\s*[-:=]\s*([A-Za-z])/g)) {
    const l = String(Number(match[1]));
    const r = (match[2] ?? '').toLowerCase();
    if (!leftIds.includes(l)) row.report(answerColumn, `"${match[0]}": ${l} is not a left item (the row has ${describeList(leftIds, 'left_')})`);
    if (!rightIds.includes(r)) row.report(answerColumn, `"${match[0]}": ${r} is not a right item (the row has ${describeList(rightIds, 'right_')})`);
    if (pairs[l] !== undefined) row.report(answerColumn, `left item ${l} is matched more than once`);
    else pairs[l] = r;
  }
  const unmatched = leftIds.filter((l) => pairs[l] === undefined);
  if (unmatched.length > 0) row.report(answerColumn, `no match given for left item${unmatched.length > 1 ? 's' : ''} ${unmatched.join(', ')}; every left item needs a pair such as "${unmatched[0]}-a"`);
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
    row.report(row.column('fixed'), `"${cell}" is not option letters such as "D" or "C,D", or "all"`);
    return [];
  }
  const unknown = letters.filter((l) => !ids.includes(l));
  if (unknown.length > 0) row.report(row.column('fixed'), `${unknown.map((l) => `"${l.toUpperCase()}"`).join(', ')} ${unknown.length > 1 ? 'are not among' : 'is not one of'} the options ${describeLetters(ids)}`);
  return letters.filter((l) => ids.includes(l));
}

/** Groups of columns that only some question types use. */
const TYPE_COLUMNS: readonly { owner: string; fields: readonly string[]; usedBy: readonly string[] }[] = [
  { owner: 'single, multiple and ordering', fields: LETTER_IDS.map((l) => `option_${l}`), usedBy: ['single', 'multiple', 'ordering', 'choice'] },
  { owner: 'single, multiple and ordering', fields: LETTER_IDS.map((l) => `rationale_${l}`), usedBy: ['single', 'multiple', 'ordering', 'choice'] },
  { owner: 'matching', fields: [...LEFT_IDS.map((n) => `left_${n}`), ...LETTER_IDS.map((l) => `right_${l}`)], usedBy: ['matching'] },
  { owner: 'numeric', fields: ['tolerance', 'unit'], usedBy: ['numeric'] },
  { owner: 'single, multiple and ordering', fields: ['fixed'], usedBy: ['single', 'multiple', 'ordering', 'choice'] },
];

/** Cells that the question's type has no place for: reported, never silently dropped. */
export function checkUnusedColumns(row: Row, type: QuestionType | 'choice'): void {
  for (const group of TYPE_COLUMNS) {
    if (group.usedBy.includes(type)) continue;
    const filled = group.fields.map((f) => row.filledColumn(f)).find((c) => c !== undefined);
    if (filled) row.report(filled, `only ${group.owner} questions use this column, and this question is "${type}"; leave it empty or change "type"`);
  }
}

export function readCommon(row: Row): { fields: Record<string, unknown>; outline?: string } {
  const fields: Record<string, unknown> = {};
  const explanation = row.text('explanation');
  if (explanation) fields.explanation = explanation;

  const domain = row.plain('domain').toLowerCase();
  const taskCell = row.plain('task');
  if (domain !== '' && !(DOMAINS as readonly string[]).includes(domain)) {
    row.report(row.column('domain'), `"${row.plain('domain')}" is not a domain; expected ${DOMAINS.join(', ')}`);
  }
  let task: number | undefined;
  if (taskCell !== '') {
    if (/^\d+$/.test(taskCell) && Number(taskCell) > 0) task = Number(taskCell);
    else row.report(row.column('task'), `"${taskCell}" is not a task number; expected a whole number such as 3`);
  }
  if (domain !== '' && taskCell === '') row.report(row.column('task') ?? row.column('domain'), 'a domain needs a task number too (e.g. domain "process", task 6)');
  if (domain === '' && taskCell !== '') row.report(row.column('domain') ?? row.column('task'), 'a task number needs its domain too (people, process or business-environment)');
  if (task !== undefined && (DOMAINS as readonly string[]).includes(domain)) fields.eco = { domain, task };

  const outlineCell = row.plain('outline').toLowerCase();
  let outline: string | undefined;
  if (outlineCell !== '') {
    if ((OUTLINES as readonly string[]).includes(outlineCell)) outline = outlineCell;
    else row.report(row.column('outline'), `"${row.plain('outline')}" is not an outline; expected ${OUTLINES.join(' or ')}`);
  }

  const approach = row.plain('approach').toLowerCase();
  if (approach !== '') {
    if ((APPROACHES as readonly string[]).includes(approach)) fields.approach = approach;
    else row.report(row.column('approach'), `"${row.plain('approach')}" is not an approach; expected ${APPROACHES.join(', ')}`);
  }
  const difficulty = row.plain('difficulty');
  if (difficulty !== '') {
    if (/^[123]$/.test(difficulty)) fields.difficulty = Number(difficulty);
    else row.report(row.column('difficulty'), `"${difficulty}" is not a difficulty; expected 1 (recall), 2 (apply) or 3 (analyse)`);
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
      row.report(other.column, `lists ${countOf(other.items.length, 'reference')} but "${first.column.name}" lists ${first.items.length}; give every reference in each language, in the same order`);
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

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
  if (ids.length === 0) return '(none: every option cell is empty)';
  const upper = ids.map((l) => l.toUpperCase());
  const contiguous = ids.every((l, i) => l === LETTER_IDS[i]);
  return contiguous && ids.length > 2 ? `${upper[0]}–${upper[upper.length - 1]}` : upper.join(', ');
}

function describeList(ids: readonly string[], prefix: string): string {
  return ids.length === 0 ? `no ${prefix}… items` : ids.map((id) => `${prefix}${id}`).join(', ');
}
