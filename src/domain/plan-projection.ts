/**
 * The plan's expected exam-day score: what readiness would say on the exam date if the learner
 * keeps studying as they have been — the plan's new questions, the due reviews and the exam-week
 * sweep (domain/exam-sweep.ts), in the order `pmp study` takes them with a plan (due reviews as
 * each day's exam aim has them — domain/exam-retention.ts: waiting for the day's retention, most
 * overdue or most valuable on exam day first — leeches last, in the room the new quota leaves; the
 * new questions; then the sweep), but no more
 * answers a day than the learner's own recent pace.
 *
 * Why the pace: the first version assumed every due review is taken on its day. For a learner who
 * forgets faster than FSRS's defaults that means 250–500 answers a day, and the readiness bench
 * (bench/readiness/projection.ts) found it 20–40 points above the learner's true exam-day share
 * when the learner studied 80–120 a day — a "you will be ready" that was not true.
 *
 * The whole bank is followed day by day through a few seeded copies of the future (plan-future.ts): an answer is
 * right with the learner's calibrated chance p = g + (1 − g)·C(R, M, t), graded as the scheduler
 * grades it; on the exam day each question counts p again, judged at least a day after its last
 * answer (as readiness judges it); a question never reached counts at the first-sight chance
 * max(g, π_d). C is the projection's own calibration (projection-calibration.ts): readiness's, plus
 * a term in the days t since the question's last answer, because the futures reach intervals longer
 * than any the learner has reviewed yet.
 *
 * Range (90 %): E ± 1.645·sd, sd² = the spread of E over the copies of the future (the learner's
 * own luck between now and then) + J Σ Jᵀ (the calibration's uncertainty, as readiness carries it)
 * + (u·sd(π))² (the share resting on the first-sight prior) + E(1 − E)/n (the exam's n scored
 * questions) + m² (what the bench measured the projection to miss by besides, growing with the days ahead: m =
 * max(0.02, 0.004 · days to the exam)).
 * It is a projection under the assumption of a kept pace, not a measurement.
 *
 * A bank too large to follow whole quickly (SAMPLE_BUDGET) is followed through every k-th question
 * at 1/k of the pace; the range then also carries the sample's error (followBank).
 */
import type { LearnerModel } from './exam-retention.js';
import { Z90 } from './normal.js';
import { chanceAt, followFuture } from './plan-future.js';
import type { DomainId } from './question.js';
import type { Random } from './random.js';
import { quadraticForm } from './logistic-fit.js';
import { missesOf } from './recall-calibration.js';
import type { MemoryState, Scheduler } from './scheduler.js';

const DAY_MS = 86_400_000;
/** Question-days simulated per projection (questions × study days × copies): keeps it well under a second. */
const WORK_BUDGET = 150_000;
/**
 * Question-days (questions × study days × MIN_SAMPLES) past which a sample of the bank is followed
 * instead of the whole of it: the bundled banks are followed whole up to ~290 days before the exam;
 * 100,000 questions 73 days ahead took ~15 s whole, and a sample of 4,000 questions leaves the
 * projection a sampling error of about half a point, which its range carries.
 */
const SAMPLE_BUDGET = 600_000;
const MAX_SAMPLES = 8;
const MIN_SAMPLES = 2;
/**
 * Error of the projection that none of its own terms carries, as a share (0.01 = 1 point), growing
 * with the days to the exam: the futures reach memory states no review has tested yet. Set from the
 * readiness bench (bench/readiness/projection.ts) when the calibration ignored the interval and the
 * half-life learner's projection ran +6 points high 5 days ahead and +12 twenty days ahead. With the
 * interval term (projection-calibration.ts) that drift is gone (+3.5 at 5 days, +3.6 at 20: what
 * readiness itself says on exam morning), but single projections 20 days ahead still miss by up to
 * 7 points (FSRS learner, weak, 80 a day). Kept: over the bench's 24 projections per learner kind
 * 0.003 would also have held the truth in 24 of 24 (ranges ±9.3 and ±7.5 points instead of ±10.7
 * and ±9.3), 0.002 in 23 and 22 — too few projections to tell those apart.
 */
export const MODEL_SD_PER_DAY = 0.004;
export const MODEL_SD_MIN = 0.02;

