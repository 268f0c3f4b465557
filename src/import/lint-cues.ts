/**
 * Test-taking cues: what lets a candidate pick the key without knowing project management.
 * Exam writers check items for these; so do we, on our banks and on trainers'. Pure.
 *
 * - the key is the longest option far more often than chance (writers qualify the right answer
 *   until it is longer than the rest) — or, in a bank written to avoid that, the shortest;
 * - absolute words (always, never, only, all) on wrong options but not on the key (candidates
 *   learn that absolutes are wrong);
 * - two options with the same text (a question with two identical answers cannot be right);
 * - an option that refers to other options ("Both A and B", "All of the above"): shuffling moves
 *   the options it names, so it must stay fixed in place — and even then it is a weak item.
 */
import type { Bank } from '../domain/bank.js';
import type { ChoiceOption, Question } from '../domain/question.js';

export interface CueFinding {
  readonly code: 'key-longest' | 'key-shortest' | 'absolute-word' | 'same-option' | 'option-refers';
  readonly questionIndex?: number;
  readonly questionId?: string;
  readonly path?: readonly (string | number)[];
  readonly message: string;
}

/** The share of single-answer keys that may be the strictly longest option (chance is about 1 in 4). */
export const DEFAULT_MAX_KEY_LONGEST = 0.3;
/** The same for the strictly shortest option: "never the long one" is as easy to learn. */
export const DEFAULT_MAX_KEY_SHORTEST = 0.3;

export interface KeyLengthLimits {
  readonly longest: number;
  readonly shortest: number;
}
/** Below this many single-answer questions the share says little: a bank of five is not judged. */
export const KEY_LONGEST_MIN_QUESTIONS = 10;

const ABSOLUTE_WORDS: Readonly<Record<string, RegExp>> = {
  en: /\b(always|never|only|all)\b/i,
  // Korean has no word boundaries that \b understands; these words are absolute wherever they stand.
  ko: /(반드시|절대|항상|결코|오직)/,
};
const DEFAULT_ABSOLUTE = ABSOLUTE_WORDS.en as RegExp;

/** Options that name other options by letter ("Both A and C", "B only"), or stand for a pair ("Neither"). */
const NAMES_OPTIONS: readonly RegExp[] = [
  /\b([Bb]oth|[Ee]ither|[Nn]either) [A-H] (and|or|nor) [A-H]\b/,
  /\b[A-H] and [A-H](,? and [A-H])? (only|together)\b/,
  /\b(options?|answers?|choices?) [A-H](\b|,)/,
  /^(both|neither)[.!]?$/i,
  /^(only )?[A-H]( only)?[.]?$/,
  /(보기|선택지) ?[A-H①-⑧]/,
  /^[A-H] ?(와|과|및|,) ?[A-H]/,
];

const REFERS_TO_OPTIONS: readonly RegExp[] = [
  /\b(all|none|both|neither|any) of the (above|options|answers|choices|preceding)\b/i,
  /^(all|none|both|neither) of these\b/i,
  /^(all|none)[.!]?$/i,
  /(^|\s)위(의|에서)? (모든|모두|전부|어느)/,
  /(모두|전부) (정답|옳다|맞다|해당)/,
  /정답 ?없음/,
  ...NAMES_OPTIONS,
];

/**
 * True when an option's text refers to other options ("All of the above", "Both A and B",
 * "위의 모든 것"): shuffling would move what it names. The readers pin such options in place with the
 * same test (src/import/readers/pin-options.ts).
 */
export function refersToOtherOptions(text: string): boolean {
  return REFERS_TO_OPTIONS.some((re) => re.test(text));
}

/**
 * True when an option names other options by their letter ("Both A and C", "B only"): shuffling
 * any option then changes what it says, so the readers keep the whole question in file order.
 */
export function namesOtherOptions(text: string): boolean {
  return NAMES_OPTIONS.some((re) => re.test(text));
}

const TRUE_FALSE_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/^true$/i, /^false$/i],
  [/^yes$/i, /^no$/i],
  [/^correct$/i, /^incorrect$/i],
  [/^(참|맞다|맞음|예|네)$/, /^(거짓|틀리다|틀림|아니오|아니요)$/],
  [/^o$/i, /^x$/i],
];

/** Two options that read True/False (Yes/No, 참/거짓 …), in either order: they keep their order. */
export function isTrueFalsePair(texts: readonly (string | undefined)[]): boolean {
  if (texts.length !== 2) return false;
  const [a, b] = texts.map((t) => (t ?? '').trim().replace(/[.。]$/, ''));
  return TRUE_FALSE_PAIRS.some(([yes, no]) => (yes.test(a ?? '') && no.test(b ?? '')) || (no.test(a ?? '') && yes.test(b ?? '')));
}

export function lintCues(bank: Bank, limits: KeyLengthLimits = { longest: DEFAULT_MAX_KEY_LONGEST, shortest: DEFAULT_MAX_KEY_SHORTEST }): CueFinding[] {
  const findings: CueFinding[] = [];
  bank.questions.forEach((q, index) => {
    if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'ordering') return;
    const at = (k: number, ...rest: (string | number)[]) => ['questions', index, 'options', k, ...rest];
    const base = { questionIndex: index, questionId: q.id };
    for (const lang of bank.languages) {
      findings.push(...sameOptions(q.options, lang).map(([k, first]) => ({ ...base, code: 'same-option' as const, path: at(k, 'text'), message: sameOptionMessage(q.options, k, first, lang) })));
      q.options.forEach((o, k) => {
        const text = o.text[lang];
        if (text !== undefined && !o.fixed && refersToOtherOptions(text)) {
          findings.push({ ...base, code: 'option-refers', path: at(k, 'text'), message: `option "${o.id}" refers to other options (${lang}: "${clip(text)}"); shuffling moves them — rewrite it, or mark it "fixed": true` });
        }
      });
      if (q.type !== 'ordering') findings.push(...absoluteWords(q, lang).map((k) => ({ ...base, code: 'absolute-word' as const, path: at(k, 'text'), message: absoluteMessage(q, k, lang) })));
    }
  });
  findings.push(...keyLength(bank, 'longest', limits.longest), ...keyLength(bank, 'shortest', limits.shortest));
  return findings;
}

