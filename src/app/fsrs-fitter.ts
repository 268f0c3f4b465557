/**
 * The FSRS optimizer (fsrs-rs through @open-spaced-repetition/binding), behind a small port so the
 * use case can be tested with it or without it. Loaded only by `pmp optimize`: the native module
 * costs nothing to the other commands.
 */
import type { TrainingItem } from '../domain/fsrs-training.js';
import { PmpError } from '../errors.js';

export interface FsrsFitter {
  /** FSRS-6 parameters fitted to these items. */
  fit(items: readonly TrainingItem[], onProgress?: (done: number, total: number) => void): Promise<number[]>;
}

/** ts-fsrs's default relearning steps are one ("10m"); fsrs-rs bounds short-term parameters by it. */
const RELEARNING_STEPS = 1;

export async function loadFsrsFitter(): Promise<FsrsFitter> {
  let binding: typeof import('@open-spaced-repetition/binding');
  try {
    binding = await import('@open-spaced-repetition/binding');
  } catch (cause) {
    throw new PmpError('optimize.no-binding', 'install', { platform: `${process.platform}-${process.arch}` }, [], { cause });
  }
  const toItems = (items: readonly TrainingItem[]) =>
    items.map((item) => new binding.FSRSBindingItem(item.reviews.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaDays))));
  return {
    async fit(items, onProgress) {
      return binding.computeParameters(toItems(items), {
        enableShortTerm: true,
        numRelearningSteps: RELEARNING_STEPS,
        ...(onProgress ? { progress: (done: number, total: number) => void onProgress(done, total) } : {}),
      });
    },
  };
}
