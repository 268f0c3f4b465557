/** The study screens' newer words (feedback screen, its key menu, cram's feedback, the first run), in English. */
import { count } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const studyEn = {
  // The one-line menu under the feedback (interactive study): a key, then what it does.
  'study.menu.next': () => '⏎ next',
  'study.menu.more': (p: P) => `m more (${p.page}/${p.pages})`,
  'study.menu.question': () => 'c question again',
  'study.menu.back': () => '⏎ back to the feedback',
  'study.menu.back-answer': () => '⏎ back to your answer',
  'study.menu.flag': () => 'f flag',
  'study.menu.unflag': () => 'f unflag',
  'study.menu.suspend': () => 's suspend',
  'study.menu.bury': () => 'b bury',
  'study.menu.undo': () => 'u undo',
  'study.menu.quit': () => 'q quit',
  'study.choice.question': () => 'Show the case again',
  // Cram changes no schedule: say so, and what the answer would have done in study.
  'feedback.cram-would': (p: P) => `Practice only — no schedule changed; in study this would have come back ${p.when}.`,
  'feedback.cram-would-now': () => 'Practice only — no schedule changed; in study this would have come back within the session.',
  // The choose-N checkbox's true hint.
  'study.how.multiple-keys': (p: P) => `choose ${p.n}: an option's letter (or space) marks it, enter submits`,
  'study.mark-n': (p: P) => `Mark exactly ${p.n} (you marked ${p.got}).`,
  // The first run, on stderr: where the database is and what it holds.
  'db.created': (p: P) => `Created your database at ${p.path} with ${count(p.n, 'question')} from ${count(p.banks, 'bank')}.`,
  'db.saved-in': (p: P) => `Your answers are kept in ${p.path} (--db or PMP_DB choose another file).`,
} as const;
