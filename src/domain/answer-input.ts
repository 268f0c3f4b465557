import type { Response } from './question.js';
import { letterFor, type Presentation } from './presentation.js';

/**
 * Reads a typed answer — "B", "A,C", "CABD", "1-b 2-a", "41.5" — against the letters and
 * numbers of one showing. Pure: the caller turns a problem into a message in the learner's language.
 */
export type AnswerProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown-letter'; readonly letter: string; readonly last: string }
  | { readonly kind: 'one-letter' }
  | { readonly kind: 'choose-n'; readonly n: number; readonly got: number }
  | { readonly kind: 'repeated'; readonly letter: string }
  | { readonly kind: 'order-all'; readonly n: number }
  | { readonly kind: 'pair-format' }
  | { readonly kind: 'pair-missing'; readonly item: number }
  | { readonly kind: 'not-a-number' };

export type ParsedAnswer = { readonly ok: true; readonly response: Response } | { readonly ok: false; readonly problem: AnswerProblem };

const fail = (problem: AnswerProblem): ParsedAnswer => ({ ok: false, problem });

export function parseAnswer(line: string, shown: Presentation): ParsedAnswer {
  const text = line.trim();
  if (text === '') return fail({ kind: 'empty' });
  const q = shown.question;
  switch (q.type) {
    case 'single': {
      const letters = readLetters(text, shown.optionOrder.length);
      if (!letters.ok) return letters;
      if (letters.indexes.length !== 1) return fail({ kind: 'one-letter' });
      return { ok: true, response: { type: 'single', optionId: shown.optionOrder[letters.indexes[0] as number] as string } };
    }
    case 'multiple': {
      const letters = readLetters(text, shown.optionOrder.length);
      if (!letters.ok) return letters;
      if (letters.indexes.length !== q.answer.length) return fail({ kind: 'choose-n', n: q.answer.length, got: letters.indexes.length });
      return { ok: true, response: { type: 'multiple', optionIds: letters.indexes.map((i) => shown.optionOrder[i] as string) } };
    }
    case 'ordering': {
      const letters = readLetters(text, shown.optionOrder.length);
      if (!letters.ok) return letters;
      if (letters.indexes.length !== shown.optionOrder.length) return fail({ kind: 'order-all', n: shown.optionOrder.length });
      return { ok: true, response: { type: 'ordering', optionIds: letters.indexes.map((i) => shown.optionOrder[i] as string) } };
    }
    case 'matching':
      return parsePairs(text, shown);
    case 'numeric': {
      const value = parseNumber(text);
      if (value === undefined) return fail({ kind: 'not-a-number' });
      return { ok: true, response: { type: 'numeric', value } };
    }
  }
}

type Letters = { ok: true; indexes: number[] } | { ok: false; problem: AnswerProblem };

/** Letters separated by commas or spaces, or run together ("AC"); each at most once. */
function readLetters(text: string, count: number): Letters {
  const compact = text.replace(/[\s,;/]+/g, '').toUpperCase();
  const last = letterFor(count - 1);
  const indexes: number[] = [];
  for (const ch of compact) {
    const i = ch.charCodeAt(0) - 65;
    if (i < 0 || i >= count || ch.length !== 1) return { ok: false, problem: { kind: 'unknown-letter', letter: ch, last } };
    if (indexes.includes(i)) return { ok: false, problem: { kind: 'repeated', letter: ch } };
    indexes.push(i);
  }
  return { ok: true, indexes };
}

function parsePairs(text: string, shown: Presentation): ParsedAnswer {
  const q = shown.question;
  if (q.type !== 'matching') throw new Error('parsePairs needs a matching question');
  const pairs: Record<string, string> = {};
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '');
  for (const token of tokens) {
    const m = /^(\d+)\s*[-:=.]?\s*([A-Za-z])$/.exec(token);
    if (!m) return fail({ kind: 'pair-format' });
    const leftIndex = Number(m[1]) - 1;
    const rightIndex = (m[2] as string).toUpperCase().charCodeAt(0) - 65;
    const left = q.left[leftIndex];
    const right = shown.rightOrder[rightIndex];
    if (!left) return fail({ kind: 'pair-format' });
    if (right === undefined) return fail({ kind: 'unknown-letter', letter: (m[2] as string).toUpperCase(), last: letterFor(shown.rightOrder.length - 1) });
    pairs[left.id] = right;
  }
  const missing = q.left.findIndex((l) => pairs[l.id] === undefined);
  if (missing >= 0) return fail({ kind: 'pair-missing', item: missing + 1 });
  return { ok: true, response: { type: 'matching', pairs } };
}

/** "41.5", "-1200", "1,234.5", "12 500", "0.85", "85%" (percent sign ignored: the unit is the question's). */
export function parseNumber(text: string): number | undefined {
  let t = text.trim().replace(/%$/, '').trim();
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  t = t.replace(/(?<=\d)[ _](?=\d{3}\b)/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}
