import { DEFAULT_LEECH_LAPSES } from './grading.js';
import type { Response } from './question.js';

/**
 * Item analysis for trainers: which questions are too easy, too hard, or misleading. Classical
 * test theory over one or more learners' answer histories. Pure.
 */

/** One learner's answers to one question, oldest first. */
export interface ItemHistory {
  readonly learner: string;
  readonly questionId: string;
  readonly answers: readonly { readonly correct: boolean; readonly elapsedMs: number; readonly chosen: readonly string[] }[];
  readonly lapses: number;
}

export interface ItemStats {
  readonly questionId: string;
  readonly answers: number;
  readonly learners: number;
  /** Share right at first sight, 0..1; null when nobody has seen it. */
  readonly firstSightRight: number | null;
  /** Point-biserial correlation of first-sight correctness with the learner's rest score; null under MIN_LEARNERS. */
  readonly discrimination: number | null;
  readonly medianElapsedMs: number | null;
  /** How often each option id was chosen, over all answers. */
  readonly chosen: Readonly<Record<string, number>>;
  /** Learners for whom this question became a leech. */
  readonly leeches: number;
  readonly flags: readonly ItemFlag[];
}

export type ItemFlag = 'almost-nobody-right' | 'distractor-beats-key' | 'negative-discrimination' | 'too-easy';

export const MIN_LEARNERS = 5;
export const MIN_ANSWERS_TO_FLAG = 5;

export function analyseItems(
  histories: readonly ItemHistory[],
  keyOf: (questionId: string) => readonly string[],
  options: { readonly leechLapses?: number } = {},
): ItemStats[] {
  const leechLapses = options.leechLapses ?? DEFAULT_LEECH_LAPSES;
  // Each learner's first-sight score over all items, for the rest-score of each item.
  const firstSight = histories.filter((h) => h.answers.length > 0).map((h) => ({ ...h, first: (h.answers[0] as { correct: boolean }).correct }));
  const totals = new Map<string, { right: number; seen: number }>();
  for (const h of firstSight) {
    const t = totals.get(h.learner) ?? { right: 0, seen: 0 };
    totals.set(h.learner, { right: t.right + (h.first ? 1 : 0), seen: t.seen + 1 });
  }

  const byQuestion = new Map<string, ItemHistory[]>();
  for (const h of histories) byQuestion.set(h.questionId, [...(byQuestion.get(h.questionId) ?? []), h]);

  return [...byQuestion.entries()].map(([questionId, hs]) => {
    const answers = hs.flatMap((h) => h.answers);
    const seen = hs.filter((h) => h.answers.length > 0);
    const firsts = seen.map((h) => (h.answers[0] as { correct: boolean }).correct);
    const firstSightRight = firsts.length > 0 ? firsts.filter(Boolean).length / firsts.length : null;
    const chosen: Record<string, number> = {};
    for (const a of answers) for (const id of a.chosen) chosen[id] = (chosen[id] ?? 0) + 1;

    const restScores = seen.map((h) => {
      const t = totals.get(h.learner) as { right: number; seen: number };
      const mine = (h.answers[0] as { correct: boolean }).correct ? 1 : 0;
      return t.seen > 1 ? (t.right - mine) / (t.seen - 1) : 0;
    });
    const discrimination = seen.length >= MIN_LEARNERS ? pointBiserial(firsts, restScores) : null;

    const flags = itemFlags({ learners: firsts.length, firstSightRight, answers: answers.length, chosen, discrimination }, keyOf(questionId));
    return {
      questionId,
      answers: answers.length,
      learners: seen.length,
      firstSightRight,
      discrimination,
      medianElapsedMs: median(answers.map((a) => a.elapsedMs)),
      chosen,
      leeches: hs.filter((h) => h.lapses >= leechLapses).length,
      flags,
    };
  });
}

/** What is wrong with an item, from its statistics (also used by the class report, whose statistics the server counts). */
export function itemFlags(
  s: Pick<ItemStats, 'learners' | 'firstSightRight' | 'answers' | 'chosen' | 'discrimination'>,
  key: readonly string[],
): ItemFlag[] {
  // For a multiple-response key, the least chosen key option is the one a distractor competes with.
  const keyChosen = key.length > 0 ? Math.min(...key.map((id) => s.chosen[id] ?? 0)) : 0;
  const distractorChosen = Math.max(0, ...Object.entries(s.chosen).filter(([id]) => !key.includes(id)).map(([, n]) => n));
  const flags: ItemFlag[] = [];
  if (s.learners >= MIN_ANSWERS_TO_FLAG && s.firstSightRight !== null && s.firstSightRight < 0.2) flags.push('almost-nobody-right');
  if (s.learners >= MIN_ANSWERS_TO_FLAG && s.firstSightRight !== null && s.firstSightRight > 0.95) flags.push('too-easy');
  if (s.answers >= MIN_ANSWERS_TO_FLAG && key.length > 0 && distractorChosen > keyChosen) flags.push('distractor-beats-key');
  if (s.discrimination !== null && s.discrimination < 0) flags.push('negative-discrimination');
  return flags;
}

/** Pearson correlation of a 0/1 variable with a continuous one; null when either does not vary. */
export function pointBiserial(items: readonly boolean[], scores: readonly number[]): number | null {
  const n = items.length;
  if (n < 2) return null;
  const x = items.map((b) => (b ? 1 : 0));
  const mx = x.reduce((a: number, b) => a + b, 0) / n;
  const my = scores.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (scores[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The option ids an answer chose (none for ordering, matching and numeric answers). */
export function chosenOptionIds(r: Response): string[] {
  switch (r.type) {
    case 'single':
      return [r.optionId];
    case 'multiple':
      return [...r.optionIds];
    default:
      return [];
  }
}
