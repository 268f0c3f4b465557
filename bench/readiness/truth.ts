/** The learner's true expected share right on an exam drawn as `pmp exam` draws: by domain weight, questions of a domain alike. */
import type { Outline } from '../../src/domain/outline.js';
import type { DomainId } from '../../src/domain/question.js';
import type { MemoryLearner } from '../../src/simulation/memory-learner.js';

/**
 * Σ_d w_d · mean over the domain's questions of the learner's true chance of a right answer at `at`
 * (seen: R + (1 − R)·g; never seen: first-sight knowledge + luck). The draw picks a domain's
 * questions uniformly, so this is the mean score of many mocks; readiness averages tasks within a
 * domain instead, a modelling choice this truth does not share.
 */
export function trueExpectedShare(learner: MemoryLearner, domains: readonly DomainId[], outline: Outline, at: number): number {
  const sums = new Map<DomainId, { sum: number; n: number }>();
  domains.forEach((d, i) => {
    const s = sums.get(d) ?? { sum: 0, n: 0 };
    s.sum += learner.chanceRight(i, at);
    s.n++;
    sums.set(d, s);
  });
  let weighted = 0;
  let weights = 0;
  for (const d of outline.domains) {
    const s = sums.get(d.id);
    if (!s || s.n === 0) continue;
    weighted += d.weight * (s.sum / s.n);
    weights += d.weight;
  }
  return weights > 0 ? weighted / weights : 0;
}
