/**
 * Our one seam to ts-fsrs (FSRS-6). Everything else speaks `MemoryState`, a plain record with
 * times in milliseconds since the epoch, so storage and tests never touch ts-fsrs types.
 */
import { fsrs, computeDecayFactor, createEmptyCard, default_w, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { RatingValue } from './grading.js';

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

export interface MemoryState {
  readonly phase: CardPhase;
  /** When the question is due, ms since epoch. */
  readonly dueAt: number;
  /** Days for recall probability to fall to 90 %. */
  readonly stability: number;
  /** FSRS difficulty, 1..10. */
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ms since epoch, null before the first answer. */
  readonly lastReviewAt: number | null;
}

export interface SchedulerSettings {
  /** Desired probability of recall at the due time, 0..1. */
  readonly desiredRetention: number;
  /** FSRS-6 weights (21 numbers); the published defaults when absent. */
  readonly weights?: readonly number[];
  /** Spread intervals a little so reviews do not bunch; deterministic per card and time. */
  readonly enableFuzz: boolean;
  readonly maximumIntervalDays: number;
}

// In a module of its own, so that opening a database (which checks it) does not load ts-fsrs.
export { SCHEDULER_REVISION } from './scheduler-revision.js';

/** The published FSRS-6 parameters, used until `pmp optimize` adopts the learner's own. */
export const DEFAULT_FSRS_WEIGHTS: readonly number[] = Object.freeze([...default_w]);

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  enableFuzz: true,
  maximumIntervalDays: 36500,
};

export interface Scheduler {
  /** The state after answering with `rating` at `at` (state null = never answered). */
  next(state: MemoryState | null, at: number, rating: RatingValue): MemoryState;
  /** Probability of recall at `at`; null for a question never answered. */
  recallProbability(state: MemoryState | null, at: number): number | null;
  /** The same from the two numbers it depends on, for reports that read many questions at once. */
  recallFrom(stability: number, lastReviewAt: number, at: number): number;
  /** The forgetting curve's constants for these weights, R = (1 + factor · days / S)^decay (see forgettingCurve). */
  readonly curve: { readonly decay: number; readonly factor: number };
  /** The state a replay of these answers, oldest first, arrives at. */
  replay(answers: readonly { readonly at: number; readonly rating: RatingValue }[]): MemoryState | null;
}

const PHASE_OF: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_OF: Record<CardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

export function createScheduler(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Scheduler {
  const engine: FSRS = fsrs({
    request_retention: settings.desiredRetention,
    // No same-session learning steps: asked again a minute or ten later, a multiple-choice question
    // tests memory of the letter just seen, not of the idea. New and failed questions come back the
    // next study day. The simulation (npm run bench:sim) measured the steps costing about 1.75
    // answers per new question and 6 points of exam-day score at 60 answers a day.
    learning_steps: [],
    relearning_steps: [],
    enable_fuzz: settings.enableFuzz,
    maximum_interval: settings.maximumIntervalDays,
    ...(settings.weights ? { w: [...settings.weights] } : {}),
  });

  const next = (state: MemoryState | null, at: number, rating: RatingValue): MemoryState => {
    if (rating < 1 || rating > 4) throw new RangeError(`rating must be 1..4, got ${rating}`);
    const card = state ? toCard(state, at) : createEmptyCard(new Date(at));
    return fromCard(engine.next(card, new Date(at), rating as Grade).card);
  };

  // As ts-fsrs's get_retrievability: whole days elapsed (after our rounding), stability to 8 places.
  const recallFrom = (stability: number, lastReviewAt: number, at: number): number => {
    const days = Math.max(Math.floor((at - lastReviewAsSeen(lastReviewAt, at)) / DAY_MS), 0);
    return engine.forgetting_curve(days, +stability.toFixed(8));
  };

  return {
    next,
    recallProbability(state, at) {
      if (!state || state.phase === 'new' || state.lastReviewAt === null) return null;
      return recallFrom(state.stability, state.lastReviewAt, at);
    },
    recallFrom,
    curve: computeDecayFactor(engine.parameters.w),
    replay(answers) {
      let state: MemoryState | null = null;
      for (const a of answers) state = next(state, a.at, a.rating);
      return state;
    },
  };
}

/**
 * The constants of the forgetting curve recallFrom uses, R = (1 + factor · days / S)^decay, for
 * these weights (or the defaults): what a server needs to compute the same recall in SQL.
 */
export function forgettingCurve(weights?: readonly number[]): { readonly decay: number; readonly factor: number } {
  const engine = fsrs(weights ? { w: [...weights] } : {});
  return computeDecayFactor(engine.parameters.w);
}

const DAY_MS = 86_400_000;
const HALF_DAY_MS = DAY_MS / 2;

/**
 * ts-fsrs counts elapsed time in whole 24-hour periods, rounded down: a question answered at 09:00
 * and reviewed at 08:30 the next day counts as reviewed the same day (R = 1, almost no gain). A
 * learner thinks in days, so from half a day on we round to the nearest whole day by moving the
 * last review time as ts-fsrs sees it. Depends only on the state and `at`, so replays agree.
 */
function lastReviewAsSeen(lastReviewAt: number, at: number): number {
  const elapsed = at - lastReviewAt;
  if (elapsed < HALF_DAY_MS) return lastReviewAt;
  return at - Math.round(elapsed / DAY_MS) * DAY_MS;
}

function toCard(s: MemoryState, at: number): Card {
  return {
    due: new Date(s.dueAt),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE_OF[s.phase],
    ...(s.lastReviewAt !== null ? { last_review: new Date(lastReviewAsSeen(s.lastReviewAt, at)) } : {}),
  };
}

function fromCard(c: Card): MemoryState {
  return {
    phase: PHASE_OF[c.state],
    dueAt: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReviewAt: c.last_review ? c.last_review.getTime() : null,
  };
}
