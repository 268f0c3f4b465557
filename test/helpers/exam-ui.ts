/** Scripted mock-exam screens for use-case tests: no timers fire, and a learner who answers wrong. */
import type { ExamAction, ExamScreen, ExamUi, Timers } from '../../src/app/exam-session.js';

export const idleTimers: Timers = { setTimeout: () => 0, clearTimeout: () => {}, setInterval: () => 0, clearInterval: () => {} };

/** Answers every single-choice question wrong (the first option that is not the key), skips the rest, then submits. */
export function wrongEverywhere(): ExamUi {
  return {
    async ask(screen: ExamScreen): Promise<ExamAction> {
      if (screen.kind !== 'question') return { kind: 'submit' };
      const q = screen.item.presentation.question;
      const last = screen.item.position === screen.total;
      if (screen.item.response || q.type !== 'single') return last ? { kind: 'submit' } : { kind: 'next' };
      return { kind: 'answer', response: { type: 'single', optionId: q.options.find((o) => o.id !== q.answer)?.id ?? '' } };
    },
    saved: () => {},
    flagged: () => {},
    refused: () => {},
    async rest() {},
    timeUp: () => {},
  };
}
