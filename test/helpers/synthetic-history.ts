/**
 * A seeded synthetic learner for optimizer tests: studies a bank with the default scheduler
 * (as everyone does before optimizing), while whether each answer is right comes from FSRS with
 * other, "true" parameters — so a fit has something real to find.
 */
import { recordAnswer } from '../../src/app/record-answer.js';
import { keyResponse } from '../../src/domain/answer-check.js';
import type { Question, Response } from '../../src/domain/question.js';
import { seededRandom } from '../../src/domain/random.js';
import { createScheduler, DEFAULT_FSRS_WEIGHTS, DEFAULT_SCHEDULER_SETTINGS, type MemoryState, type Scheduler } from '../../src/domain/scheduler.js';
import type { Db } from '../../src/storage/database.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { DAY, MINUTE, T0 } from './fixtures.js';

/** A learner who forgets faster than the defaults assume: lower first stabilities, slower growth, steeper curve. */
export const FORGETFUL_WEIGHTS: readonly number[] = DEFAULT_FSRS_WEIGHTS.map((w, i) => {
  const changed: Record<number, number> = { 0: 0.1, 1: 0.2, 2: 0.3, 3: 1.0, 8: 0.8 };
  return changed[i] ?? w;
});

export interface SyntheticOptions {
  readonly seed: number;
  /** New questions introduced per study day. */
  readonly newPerDay: number;
  readonly days: number;
  /** The scheduler that sets due dates (defaults unless given). */
  readonly scheduler?: Scheduler;
  readonly start?: number;
  /** Only the questions of this bank (default: every question in the database). */
  readonly bankId?: string;
}

/** Answers every question of the database when due, until `days` have passed; returns the number of answers. */
export function simulateLearner(db: Db, trueWeights: readonly number[], options: SyntheticOptions): number {
  const random = seededRandom(options.seed);
  const store = new StudyStore(db);
  const scheduler = options.scheduler ?? createScheduler();
  const truth = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, weights: trueWeights, enableFuzz: false });
  const start = options.start ?? T0;
  const end = start + options.days * DAY;
  const pks = db.prepare('SELECT pk FROM questions WHERE @bank IS NULL OR bank_id = @bank ORDER BY pk').pluck().all({ bank: options.bankId ?? null }) as number[];
  let answers = 0;
  pks.forEach((pk, index) => {
    const question = store.question(pk);
    // Questions are studied in the morning of their day; reviews come a little late at times.
    let at = start + Math.floor(index / options.newPerDay) * DAY + Math.floor(random() * 120) * MINUTE;
    let truthState: MemoryState | null = null;
    while (at < end) {
      const p = truth.recallProbability(truthState, at) ?? 0.6;
      const correct = random() < p;
      const confidence = correct && random() < 0.15 ? 'unsure' : 'sure';
      const recorded = recordAnswer(db, store, scheduler, {
        questionPk: pk,
        question,
        response: correct ? keyResponse(question) : wrongResponse(question),
        shownOrder: null,
        confidence,
        elapsedMs: 5000,
        at,
        sessionId: null,
        mode: 'study',
      });
      answers++;
      truthState = truth.next(truthState, at, recorded.rating);
      const lateness = recorded.after.phase === 'review' ? Math.floor(random() * 3) * DAY : 0;
      at = Math.max(recorded.after.dueAt, at + MINUTE) + lateness + Math.floor(random() * 60) * MINUTE;
    }
  });
  return answers;
}

function wrongResponse(q: Question): Response {
  if (q.type !== 'single') throw new Error('the synthetic learner answers single-answer questions only');
  return { type: 'single', optionId: q.options.find((o) => o.id !== q.answer)?.id ?? 'x' };
}

export interface HalfLifeOptions extends SyntheticOptions {
  /** Half-life of a question's memory after its first study, in days. */
  readonly firstHalfLifeDays: number;
  /** The chance that a first sight is already right (the learner knew it). */
  readonly firstSight: number;
}

/**
 * A learner whose memory is not FSRS: recall 2^(−Δt/h), the half-life h growing ×2.5 after a right
 * recall and shrinking ×0.6 after a lapse; when memory fails, a four-option question is still
 * right by a lucky guess one time in four (graded Good, as the learner says "sure"). Studies with
 * our scheduler, through recordAnswer, like a real learner. Returns the number of answers.
 */
export function simulateHalfLifeLearner(db: Db, options: HalfLifeOptions): number {
  const random = seededRandom(options.seed);
  const store = new StudyStore(db);
  const scheduler = options.scheduler ?? createScheduler();
  const start = options.start ?? T0;
  const end = start + options.days * DAY;
  const pks = db.prepare('SELECT pk FROM questions WHERE @bank IS NULL OR bank_id = @bank ORDER BY pk').pluck().all({ bank: options.bankId ?? null }) as number[];
  let answers = 0;
  pks.forEach((pk, index) => {
    const question = store.question(pk);
    let at = start + Math.floor(index / options.newPerDay) * DAY + Math.floor(random() * 120) * MINUTE;
    let halfLife: number | null = null;
    let last = at;
    while (at < end) {
      const recalled: boolean = halfLife === null ? random() < options.firstSight : random() < 2 ** (-(at - last) / DAY / halfLife);
      const correct = recalled || random() < 0.25;
      const recorded = recordAnswer(db, store, scheduler, {
        questionPk: pk,
        question,
        response: correct ? keyResponse(question) : wrongResponse(question),
        shownOrder: null,
        confidence: 'sure',
        elapsedMs: 5000,
        at,
        sessionId: null,
        mode: 'study',
      });
      answers++;
      halfLife = halfLife === null ? options.firstHalfLifeDays : recalled ? halfLife * 2.5 : halfLife * 0.6;
      last = at;
      const lateness = recorded.after.phase === 'review' ? Math.floor(random() * 3) * DAY : 0;
      at = Math.max(recorded.after.dueAt, at + MINUTE) + lateness + Math.floor(random() * 60) * MINUTE;
    }
  });
  return answers;
}