export interface ProjectedQuestion {
  readonly domain: DomainId;
  readonly floor: number;
  /** The memory state now; null for a question not seen yet. */
  readonly state: MemoryState | null;
  /** Whether its first answer was wrong (a miss the calibration counts, recall-calibration.ts missesOf); false when not seen. */
  readonly firstAnswerWrong: boolean;
  /** For a question not seen yet: the moment the plan first shows it; null when the plan does not reach it. */
  readonly introducedAt: number | null;
}

export interface ProjectionInput {
  readonly questions: readonly ProjectedQuestion[];
  readonly scheduler: Scheduler;
  /**
   * The learner's calibration of raw recall for a question with so many misses, judged `elapsedDays`
   * (at least 1) after its last answer (projection-calibration.ts projectedRecall, bound to the learner).
   */
  readonly calibrated: (recall: number, misses: number, elapsedDays: number) => number;
  /** The learner's recall calibration, for the exam aim of each day (exam-retention.ts examDayPolicy, as pmp study takes it); absent: FSRS taken at its word. */
  readonly recallCalibration?: LearnerModel['calibration'];
  /** How the calibrated recall moves with each of the calibration's parameters (projectedRecallSlopes), and their covariance. */
  readonly calibrationSlopes?: (recall: number, misses: number, elapsedDays: number) => readonly number[];
  readonly calibrationCovariance?: readonly (readonly number[])[];
  /** First-sight accuracy per domain (readiness's π_d) and its uncertainty. */
  readonly firstSight: (domain: DomainId) => number;
  readonly firstSightSd?: (domain: DomainId) => number;
  readonly weights: readonly { readonly domain: DomainId; readonly weight: number }[];
  readonly now: number;
  /** Start (ms) of today's study day. */
  readonly dayStart: number;
  readonly examAt: number;
  /** Answers a day the learner gives (their recent pace); null: every due review and planned question, whatever it takes. */
  readonly answersPerDay: number | null;
  /** Answers already given today (today's budget is what is left of the pace). */
  readonly answeredToday: number;
  /** The exam's scored questions, whose luck the range carries. */
  readonly examQuestions: number;
  readonly random: Random;
}

export interface Projection {
  readonly expected: number;
  /** The 90 % range (see the header). */
  readonly low: number;
  readonly high: number;
  readonly sd: number;
  readonly domains: readonly { readonly domain: DomainId; readonly expected: number }[];
  readonly samples: number;
  /** Questions followed through the futures: the whole bank, or an evenly spaced sample of a large one. */
  readonly followed: number;
  /** Mean answers a day the projected future takes (after the pace's cap). */
  readonly answersPerDay: number;
  /** Mean answers a day keeping the plan would take without the cap (every due review on its day). */
  readonly answersPerDayUncapped: number | null;
}


/** The model-drift part of sd (see MODEL_SD_PER_DAY). */
export function modelSd(input: Pick<ProjectionInput, 'now' | 'examAt'>): number {
  return Math.max(MODEL_SD_MIN, (MODEL_SD_PER_DAY * Math.max(0, input.examAt - input.now)) / DAY_MS);
}

export function projectExamDay(input: ProjectionInput): Projection {
  const studyDays = Math.max(1, Math.ceil((input.examAt - input.now) / DAY_MS));
  const stride = Math.max(1, Math.ceil((input.questions.length * studyDays * MIN_SAMPLES) / SAMPLE_BUDGET));
  if (stride === 1) return followBank(input, null);
  // Every stride-th question, in the order pmp study takes them (seen ones, then the new ones in the
  // plan's order), studied at 1/stride of the pace: the same mix of seen, new and never reached.
  const population = new Map<DomainId, number>();
  for (const q of input.questions) population.set(q.domain, (population.get(q.domain) ?? 0) + 1);
  const sample: ProjectionInput = {
    ...input,
    questions: input.questions.filter((_, i) => i % stride === 0),
    answersPerDay: input.answersPerDay === null ? null : input.answersPerDay / stride,
    answeredToday: input.answeredToday / stride,
  };
  const projection = followBank(sample, population);
  return {
    ...projection,
    answersPerDay: projection.answersPerDay * stride,
    answersPerDayUncapped: projection.answersPerDayUncapped === null ? null : projection.answersPerDayUncapped * stride,
  };
}

/**
 * The projection over the questions given. With `population` (the whole bank's questions per domain)
 * they are a sample of it, and the range also carries the sample's error: Σ_d w_d² · s_d² / n_d ·
 * (1 − n_d / N_d), s_d² the spread of the exam-day chance over the domain's sampled questions.
 */
