/**
 * The plan's expected exam-day score: what readiness would say on the exam date if the learner
 * follows the plan — every planned new question introduced on its day, every review taken on its
 * due day, and the exam-week sweep (domain/exam-sweep.ts). Each question is followed through a
 * few seeded copies of its future: an answer is right with the learner's calibrated chance
 * p = g + (1 − g)·C(R), graded as the scheduler grades it, and on the exam day it counts p again.
 * Questions the plan does not reach count at the first-sight chance max(g, π_d), as in readiness.
 * It is a projection under the assumption of a kept plan, not a measurement: `pmp readiness` says
 * where the learner stands, this says where the plan leads.
 */
import { ratingFor } from './grading.js';
import type { DomainId } from './question.js';
import type { Random } from './random.js';
import type { MemoryState, Scheduler } from './scheduler.js';
import { SWEEP_DAYS, SWEEP_TARGET } from './exam-sweep.js';

const DAY_MS = 86_400_000;
/** Copies of each seen question's future, fewer for many (the domain means average them out), so a projection stays well under a second. */
const SAMPLE_BUDGET = 3_000;
const MAX_SAMPLES = 12;
/** A question answered this often before the exam is cut short (a leech; keeps the loop finite). */
const MAX_ANSWERS = 40;

export interface ProjectedQuestion {
  readonly domain: DomainId;
  readonly floor: number;
  /** The memory state now; null for a question not seen yet. */
  readonly state: MemoryState | null;
  /** For a question not seen yet: the moment the plan first shows it; null when the plan does not reach it. */
  readonly introducedAt: number | null;
}

export interface ProjectionInput {
  readonly questions: readonly ProjectedQuestion[];
  readonly scheduler: Scheduler;
  /** The learner's calibration of raw recall (recall-calibration.ts calibratedRecall, bound to the learner). */
  readonly calibrated: (recall: number) => number;
  /** First-sight accuracy per domain (readiness's π_d). */
  readonly firstSight: (domain: DomainId) => number;
  readonly weights: readonly { readonly domain: DomainId; readonly weight: number }[];
  readonly now: number;
  readonly examAt: number;
  readonly random: Random;
}

export interface Projection {
  readonly expected: number;
  readonly domains: readonly { readonly domain: DomainId; readonly expected: number }[];
  readonly samples: number;
}

export function projectExamDay(input: ProjectionInput): Projection {
  const { questions, scheduler, examAt } = input;
  const seen = questions.filter((q) => q.state !== null).length;
  const samples = Math.max(1, Math.min(MAX_SAMPLES, Math.floor(SAMPLE_BUDGET / Math.max(1, seen))));
  const chance = (q: ProjectedQuestion, state: MemoryState | null, at: number) => {
    const recall = scheduler.recallProbability(state, at);
    return recall === null ? Math.max(q.floor, input.firstSight(q.domain)) : q.floor + (1 - q.floor) * input.calibrated(recall);
  };
  const sums = new Map<DomainId, { sum: number; n: number }>();
  // Unseen questions of one domain, floor and first day share one future: followed once per group.
  const unseenChance = new Map<string, number>();
  const averageFuture = (q: ProjectedQuestion, n: number) => {
    let total = 0;
    for (let s = 0; s < n; s++) total += chance(q, future(q, input, chance), examAt);
    return total / n;
  };
  for (const q of questions) {
    let p: number;
    if (q.state === null && q.introducedAt === null) p = chance(q, null, examAt);
    else if (q.state === null) {
      const key = `${q.domain}|${q.floor}|${q.introducedAt}`;
      p = unseenChance.get(key) ?? averageFuture(q, MAX_SAMPLES);
      unseenChance.set(key, p);
    } else p = averageFuture(q, samples);
    const d = sums.get(q.domain) ?? { sum: 0, n: 0 };
    sums.set(q.domain, { sum: d.sum + p, n: d.n + 1 });
  }
  const domains = input.weights.map(({ domain }) => {
    const d = sums.get(domain);
    return { domain, expected: d && d.n > 0 ? d.sum / d.n : 0 };
  });
  const weightSum = input.weights.reduce((a, w) => a + w.weight, 0) || 1;
  const expected = input.weights.reduce((a, w, i) => a + w.weight * (domains[i]?.expected ?? 0), 0) / weightSum;
  return { expected, domains, samples };
}

/** One copy of the question's future up to the exam: its answers on their due days, then the sweep. */
function future(q: ProjectedQuestion, input: ProjectionInput, chance: (q: ProjectedQuestion, s: MemoryState | null, at: number) => number): MemoryState | null {
  const { scheduler, examAt, random } = input;
  let state = q.state;
  let at = q.state ? Math.max(q.state.dueAt, input.now) : (q.introducedAt as number);
  const sweepFrom = examAt - SWEEP_DAYS * DAY_MS;
  for (let n = 0; n < MAX_ANSWERS && at < examAt - DAY_MS / 2; n++) {
    const right = random() < chance(q, state, at);
    state = scheduler.next(state, at, ratingFor({ correct: right, confidence: undefined, firstSight: state === null, guessFloor: q.floor }));
    at = Math.max(state.dueAt, at + 60_000);
  }
  // The exam week: a question short of the target gets one more review, midway through it.
  const sweepAt = Math.max(input.now, sweepFrom + (SWEEP_DAYS / 2) * DAY_MS);
  if (state !== null && sweepAt < examAt - DAY_MS / 2 && (scheduler.recallProbability(state, examAt) ?? 1) < SWEEP_TARGET && (state.lastReviewAt ?? 0) < sweepFrom) {
    const right = random() < chance(q, state, sweepAt);
    state = scheduler.next(state, sweepAt, ratingFor({ correct: right, confidence: undefined, firstSight: false, guessFloor: q.floor }));
  }
  return state;
}
