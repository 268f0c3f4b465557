/**
 * The mapping side of the GIFT reader (gift.ts): each question gift-pegjs parsed becomes one of
 * ours (multiple choice, true/false, matching, numerical), or a message saying why it cannot.
 * Kept apart from the block splitting (gift-blocks.ts) because it knows our format and GIFT's
 * question types, not lines; gift.ts adds the id, tags and explanation every type shares.
 */
import type { GIFTQuestion, Matching, MultipleChoice, Numerical, NumericalFormat, TextFormat, TrueFalse } from 'gift-pegjs';
import type { z } from 'zod';
import type { questionSchema } from '../bank-schema.js';
import type { ReaderCode } from '../../i18n/readers.en.js';
import type { ReaderParams } from './reader-text.js';

/** What the reader produces: the schema's input side, so the compiler checks our field names. */
export type LooseQuestion = z.input<typeof questionSchema>;
export type LooseText = Readonly<Record<string, string>>;

/** A parsed GIFT question; categories are not questions and are read before this. */
export type GiftItem = Exclude<GIFTQuestion, { type: 'Category' }>;


/** A question without the fields every type gets the same way (id, explanation, tags). */
type QuestionBody = LooseQuestion extends infer Q ? (Q extends unknown ? Omit<Q, 'id' | 'explanation' | 'tags'> : never) : never;

type Converted =
  | { readonly ok: true; readonly question: QuestionBody; readonly explanation?: string }
  | { readonly ok: false; readonly code: ReaderCode; readonly params: ReaderParams };

/** Why the question cannot be read; gift.ts names the question in the message. */
const fail = (code: ReaderCode, params: ReaderParams = {}): Converted => ({ ok: false, code, params });

export function convertQuestion(item: GiftItem, language: string): Converted {
  const t = (s: string) => textIn(language, s);
  const prompt = t(item.stem.text);
  // Text after the closing "}" makes any GIFT question a missing-word one (the answers fill a gap).
  if (item.hasEmbeddedAnswers) {
    return fail('gift.missing-word');
  }
  switch (item.type) {
    case 'Description':
      return fail('gift.description');
    case 'Essay':
      return fail('gift.essay');
    case 'Short':
      return fail('gift.short-answer');
    case 'MC':
      return withGeneralFeedback(fromMultipleChoice(item, prompt, t), item.globalFeedback);
    case 'TF':
      return withGeneralFeedback(fromTrueFalse(item, prompt, language, t), item.globalFeedback);
    case 'Matching':
      return withGeneralFeedback(fromMatching(item, prompt, t), item.globalFeedback);
    case 'Numerical':
      return withGeneralFeedback(fromNumerical(item, prompt), item.globalFeedback);
  }
}

/** General feedback (`####…`) is the explanation; it wins over any other text that could be one. */
function withGeneralFeedback(converted: Converted, feedback: TextFormat | null): Converted {
  const general = feedbackText(feedback);
  return converted.ok && general !== undefined ? { ...converted, explanation: general } : converted;
}


/** Option ids in file order: a, b, c, … (the schema allows at most 12 options). */
function letterId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}

/**
 * One "=" is the key of a single-answer question. Without "=", the options with a positive
 * `%weight%` are the key: one makes a single-answer question, several a multiple-answer one (our
 * format has no partial credit, so a ~%50% option next to an "=" answer counts as wrong).
 */
function fromMultipleChoice(q: MultipleChoice, prompt: LooseText, t: (s: string) => LooseText): Converted {
  const options = q.choices.map((c, i) => ({ id: letterId(i), text: t(c.text.text), ...rationaleOf(c.feedback, t) }));
  const marked = q.choices.flatMap((c, i) => (c.isCorrect ? [letterId(i)] : []));
  if (marked.length > 1) {
    return fail('gift.several-equals', { n: marked.length });
  }
  const [onlyMarked] = marked;
  if (marked.length === 1 && onlyMarked !== undefined) return { ok: true, question: { type: 'single', prompt, options, answer: onlyMarked } };
  const weighted = q.choices.flatMap((c, i) => ((c.weight ?? 0) > 0 ? [letterId(i)] : []));
  if (weighted.length === 0) {
    return fail(q.choices.some((c) => c.weight !== null) ? 'gift.weights-select-none' : 'gift.no-right-option');
  }
  const [onlyWeighted] = weighted;
  if (weighted.length === 1 && onlyWeighted !== undefined) return { ok: true, question: { type: 'single', prompt, options, answer: onlyWeighted } };
  return { ok: true, question: { type: 'multiple', prompt, options, answer: weighted } };
}

const TRUE_FALSE_WORDS: Readonly<Record<string, readonly [string, string]>> = { ko: ['참', '거짓'] };

/**
 * In `{T#feedback1#feedback2}` Moodle shows the first feedback for the wrong answer and the
 * second for the right one. gift-pegjs calls them trueFeedback and falseFeedback by position
 * alone, whatever the key: read those names as "first" and "second".
 */
