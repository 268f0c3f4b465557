/**
 * What one new question costs in answers on each study day after it is first shown, on
 * average: the first answer and its learning steps, then the reviews FSRS schedules, with lapses
 * in proportion to the recall probability. Found by simulating many learners' copies of the
 * question with a seeded random source, so the same inputs always give the same curve.
 */
import type { Random } from './random.js';
import type { MemoryState, Scheduler } from './scheduler.js';

const DAY_MS = 86_400_000;
/** The simulated learner studies at 10:00, six hours into the study day (which starts at 04:00). */
const STUDY_HOUR_OFFSET_MS = 6 * 3_600_000;
const SAMPLES = 200;
/** A question answered this often in the horizon is cut short (a leech; keeps the loop finite). */
const MAX_ANSWERS_PER_SAMPLE = 60;

export interface CurveOptions {
  readonly scheduler: Scheduler;
  readonly random: Random;
  /** Probability of answering a question right the first time it is seen, 0..1. */
  readonly firstSightRight: number;
  /** Days after the first answer to follow the question for. */
  readonly horizonDays: number;
  /** Any time (ms since epoch) the simulation starts at; only differences matter. */
  readonly start: number;
  /** A question already seen, due at `start`, instead of a new one. */
  readonly seen?: { readonly stability: number; readonly difficulty: number };
}

/**
 * Index j: expected answers on study day j after the day a question is first shown (j = 0
 * includes the first answer) — or, with `seen`, after the day a question seen before falls due.
 */
export function answersPerQuestion(o: CurveOptions): number[] {
  const totals = new Array<number>(o.horizonDays + 1).fill(0);
  const dayZero = o.start - STUDY_HOUR_OFFSET_MS;
  for (let s = 0; s < SAMPLES; s++) {
    let state: MemoryState | null = o.seen ? dueReview(o.seen, o.start) : null;
    let at = o.start;
    for (let n = 0; n < MAX_ANSWERS_PER_SAMPLE; n++) {
      const day = Math.floor((at - dayZero) / DAY_MS);
      if (day > o.horizonDays) break;
      const recall = o.scheduler.recallProbability(state, at) ?? o.firstSightRight;
      state = o.scheduler.next(state, at, o.random() < recall ? 3 : 1);
      totals[day] = (totals[day] ?? 0) + 1;
      // Reviews on a later day are done at the study hour of that day, learning steps when due.
      const dueDay = Math.floor((state.dueAt - dayZero) / DAY_MS);
      at = dueDay === day ? Math.max(state.dueAt, at + 60_000) : dayZero + dueDay * DAY_MS + STUDY_HOUR_OFFSET_MS;
    }
  }
  return totals.map((t) => t / SAMPLES);
}

/** A question in review, last answered one stability ago, so it is due at `at` with recall near 90 %. */
function dueReview(seen: { readonly stability: number; readonly difficulty: number }, at: number): MemoryState {
  const days = Math.max(1, Math.round(seen.stability));
  return { phase: 'review', dueAt: at, stability: seen.stability, difficulty: seen.difficulty, scheduledDays: days, learningSteps: 0, reps: 3, lapses: 0, lastReviewAt: at - days * DAY_MS };
}