/**
 * Two options of one question with the same text (in any language): the question cannot be right.
 * `pmp validate` reports these among its cue findings; `pmp import` refuses the file with them.
 */
export function sameOptionFindings(bank: Bank): CueFinding[] {
  const findings: CueFinding[] = [];
  bank.questions.forEach((q, index) => {
    if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'ordering') return;
    for (const lang of bank.languages) {
      for (const [k, first] of sameOptions(q.options, lang)) {
        findings.push({ questionIndex: index, questionId: q.id, code: 'same-option', path: ['questions', index, 'options', k, 'text'], message: sameOptionMessage(q.options, k, first, lang) });
      }
    }
  });
  return findings;
}

function sameOptionMessage(options: readonly ChoiceOption[], k: number, first: number, lang: string): string {
  // The same words from import and validate: one rule, one message (docs/bank-format.md).
  return `option "${options[k]?.id}" has the same ${lang} text as option "${options[first]?.id}": a question with two equal options cannot be answered right; make them differ or remove one`;
}

const NO_PAIRS: [number, number][] = [];

function sameOptions(options: readonly ChoiceOption[], lang: string): [number, number][] {
  // A question has at most a dozen options: comparing each with those before it beats a Map
  // (this runs for every question of every import). A Bank's texts are in NFC already
  // (normalize-bank.ts), so none is normalised again here.
  const norms: (string | undefined)[] = [];
  let pairs = NO_PAIRS;
  for (let k = 0; k < options.length; k++) {
    const text = (options[k] as ChoiceOption).text[lang];
    const norm = text === undefined ? undefined : text.toLowerCase().replace(/[\s.。!?]+/gu, ' ').trim();
    norms.push(norm);
    if (norm === undefined) continue;
    const first = norms.indexOf(norm);
    if (first < k) {
      if (pairs === NO_PAIRS) pairs = [];
      pairs.push([k, first]);
    }
  }
  return pairs;
}

/** Wrong options with an absolute word when no key has one: the word alone marks them wrong. */
function absoluteWords(q: Question & { readonly options: readonly ChoiceOption[] }, lang: string): number[] {
  const re = ABSOLUTE_WORDS[lang] ?? DEFAULT_ABSOLUTE;
  const keys = keyIds(q);
  const has = (o: ChoiceOption) => re.test(o.text[lang] ?? '');
  if (q.options.some((o) => keys.has(o.id) && has(o))) return [];
  return q.options.flatMap((o, k) => (!keys.has(o.id) && has(o) ? [k] : []));
}

function absoluteMessage(q: Question & { readonly options: readonly ChoiceOption[] }, k: number, lang: string): string {
  const o = q.options[k] as ChoiceOption;
  const word = (o.text[lang] ?? '').match(ABSOLUTE_WORDS[lang] ?? DEFAULT_ABSOLUTE)?.[0] ?? '';
  return `wrong option "${o.id}" says "${word}" (${lang}) and no key does: absolute words give wrong options away — reword it`;
}

/** Per language: how often the key is strictly longer (shorter) than every other option. Ties are no cue. */
function keyLength(bank: Bank, extreme: 'longest' | 'shortest', maxShare: number): CueFinding[] {
  const singles = bank.questions.filter((q) => q.type === 'single' && q.options.length >= 3);
  if (singles.length < KEY_LONGEST_MIN_QUESTIONS) return [];
  const beats = extreme === 'longest' ? (key: number, other: number) => other < key : (key: number, other: number) => other > key;
  const findings: CueFinding[] = [];
  for (const lang of bank.languages) {
    const marked: string[] = [];
    for (const q of singles) {
      if (q.type !== 'single') continue;
      const length = (o: ChoiceOption) => [...(o.text[lang] ?? '')].length;
      const key = q.options.find((o) => o.id === q.answer);
      if (key && q.options.every((o) => o === key || beats(length(key), length(o)))) marked.push(q.id);
    }
    const share = marked.length / singles.length;
    if (share > maxShare) {
      const fix = extreme === 'longest' ? 'Shorten keys or fill out distractors' : 'Fill out keys or trim distractors';
      findings.push({
        code: extreme === 'longest' ? 'key-longest' : 'key-shortest',
        message:
          `in ${marked.length} of ${singles.length} single-answer questions (${Math.round(share * 100)} %) the key is the ${extreme} ${lang} option; ` +
          `at most ${Math.round(maxShare * 100)} % wanted, or length gives the answer away. ${fix}: ${listed(marked)}`,
      });
    }
  }
  return findings;
}

function keyIds(q: Question): ReadonlySet<string> {
  if (q.type === 'single') return new Set([q.answer]);
  if (q.type === 'multiple') return new Set(q.answer);
  return new Set();
}

function listed(ids: readonly string[], max = 30): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
