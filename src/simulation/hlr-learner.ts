/**
 * A learner whose memory is not FSRS: half-life regression (Settles & Meeder, 2016) in its plainest
 * form. Recall after Δt days is 2^(−Δt/h); the half-life h grows ×2.5 after a right recall and
 * shrinks ×0.6 after a lapse. A question's first h comes from the learner's ability and the item's
 * difficulty; at first sight the learner may know the answer already (then h starts ten times
 * longer: understood, not memorised). When memory fails, the learner still picks the key by luck at the item's guessing
 * floor — the app sees only right or wrong, as in real use; the memory learns from what really
 * happened. Pure and seeded (src/simulation/memory-learner.ts).
 */
import { learnerBasis, type Ability, type LearnerItem, type MemoryLearner, type SimulatedAnswer } from './memory-learner.js';

const DAY_MS = 86_400_000;
export const HALF_LIFE_GROWTH = 2.5;
export const HALF_LIFE_LAPSE = 0.6;
/**
 * A question the learner already knew at first sight is understood, not memorised: its memory starts
 * this many times longer than a question learnt from the explanation. Without it, studying a known
 * question would make it decay to the guessing floor — below its never-seen chance.
 */
export const KNOWN_AT_FIRST_SIGHT_FACTOR = 10;
/** A question lapsed again and again is still remembered for a couple of hours. */
const SHORTEST_HALF_LIFE_DAYS = 0.1;

/** Recall 2^(−Δt/h), Δt and h in days. */
export function halfLifeRecall(elapsedDays: number, halfLifeDays: number): number {
  return 2 ** (-Math.max(0, elapsedDays) / halfLifeDays);
}

interface Memory {
  halfLifeDays: number;
  lastAt: number;
}

export function createHlrLearner(options: { readonly seed: number; readonly ability: Ability; readonly items: readonly LearnerItem[] }): MemoryLearner & {
  /** The current half-life of a studied question, in days (null before its first showing): for tests. */
  halfLife(index: number): number | null;
} {
  const memory: (Memory | null)[] = new Array(options.items.length).fill(null);
  const recallAt = (i: number, at: number): number => {
    const m = memory[i];
    return m ? halfLifeRecall((at - m.lastAt) / DAY_MS, m.halfLifeDays) : 0;
  };
  const basis = learnerBasis(options, (i) => memory[i] !== null, recallAt);
  return {
    kind: 'hlr',
    ability: options.ability,
    recallAt,
    studied: basis.studied,
    chanceRight: basis.chanceRight,
    halfLife: (i) => memory[i]?.halfLifeDays ?? null,
    answer(i, at): SimulatedAnswer {
      const m = memory[i] ?? null;
      const trueRecall = basis.trueRecall(i, at);
      const { recalled, right } = basis.draw(i, trueRecall);
      const first = basis.profile.halfLifeDays * basis.traits[i]!.halfLifeFactor;
      // Studied for the first time, h starts at the question's own, much longer when it was known already.
      const halfLifeDays =
        m === null ? (recalled ? first * KNOWN_AT_FIRST_SIGHT_FACTOR : first) : Math.max(SHORTEST_HALF_LIFE_DAYS, m.halfLifeDays * (recalled ? HALF_LIFE_GROWTH : HALF_LIFE_LAPSE));
      memory[i] = { halfLifeDays, lastAt: at };
      return { recalled, right, trueRecall };
    },
  };
}
