/** Lists a learner is pointed to: pmp leeches, flagged, suspended, unsuspend, and the traps of pmp stats --traps, in English. */
import { count } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const listsEn = {
  // question lists
  'list.title.leeches': (p: P) => `Leeches (${p.lapses} or more wrong answers): ${p.n}`,
  'list.title.flagged': (p: P) => `Flagged questions: ${p.n}`,
  'list.title.suspended': (p: P) => `Suspended questions: ${p.n}`,
  'list.none.leeches': () => 'No leeches: no question keeps beating you.',
  'list.none.flagged': () => 'No flagged questions (flag one during study).',
  'list.none.suspended': () => 'No suspended questions.',
  'list.lapses': (p: P) => `wrong ${p.n}×`,
  'list.suspended-mark': () => '(suspended)',
  'list.leeches.hint': () => 'Reread the explanations and the topic; pmp leeches --suspend sets them all aside, pmp unsuspend brings one back.',
  'list.leeches.suspended': (p: P) => `Suspended ${p.n} leech(es); pmp unsuspend REF brings one back.`,
  'list.suspended.hint': () => 'pmp unsuspend BANK/ID brings a question back.',
  'list.unsuspended': (p: P) => `Unsuspended ${count(p.n, 'question')}.`,
  'list.unknown-ref': (p: P) => `No question "${p.ref}". Write it as bank/id, e.g. pmp-starter/st-001.`,
  'list.ambiguous-ref': (p: P) => `"${p.ref}" is in several banks: ${p.candidates}. Write it as bank/id.`,

  'traps.title': (p: P) => `The traps you fall for (${p.n} of your ${p.total} wrong answers chose a trap)`,
  'traps.none': (p: P) => `No traps yet: none of your ${p.n} wrong answers to choice questions picked an option tagged with a trap.`,
  'traps.hint': (p: P) => `Drill one: pmp study --trap ${p.trap} --cram`,
} as const;
