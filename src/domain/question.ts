import type { Text } from './text.js';

export type QuestionType = 'single' | 'multiple' | 'ordering' | 'matching' | 'numeric';
export type DomainId = 'people' | 'process' | 'business-environment';
export type Approach = 'predictive' | 'agile' | 'hybrid';

export interface EcoTag {
  readonly domain: DomainId;
  readonly task: number;
}

export interface Exhibit {
  readonly title?: Text;
  readonly columns: readonly Text[];
  /** Cells are texts or numbers (numbers are shown as written, whatever the language). */
  readonly rows: readonly (readonly (Text | number)[])[];
  readonly note?: Text;
}

export interface Scenario {
  readonly id: string;
  readonly text: Text;
  readonly exhibit?: Exhibit;
}

export interface ChoiceOption {
  readonly id: string;
  readonly text: Text;
  /** Kept in its place when the others are shuffled ("all of the above"). */
  readonly fixed: boolean;
  readonly rationale?: Text;
  readonly trap?: string;
}

export interface MatchItem {
  readonly id: string;
  readonly text: Text;
}

interface QuestionCommon {
  readonly id: string;
  readonly prompt: Text;
  /** Why the key is right; absent only in imported sets that have none. */
  readonly explanation?: Text;
  readonly scenario?: Scenario;
  readonly exhibit?: Exhibit;
  readonly eco?: EcoTag;
  readonly approach?: Approach;
  readonly difficulty?: 1 | 2 | 3;
  readonly references: readonly Text[];
  readonly tags: readonly string[];
}

export interface SingleQuestion extends QuestionCommon {
  readonly type: 'single';
  readonly options: readonly ChoiceOption[];
  readonly answer: string;
}

export interface MultipleQuestion extends QuestionCommon {
  readonly type: 'multiple';
  readonly options: readonly ChoiceOption[];
  readonly answer: readonly string[];
}

export interface OrderingQuestion extends QuestionCommon {
  readonly type: 'ordering';
  readonly options: readonly ChoiceOption[];
  /** Every option id in the right order. */
  readonly answer: readonly string[];
}

export interface MatchingQuestion extends QuestionCommon {
  readonly type: 'matching';
  readonly left: readonly MatchItem[];
  readonly right: readonly MatchItem[];
  /** left id → right id */
  readonly answer: Readonly<Record<string, string>>;
}

export interface NumericQuestion extends QuestionCommon {
  readonly type: 'numeric';
  readonly answer: { readonly value: number; readonly tolerance: number };
  readonly unit?: Text;
  readonly calc?: { readonly formula: string; readonly inputs: Readonly<Record<string, number | readonly number[]>> };
}

export type ChoiceQuestion = SingleQuestion | MultipleQuestion | OrderingQuestion;
export type Question = SingleQuestion | MultipleQuestion | OrderingQuestion | MatchingQuestion | NumericQuestion;

/** What a learner gave as an answer, in option ids (never in display letters). */
export type Response =
  | { readonly type: 'single'; readonly optionId: string }
  | { readonly type: 'multiple'; readonly optionIds: readonly string[] }
  | { readonly type: 'ordering'; readonly optionIds: readonly string[] }
  | { readonly type: 'matching'; readonly pairs: Readonly<Record<string, string>> }
  | { readonly type: 'numeric'; readonly value: number };

export function isChoiceQuestion(q: Question): q is ChoiceQuestion {
  return q.type === 'single' || q.type === 'multiple' || q.type === 'ordering';
}

/** The guessing floor: the chance of a right answer by picking at random. */
export function guessingFloor(q: Question): number {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'ordering':
      return guessingFloorOf({ type: q.type, options: q.options.length, keys: q.type === 'single' ? 1 : q.answer.length });
    case 'matching':
      return guessingFloorOf({ type: q.type, options: q.right.length, keys: q.left.length });
    case 'numeric':
      return 0;
  }
}

/**
 * The same from counts alone, so reports over a large bank need not parse every question:
 * options = choices (right-hand items for matching); keys = ids in the answer (left items for matching).
 */
export function guessingFloorOf(shape: { readonly type: QuestionType; readonly options: number; readonly keys: number }): number {
  const { type, options, keys } = shape;
  if (options <= 0) return 0;
  switch (type) {
    case 'single':
      return 1 / options;
    case 'multiple':
      return 1 / binomial(options, Math.min(keys, options));
    case 'ordering':
      return 1 / factorial(options);
    case 'matching':
      return 1 / permutations(options, Math.min(keys, options));
    case 'numeric':
      return 0;
  }
}

function factorial(n: number): number {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}
function binomial(n: number, k: number): number {
  return factorial(n) / (factorial(k) * factorial(n - k));
}
function permutations(n: number, k: number): number {
  return factorial(n) / factorial(n - k);
}
