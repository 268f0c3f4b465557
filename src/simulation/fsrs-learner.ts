/**
 * The FSRS learner of src/simulation/learner.ts (a memory that truly follows FSRS-6 with weights of
 * its own) behind the MemoryLearner interface of the readiness benchmark: per-question guessing
 * floors, first-sight knowledge from the ability and the item's difficulty, and an ability that
 * sets the true weights. Pure and seeded.
 */
import { Rating } from '../domain/grading.js';
import { createScheduler, DEFAULT_FSRS_WEIGHTS, type MemoryState } from '../domain/scheduler.js';
import { TRUE_WEIGHTS } from './learner.js';
import { learnerBasis, type Ability, type LearnerItem, type MemoryLearner } from './memory-learner.js';

/**
 * Weak: the forgetful learner of the scheduler simulation; medium: FSRS-6's published defaults (the
 * median learner our scheduler assumes); strong: the defaults with first stabilities doubled.
 */
export const FSRS_ABILITY_WEIGHTS: Readonly<Record<Ability, readonly number[]>> = {
  weak: TRUE_WEIGHTS,
  medium: DEFAULT_FSRS_WEIGHTS,
  strong: DEFAULT_FSRS_WEIGHTS.map((w, i) => (i < 4 ? w * 2 : w)),
};

export function createFsrsLearner(options: { readonly seed: number; readonly ability: Ability; readonly items: readonly LearnerItem[] }): MemoryLearner {
  const truth = createScheduler({ desiredRetention: 0.9, weights: FSRS_ABILITY_WEIGHTS[options.ability], enableFuzz: false, maximumIntervalDays: 36500 });
  const memory: (MemoryState | null)[] = new Array(options.items.length).fill(null);
  const recallAt = (i: number, at: number): number => truth.recallProbability(memory[i] ?? null, at) ?? 0;
  const basis = learnerBasis(options, (i) => memory[i] !== null, recallAt);
  return {
    kind: 'fsrs',
    ability: options.ability,
    recallAt,
    studied: basis.studied,
    chanceRight: basis.chanceRight,
    answer(i, at) {
      const trueRecall = basis.trueRecall(i, at);
      const { recalled, right } = basis.draw(i, trueRecall);
      memory[i] = truth.next(memory[i] ?? null, at, recalled ? Rating.Good : Rating.Again);
      return { recalled, right, trueRecall };
    },
  };
}
