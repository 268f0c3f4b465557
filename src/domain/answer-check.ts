import type { Question, Response } from './question.js';

/** Whether a response is right. Multiple response and matching give no partial credit. */
export function isCorrect(question: Question, response: Response): boolean {
  if (question.type !== response.type) return false;
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.optionId === question.answer;
    case 'multiple': {
      if (response.type !== 'multiple') return false;
      const chosen = new Set(response.optionIds);
      return chosen.size === question.answer.length && question.answer.every((id) => chosen.has(id));
    }
    case 'ordering':
      return (
        response.type === 'ordering' &&
        response.optionIds.length === question.answer.length &&
        question.answer.every((id, i) => response.optionIds[i] === id)
      );
    case 'matching':
      return response.type === 'matching' && question.left.every((l) => response.pairs[l.id] === question.answer[l.id]);
    case 'numeric':
      // A hair of slack for binary floating point: 0.1 + 0.2 must match 0.3 ± 0.
      return (
        response.type === 'numeric' &&
        Math.abs(response.value - question.answer.value) <= question.answer.tolerance + 1e-9 * Math.max(1, Math.abs(question.answer.value))
      );
  }
}

/** The key, said as a response: what a learner who knows the answer gives. */
export function keyResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.answer };
    case 'multiple':
      return { type: 'multiple', optionIds: question.answer };
    case 'ordering':
      return { type: 'ordering', optionIds: question.answer };
    case 'matching':
      return { type: 'matching', pairs: question.answer };
    case 'numeric':
      return { type: 'numeric', value: question.answer.value };
  }
}
