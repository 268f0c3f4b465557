/**
 * The per-type side of the Moodle XML reader (moodle-xml.ts): one `<question type="…">` element
 * becomes one of our questions (multichoice, truefalse, matching, numerical), or a message saying
 * why it cannot. Kept apart from the file walk because it knows Moodle's question types and our
 * format, not files, categories or ids.
 */
import { child, childrenNamed, textOf, type XmlElement } from './xml-tree.js';
import { plainTextOf, refersToImage } from './html-text.js';
import type { LooseQuestion, LooseText } from './gift-questions.js';
import type { ReaderCode } from '../../i18n/readers.en.js';
import type { ReaderParams } from './reader-text.js';

/** A text to say about the question (moodle-xml.ts names the question in it). */
export interface Note {
  readonly code: ReaderCode;
  readonly params: ReaderParams;
}

/** A question without the fields every type gets the same way (id, tags). */
export type QuestionBody = LooseQuestion extends infer Q ? (Q extends unknown ? Omit<Q, 'id' | 'tags'> : never) : never;

export type Converted =
  | { readonly ok: true; readonly question: QuestionBody; readonly notes: readonly Note[]; readonly partialCredit?: boolean }
  | ({ readonly ok: false } & Note);

/** The types read; every other is listed and skipped. */
export const SUPPORTED_TYPES = ['multichoice', 'truefalse', 'matching', 'numerical'] as const;


const TRUE_FALSE_WORDS: Readonly<Record<string, readonly [string, string]>> = { ko: ['참', '거짓'] };

/** Ids of options in file order: a, b, c, … */
function letterId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}

export interface Texts {
  readonly language: string;
  /**
   * Where the question shows images, collected while its texts are read: "question", "general",
   * "option:N", "feedback:N", "subquestion:N", "answer-feedback", "true", "false" (readers.*.ts say them).
   */
  readonly notes: string[];
}

/** `<name format="…"><text>…</text></name>` as plain text; notes an image it shows. */
export function readText(texts: Texts, holder: XmlElement | undefined, what: string): string {
  if (!holder) return '';
  const raw = textOf(holder) ?? '';
  if (refersToImage(raw) && !texts.notes.includes(what)) texts.notes.push(what);
  return plainTextOf(raw, holder.attributes.format);
}

const inLanguage = (texts: Texts, s: string): LooseText => ({ [texts.language]: s });

function rationale(texts: Texts, answer: XmlElement, what: string): { rationale?: LooseText } {
  const text = readText(texts, child(answer, 'feedback'), what);
  return text === '' ? {} : { rationale: inLanguage(texts, text) };
}

function fraction(answer: XmlElement): number {
  const value = Number.parseFloat(answer.attributes.fraction ?? '0');
  return Number.isFinite(value) ? value : 0;
}

const isTrue = (s: string | undefined) => s !== undefined && ['true', '1'].includes(s.trim().toLowerCase());
const isFalse = (s: string | undefined) => s !== undefined && ['false', '0'].includes(s.trim().toLowerCase());

export function convertQuestion(type: string, q: XmlElement, prompt: LooseText, texts: Texts): Converted {
  switch (type) {
    case 'multichoice':
      return fromMultichoice(q, prompt, texts);
    case 'truefalse':
      return fromTrueFalse(q, prompt, texts);
    case 'matching':
      return fromMatching(q, prompt, texts);
    case 'numerical':
      return fromNumerical(q, prompt, texts);
    default:
      return { ok: false, code: 'moodle.type-not-read', params: { type } };
  }
}

/**
 * `<single>true</single>`: the answer with the highest grade is the key; `<single>false</single>`
 * ("choose N"): every answer with a positive grade is. Moodle gives partial credit for each right
 * option chosen; a pmp-study question is right only when exactly its key is chosen, so the caller
 * warns about it. `<shuffleanswers>0</shuffleanswers>` keeps every option where the author put it.
 */
function fromMultichoice(q: XmlElement, prompt: LooseText, texts: Texts): Converted {
  const answers = childrenNamed(q, 'answer');
  if (answers.length < 2) return { ok: false, code: 'moodle.too-few-answers', params: { n: answers.length } };
  const keepInPlace = isFalse(textOf(q, 'shuffleanswers'));
  const options = answers.map((a, i) => {
    const text = readText(texts, a, `option:${i + 1}`);
    return { id: letterId(i), text: inLanguage(texts, text), ...(keepInPlace ? { fixed: true } : {}), ...rationale(texts, a, `feedback:${i + 1}`) };
  });
  const empty = options.findIndex((o) => Object.values(o.text)[0] === '');
  if (empty >= 0) return { ok: false, code: 'moodle.option-no-text', params: { option: empty + 1 } };
  const grades = answers.map(fraction);
  const best = Math.max(...grades);
  if (best <= 0) return { ok: false, code: 'moodle.no-positive-grade', params: {} };
  const notes: Note[] = [];
  if (!isFalse(textOf(q, 'single'))) {
    const keys = grades.flatMap((g, i) => (g === best ? [letterId(i)] : []));
    if (keys.length > 1) return { ok: false, code: 'moodle.single-several-keys', params: { n: keys.length, grade: best } };
    const partial = grades.flatMap((g, i) => (g > 0 && g < best ? [String(i + 1)] : []));
    if (partial.length > 0) notes.push({ code: 'moodle.partial-options', params: { n: partial.length, options: partial.join(', ') } });
    return { ok: true, question: { type: 'single', prompt, options, answer: keys[0] ?? '' }, notes };
  }
  const keys = grades.flatMap((g, i) => (g > 0 ? [letterId(i)] : []));
  if (keys.length === 1) return { ok: true, question: { type: 'single', prompt, options, answer: keys[0] ?? '' }, notes };
  if (keys.length === options.length) return { ok: false, code: 'moodle.all-positive', params: {} };
  return { ok: true, question: { type: 'multiple', prompt, options, answer: keys }, notes, partialCredit: true };
}

