/** What a simulated learner types: the key when right, a plausible wrong response of the same type otherwise. */
import { keyResponse } from '../domain/answer-check.js';
import type { Question, Response } from '../domain/question.js';

export function learnerResponse(question: Question, right: boolean): Response {
  return right ? keyResponse(question) : wrongResponse(question);
}

/** A wrong response of the question's own type (first wrong option; one key swapped; two items swapped; off by far). */
export function wrongResponse(q: Question): Response {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: q.options.find((o) => o.id !== q.answer)?.id ?? `${q.answer}-wrong` };
    case 'multiple': {
      const other = q.options.find((o) => !q.answer.includes(o.id));
      return { type: 'multiple', optionIds: other ? [...q.answer.slice(1), other.id] : q.answer.slice(1) };
    }
    case 'ordering':
      return { type: 'ordering', optionIds: q.answer.length < 2 ? [] : [q.answer[1]!, q.answer[0]!, ...q.answer.slice(2)] };
    case 'matching': {
      const lefts = q.left.map((l) => l.id);
      const pairs: Record<string, string> = { ...q.answer };
      if (lefts.length >= 2) [pairs[lefts[0]!], pairs[lefts[1]!]] = [q.answer[lefts[1]!]!, q.answer[lefts[0]!]!];
      return { type: 'matching', pairs };
    }
    case 'numeric':
      return { type: 'numeric', value: q.answer.value + 1000 * (q.answer.tolerance + 1) };
  }
}