function fromTrueFalse(q: TrueFalse, prompt: LooseText, language: string, t: (s: string) => LooseText): Converted {
  const [yes, no] = TRUE_FALSE_WORDS[language.split('-')[0] ?? language] ?? ['True', 'False'];
  const wrongFeedback = q.trueFeedback;
  const rightFeedback = q.falseFeedback;
  const options = [
    { id: 'true', text: t(yes), ...rationaleOf(q.isTrue ? rightFeedback : wrongFeedback, t) },
    { id: 'false', text: t(no), ...rationaleOf(q.isTrue ? wrongFeedback : rightFeedback, t) },
  ];
  return { ok: true, question: { type: 'single', prompt, options, answer: q.isTrue ? 'true' : 'false' } };
}

/**
 * `=item -> match` pairs. Equal matches become one right-hand candidate; a pair with no item
 * (`= -> spare`) is Moodle's way to add a candidate that matches nothing.
 */
function fromMatching(q: Matching, prompt: LooseText, t: (s: string) => LooseText): Converted {
  const left: { id: string; text: LooseText }[] = [];
  const right: { id: string; text: LooseText }[] = [];
  const rightIds = new Map<string, string>();
  const answer: Record<string, string> = {};
  for (const pair of q.matchPairs) {
    const match = matchText(pair.subanswer);
    let rightId = rightIds.get(match);
    if (rightId === undefined) {
      rightId = letterId(right.length);
      rightIds.set(match, rightId);
      right.push({ id: rightId, text: t(match) });
    }
    if (pair.subquestion.text.trim() === '') continue;
    const leftId = String(left.length + 1);
    left.push({ id: leftId, text: t(pair.subquestion.text) });
    answer[leftId] = rightId;
  }
  return { ok: true, question: { type: 'matching', prompt, left, right, answer } };
}

/** gift-pegjs's escape markers (its grammar's `escapedCharacters`), which it leaves in match texts. */
const ESCAPE_MARKERS: readonly (readonly [string, string])[] = [
  ['&&092;', '\\'],
  ['&&058;', ':'],
  ['&&035;', '#'],
  ['&&061;', '='],
  ['&&123;', '{'],
  ['&&125;', '}'],
  ['&&126;', '~'],
  ['&&010', '\n'],
];

/** The right side of a pair is the one text gift-pegjs neither unescapes nor strips of `[format]`. */
function matchText(raw: string): string {
  const decoded = ESCAPE_MARKERS.reduce((s, [marker, char]) => s.split(marker).join(char), raw);
  return decoded.replace(/^\[(?:html|moodle|markdown|plain)\]\s*/, '').trim();
}

/**
 * `{#3.5:0.1}`, `{#1..5}` (the middle, ± half the width) or several answers, of which the first
 * with full credit is the key. A lone numeric answer has no feedback in GIFT; with several, the
 * key's feedback explains it when there is no general feedback.
 */
function fromNumerical(q: Numerical, prompt: LooseText): Converted {
  const choices = q.choices;
  if (!Array.isArray(choices)) {
    const answer = numericAnswer(choices);
    return answer ? { ok: true, question: { type: 'numeric', prompt, answer } } : fail('gift.numeric-not-number');
  }
  // The typings say NumericalChoice.text is a number; for `~#feedback` gift-pegjs puts the text
  // "*" there (Moodle's "any other answer"), which is never the key.
  const key = (choices as readonly NumericChoiceOut[]).find((c) => c.isCorrect && (c.weight === null || c.weight >= 100) && isNumber(c.text));
  const answer = key && isNumber(key.text) ? numericAnswer(key.text) : undefined;
  if (!key || !answer) return fail('gift.numeric-no-key');
  const feedback = feedbackText(key.feedback);
  return { ok: true, question: { type: 'numeric', prompt, answer }, ...(feedback !== undefined ? { explanation: feedback } : {}) };
}

interface NumericChoiceOut {
  readonly isCorrect: boolean;
  readonly weight: number | null;
  readonly text: NumericalFormat | TextFormat;
  readonly feedback: TextFormat | null;
}

function isNumber(text: NumericalFormat | TextFormat): text is NumericalFormat {
  return 'type' in text;
}

function numericAnswer(n: NumericalFormat): { value: number; tolerance: number } | undefined {
  switch (n.type) {
    case 'simple':
      return n.number === undefined ? undefined : { value: n.number, tolerance: 0 };
    case 'range':
      return n.number === undefined || n.range === undefined ? undefined : { value: n.number, tolerance: Math.abs(n.range) };
    case 'high-low':
      if (n.numberLow === undefined || n.numberHigh === undefined) return undefined;
      return { value: tidy((n.numberLow + n.numberHigh) / 2), tolerance: tidy(Math.abs(n.numberHigh - n.numberLow) / 2) };
  }
}

/** (3.141 + 3.142) / 2 is 3.1414999999999997 in binary floating point; the author meant 3.1415. */
function tidy(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// Texts

export function textIn(language: string, text: string): LooseText {
  return { [language]: text };
}

function feedbackText(feedback: TextFormat | null | undefined): string | undefined {
  const text = feedback?.text.trim();
  return text ? text : undefined;
}

function rationaleOf(feedback: TextFormat | null, t: (s: string) => LooseText): { rationale?: LooseText } {
  const text = feedbackText(feedback);
  return text === undefined ? {} : { rationale: t(text) };
}
