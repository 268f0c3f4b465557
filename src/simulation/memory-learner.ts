/**
 * What every simulated learner of the readiness benchmark offers, whatever its memory model, and
 * the abilities it comes in. A learner answers questions by index; each question has a guessing
 * floor (its item type's: 1/4 for a four-option single answer, 1/C(n,2) for a choose-two, ~0 for
 * matching) and a difficulty (1–3, from the bank). Pure and seeded: one random stream per question,
 * so the k-th showing of a question draws the same numbers whichever scheduler runs (common random
 * numbers: a comparison of schedulers is not blurred by luck).
 */
import { hashString, seededRandom, type Random } from '../domain/random.js';

export interface LearnerItem {
  /** Chance of a right answer by picking at random (src/domain/question.ts guessingFloor). */
  readonly floor: number;
  /** 1 easy … 3 hard; absent counts as 2. */
  readonly difficulty?: number;
}

export type LearnerKind = 'hlr' | 'fsrs';
export type Ability = 'weak' | 'medium' | 'strong';
export const ABILITIES: readonly Ability[] = ['weak', 'medium', 'strong'];

export interface AbilityProfile {
  /** Chance of knowing an average (difficulty 2) question before ever studying it. */
  readonly firstSight: number;
  /** HLR: half-life, in days, of an average question's memory after its first study. */
  readonly halfLifeDays: number;
}

/** Weak: knows a quarter before study, forgets within a day; strong: knows over half, keeps it for days. */
export const ABILITY_PROFILES: Readonly<Record<Ability, AbilityProfile>> = {
  weak: { firstSight: 0.25, halfLifeDays: 0.8 },
  medium: { firstSight: 0.4, halfLifeDays: 2 },
  strong: { firstSight: 0.55, halfLifeDays: 4 },
};

export interface SimulatedAnswer {
  /** What the learner's true memory did (or, at first sight, whether it knew the answer already). */
  readonly recalled: boolean;
  /** What the app sees: recalled, or not recalled but guessed right at the item's floor. */
  readonly right: boolean;
  /** True chance of recall at that moment (for a first sight: the chance of knowing it already). */
  readonly trueRecall: number;
}

export interface MemoryLearner {
  readonly kind: LearnerKind;
  readonly ability: Ability;
  /** Answers question `index` at `at` (ms since epoch) and updates the true memory. */
  answer(index: number, at: number): SimulatedAnswer;
  /** True recall probability of question `index` at `at`; 0 for a question never studied. */
  recallAt(index: number, at: number): number;
  /** True chance of a right answer at `at` without changing anything: seen R + (1 − R)·g, never seen k + (1 − k)·g. */
  chanceRight(index: number, at: number): number;
  /** Whether question `index` has been studied. */
  studied(index: number): boolean;
}

/** Per-question parameters drawn once from the question's own stream, before its first showing. */
export interface ItemTraits {
  /** Chance of knowing it at first sight. */
  readonly knownAtFirstSight: number;
  /** Multiplier on the ability's half-life: harder questions are forgotten sooner. */
  readonly halfLifeFactor: number;
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** A standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** One stream per question, from the run's seed. */
export function questionStreams(seed: number, questions: number): Random[] {
  return Array.from({ length: questions }, (_, i) => seededRandom(hashString(`${seed}:${i}`)));
}

/**
 * The question's traits: first-sight knowledge on the logit scale falls 0.7 per difficulty step
 * with a spread of 0.5 between questions; the half-life falls by a third per step, spread ×e^±0.3.
 */
export function itemTraits(profile: AbilityProfile, item: LearnerItem, random: Random): ItemTraits {
  const step = (item.difficulty ?? 2) - 2;
  return {
    knownAtFirstSight: sigmoid(logit(profile.firstSight) - 0.7 * step + 0.5 * normal(random)),
    halfLifeFactor: Math.exp(-0.4 * step + 0.3 * normal(random)),
  };
}

/** What every simulated learner does the same way, whatever its memory model. */
export interface LearnerBasis {
  readonly profile: AbilityProfile;
  readonly traits: readonly ItemTraits[];
  readonly studied: (index: number) => boolean;
  /** The chance of recalling question `index` at `at`: its memory's once studied, before that whether it was known at first sight. */
  trueRecall(index: number, at: number): number;
  /** The chance of a right answer: recall, or a lucky pick at the item's guessing floor. */
  chanceRight(index: number, at: number): number;
  /** One answer drawn from the question's own stream: did memory recall it, and was the answer right (recall or luck)? */
  draw(index: number, trueRecall: number): { readonly recalled: boolean; readonly right: boolean };
}

/**
 * The traits, seeded streams and guessing floors of the items, around a memory model that says
 * which questions are studied and their recall (`recallAt`).
 */
export function learnerBasis(
  options: { readonly seed: number; readonly ability: Ability; readonly items: readonly LearnerItem[] },
  studied: (index: number) => boolean,
  recallAt: (index: number, at: number) => number,
): LearnerBasis {
  const profile = ABILITY_PROFILES[options.ability];
  const streams = questionStreams(options.seed, options.items.length);
  const traits = options.items.map((item, i) => itemTraits(profile, item, streams[i]!));
  const floorOf = (i: number) => options.items[i]?.floor ?? 0;
  const trueRecall = (i: number, at: number) => (studied(i) ? recallAt(i, at) : traits[i]!.knownAtFirstSight);
  return {
    profile,
    traits,
    studied,
    trueRecall,
    chanceRight(i, at) {
      const p = trueRecall(i, at);
      return p + (1 - p) * floorOf(i);
    },
    draw(i, recall) {
      const random = streams[i]!;
      const recalled = random() < recall;
      const lucky = random() < floorOf(i);
      return { recalled, right: recalled || lucky };
    },
  };
}