function followBank(input: ProjectionInput, population: ReadonlyMap<DomainId, number> | null): Projection {
  const { examAt } = input;
  const studyDays = Math.max(1, Math.ceil((examAt - input.now) / DAY_MS));
  const samples = Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, Math.floor(WORK_BUDGET / Math.max(1, input.questions.length * studyDays))));
  const domainIds = input.weights.map((w) => w.domain);
  const weightSum = input.weights.reduce((a, w) => a + w.weight, 0) || 1;
  const weightOf = new Map(input.weights.map((w) => [w.domain, w.weight / weightSum]));
  const count = new Map<DomainId, number>();
  for (const q of input.questions) count.set(q.domain, (count.get(q.domain) ?? 0) + 1);
  const totals = new Map<DomainId, number>(domainIds.map((d) => [d, 0]));
  const overall: number[] = [];
  // The calibration's gradient, summed over the questions as the exam weighs them (averaged over the futures).
  const slopes: number[] = [];
  let priorVariance = 0;
  let samplingVariance = 0;
  let answers = 0;
  let days = 1;
  for (let s = 0; s < samples; s++) {
    const future = followFuture(input, input.answersPerDay);
    answers += future.answers;
    days = Math.max(1, future.days);
    const sums = new Map<DomainId, number>();
    const squares = new Map<DomainId, number>();
    const priorShare = new Map<DomainId, number>();
    for (const c of future.cards) {
      const p = chanceAt(input, c, examAt);
      sums.set(c.q.domain, (sums.get(c.q.domain) ?? 0) + p);
      squares.set(c.q.domain, (squares.get(c.q.domain) ?? 0) + p * p);
      const w = (weightOf.get(c.q.domain) ?? 0) / (count.get(c.q.domain) ?? 1);
      if (c.state === null) priorShare.set(c.q.domain, (priorShare.get(c.q.domain) ?? 0) + 1 / (count.get(c.q.domain) ?? 1));
      else if (input.calibrationSlopes && c.state.lastReviewAt !== null) {
        const when = Math.max(examAt, c.state.lastReviewAt + DAY_MS);
        const recall = input.scheduler.recallProbability(c.state, when) ?? 0;
        input.calibrationSlopes(recall, missesOf(c.state.lapses, c.firstAnswerWrong), (when - c.state.lastReviewAt) / DAY_MS).forEach((slope, k) => {
          slopes[k] = (slopes[k] ?? 0) + (w * (1 - c.q.floor) * slope) / samples;
        });
      }
    }
    let e = 0;
    for (const d of domainIds) {
      const mean = (sums.get(d) ?? 0) / (count.get(d) ?? 1);
      totals.set(d, (totals.get(d) ?? 0) + mean / samples);
      e += (weightOf.get(d) ?? 0) * mean;
      const u = priorShare.get(d) ?? 0;
      priorVariance += ((weightOf.get(d) ?? 0) * u * (input.firstSightSd?.(d) ?? 0)) ** 2 / samples;
      const n = count.get(d) ?? 0;
      const whole = population?.get(d) ?? n;
      if (n > 1 && whole > n) {
        const spread = Math.max(0, ((squares.get(d) ?? 0) - n * mean * mean) / (n - 1));
        samplingVariance += ((weightOf.get(d) ?? 0) ** 2 * spread * (1 - n / whole)) / n / samples;
      }
    }
    overall.push(e);
  }
  const expected = overall.reduce((a, x) => a + x, 0) / samples;
  const futureVariance = overall.reduce((a, x) => a + (x - expected) ** 2, 0) / Math.max(1, samples - 1);
  const calibrationVariance = quadraticForm(input.calibrationCovariance, slopes);
  const sd = Math.sqrt(futureVariance + calibrationVariance + priorVariance + samplingVariance + (expected * (1 - expected)) / Math.max(1, input.examQuestions) + modelSd(input) ** 2);
  const uncapped = input.answersPerDay === null ? null : followFuture(input, null);
  return {
    expected,
    low: Math.max(0, expected - Z90 * sd),
    high: Math.min(1, expected + Z90 * sd),
    sd,
    domains: domainIds.map((domain) => ({ domain, expected: totals.get(domain) ?? 0 })),
    samples,
    followed: input.questions.length,
    answersPerDay: answers / samples / days,
    answersPerDayUncapped: uncapped === null ? null : uncapped.answers / Math.max(1, uncapped.days),
  };
}
