/** Either kind of simulated learner, by name (src/simulation/memory-learner.ts says what they share). */
import { createFsrsLearner } from './fsrs-learner.js';
import { createHlrLearner } from './hlr-learner.js';
import type { Ability, LearnerItem, LearnerKind, MemoryLearner } from './memory-learner.js';

export function createMemoryLearner(kind: LearnerKind, ability: Ability, seed: number, items: readonly LearnerItem[]): MemoryLearner {
  return kind === 'hlr' ? createHlrLearner({ seed, ability, items }) : createFsrsLearner({ seed, ability, items });
}
