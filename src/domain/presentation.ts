import { isChoiceQuestion, type Question } from './question.js';
import { shuffleKeepingPinned, type Random } from './random.js';

/** One showing of a question: the order its options appear in, fixed for that showing. */
export interface Presentation {
  readonly question: Question;
  /** Choice questions: option ids in display order; display label i is letterFor(i). */
  readonly optionOrder: readonly string[];
  /** Matching questions: right-hand ids in display order (lettered); left items keep their order (numbered). */
  readonly rightOrder: readonly string[];
}

export function present(question: Question, random: Random): Presentation {
  if (isChoiceQuestion(question)) {
    const order = shuffleKeepingPinned(question.options, random, (o) => o.fixed).map((o) => o.id);
    return { question, optionOrder: order, rightOrder: [] };
  }
  if (question.type === 'matching') {
    return { question, optionOrder: [], rightOrder: shuffleKeepingPinned(question.right, random).map((r) => r.id) };
  }
  return { question, optionOrder: [], rightOrder: [] };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function letterFor(index: number): string {
  return LETTERS[index] ?? `#${index + 1}`;
}
