/**
 * The simulated learner: a memory that truly follows FSRS-6, with weights of its own that differ
 * from the defaults our scheduler starts with. It answers four-option questions: it recalls with
 * the true probability R, and when it does not, it still guesses right one time in four. The
 * scheduler under test sees only right or wrong, as in real use; the true memory learns from
 * what really happened (recalled or not).
 */
import { Rating, type RatingValue } from '../domain/grading.js';
import { hashString, seededRandom, type Random } from '../domain/random.js';
import { createScheduler, type MemoryState, type Scheduler } from '../domain/scheduler.js';

/**
 * FSRS-6 defaults (ts-fsrs 5.4) perturbed into a learner who forgets faster than the median one:
 * lower initial stabilities (w0–w3), a harder start (w4), slower growth of stability on success
 * (w8, w10), and a flatter forgetting curve (w20, the decay, 0.1542 → 0.25).
 */
export const TRUE_WEIGHTS: readonly number[] = [
  0.15, 0.9, 1.6, 6.0, 6.8, 0.8334, 2.5, 0.001, 1.6, 0.2, 0.9, 1.3, 0.0614, 0.3, 1.6483, 0.6014, 1.8729, 0.45, 0.0912, 0.0658, 0.25,
];

export interface SimulatedAnswer {
  /** What the learner's true memory did. */
  readonly recalled: boolean;
  /** What the scheduler sees: recalled, or not recalled but guessed right. */
  readonly right: boolean;
  /** True recall probability at the moment of answering (0 for a question never seen). */
  readonly trueRecall: number;
}

export interface SimulatedLearner {
  /** Answers question `index` at `at` (ms since epoch) and updates the true memory. */
  answer(index: number, at: number): SimulatedAnswer;
  /** True recall probability of question `index` at `at`; 0 for a question never seen. */
  recallAt(index: number, at: number): number;
}

export function createLearner(options: { readonly seed: number; readonly questions: number; readonly guessFloor: number; readonly weights?: readonly number[] }): SimulatedLearner {
  const truth: Scheduler = createScheduler({ desiredRetention: 0.9, weights: options.weights ?? TRUE_WEIGHTS, enableFuzz: false, maximumIntervalDays: 36500 });
  const memory: (MemoryState | null)[] = new Array(options.questions).fill(null);
  // One stream per question: its k-th showing draws the same numbers whichever scheduler runs
  // (common random numbers), so the comparison is not blurred by luck.
  const streams: Random[] = Array.from({ length: options.questions }, (_, i) => seededRandom(hashString(`${options.seed}:${i}`)));
  const recallAt = (index: number, at: number): number => truth.recallProbability(memory[index] ?? null, at) ?? 0;
  return {
    recallAt,
    answer(index, at) {
      const random = streams[index] as Random;
      const trueRecall = recallAt(index, at);
      const recalled = random() < trueRecall;
      const guessedRight = random() < options.guessFloor;
      const rating: RatingValue = recalled ? Rating.Good : Rating.Again;
      memory[index] = truth.next(memory[index] ?? null, at, rating);
      return { recalled, right: recalled || guessedRight, trueRecall };
    },
  };
}