/** Moodle writes the two answers as "true" and "false", the right one at 100%. */
function fromTrueFalse(q: XmlElement, prompt: LooseText, texts: Texts): Converted {
  const answers = childrenNamed(q, 'answer');
  const find = (word: string) => answers.find((a) => (textOf(a) ?? '').trim().toLowerCase() === word);
  const yes = find('true');
  const no = find('false');
  if (!yes || !no) return { ok: false, code: 'moodle.true-false-missing', params: {} };
  const key = fraction(yes) > fraction(no) ? 'true' : fraction(no) > fraction(yes) ? 'false' : undefined;
  if (key === undefined) return { ok: false, code: 'moodle.true-false-same', params: {} };
  const [trueWord, falseWord] = TRUE_FALSE_WORDS[texts.language.split('-')[0] ?? texts.language] ?? ['True', 'False'];
  const options = [
    // True stays before False, as Moodle shows them.
    { id: 'true', text: inLanguage(texts, trueWord), fixed: true, ...rationale(texts, yes, 'true') },
    { id: 'false', text: inLanguage(texts, falseWord), fixed: true, ...rationale(texts, no, 'false') },
  ];
  return { ok: true, question: { type: 'single', prompt, options, answer: key }, notes: [] };
}

/**
 * `<subquestion><text>left</text><answer><text>right</text></answer></subquestion>`. Equal right
 * texts are one right-hand item; a subquestion without text is Moodle's extra wrong match.
 */
function fromMatching(q: XmlElement, prompt: LooseText, texts: Texts): Converted {
  const left: { id: string; text: LooseText }[] = [];
  const right: { id: string; text: LooseText }[] = [];
  const rightIds = new Map<string, string>();
  const answer: Record<string, string> = {};
  childrenNamed(q, 'subquestion').forEach((sub, i) => {
    const match = (textOf(child(sub, 'answer')) ?? '').trim();
    if (match === '') return;
    let rightId = rightIds.get(match);
    if (rightId === undefined) {
      rightId = letterId(right.length);
      rightIds.set(match, rightId);
      right.push({ id: rightId, text: inLanguage(texts, match) });
    }
    const item = readText(texts, sub, `subquestion:${i + 1}`);
    if (item === '') return;
    const leftId = String(left.length + 1);
    left.push({ id: leftId, text: inLanguage(texts, item) });
    answer[leftId] = rightId;
  });
  if (left.length < 2) return { ok: false, code: 'moodle.matching-too-few', params: { n: left.length } };
  return { ok: true, question: { type: 'matching', prompt, left, right, answer }, notes: [] };
}

/**
 * The first answer at 100% with a number is the key, its `<tolerance>` the tolerance; "*" is
 * Moodle's "any other answer". The unit with multiplier 1 is the question's unit.
 */
function fromNumerical(q: XmlElement, prompt: LooseText, texts: Texts): Converted {
  const key = childrenNamed(q, 'answer').find((a) => fraction(a) >= 100 && Number.isFinite(Number((textOf(a) ?? '').trim())) && (textOf(a) ?? '').trim() !== '');
  if (!key) return { ok: false, code: 'moodle.numeric-no-key', params: {} };
  const value = Number((textOf(key) ?? '').trim());
  const tolerance = Math.abs(Number.parseFloat(textOf(key, 'tolerance') ?? '0') || 0);
  const unit = childrenNamed(child(q, 'units'), 'unit').find((u) => Number.parseFloat(textOf(u, 'multiplier') ?? '1') === 1);
  const unitName = unit ? (textOf(unit, 'unit_name') ?? '').trim() : '';
  const feedback = readText(texts, child(key, 'feedback'), 'answer-feedback');
  return {
    ok: true,
    question: {
      type: 'numeric',
      prompt,
      answer: { value, tolerance },
      ...(unitName !== '' ? { unit: inLanguage(texts, unitName) } : {}),
      ...(feedback !== '' ? { explanation: inLanguage(texts, feedback) } : {}),
    },
    notes: [],
  };
}
