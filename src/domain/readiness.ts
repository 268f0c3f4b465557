/**
 * How ready is the learner: the expected share of exam questions answered right on the exam date,
 * per domain and overall, with a 90 % range. The one place the formula lives; `pmp readiness
 * --explain` prints it with the learner's numbers, and docs/readiness.md says it in words.
 *
 * Per question i of the bank (of the chosen outline):
 *   seen   p_i = R_i + (1 − R_i)·g_i   R_i = FSRS recall probability at the exam date, g_i = guessing floor
 *   unseen p_i = max(g_i, π_d)         π_d = first-sight accuracy in domain d, shrunk (below)
 * First-sight accuracy already contains lucky guesses, so the floor is not added to it again.
 *   π     = (right + M·PRIOR) / (seen + M)            all first answers, shrunk toward PRIOR
 *   π_d   = (right_d + M·π) / (seen_d + M)           each domain's, shrunk toward the learner's own
 * Task t: E_t = mean of p_i over the task's questions (π_d when the bank has none).
 * Domain d: E_d = mean of E_t over the outline's tasks (PMI gives no task weights; each counts the same).
 * Overall: E = Σ w_d·E_d with the blueprint's weights w_d.
 * Range (90 %): E ± 1.645·sd, where sd² = (u·sd(π_d))² + E(1 − E)/n: u = the share of E_d that rests
 * on the prior, sd(π_d) the spread of its Beta posterior, and n the exam's scored questions in the
 * domain (the luck of which questions come up). Overall, the prior parts are added as if fully
 * correlated (one learner), the question luck with n = all scored questions. When the recall is
 * calibrated (src/domain/recall-calibration.ts), J Σ Jᵀ is added to each sd²: Σ the calibration's
 * covariance of (a, b, c), J = (∂E/∂a, ∂E/∂b, ∂E/∂c) from the groups' slope sums; overall with J = Σ w_d·J_d.
 * The model assumes no further study before the exam date: studying raises it.
 */
import { estimate, type Estimate } from './readiness-estimate.js';
import { calibrationVariance } from './recall-calibration.js';

export type { Estimate } from './readiness-estimate.js';
import type { Outline } from './outline.js';
import type { DomainId } from './question.js';

/** Prior first-sight accuracy of a learner we know nothing about, and its weight in answers. */
export const PRIOR = 0.5;
export const PRIOR_ANSWERS = 10;
/** Below these, the report says what is missing instead of printing numbers. */
export const MIN_FIRST_SIGHT = 30;
export const MIN_FIRST_SIGHT_PER_DOMAIN = 5;
/** How many tasks the report names as the best use of study time. */
export const FOCUS_TASKS = 5;

export interface ReadinessItem {
  readonly domain: DomainId;
  readonly task: number;
  /** The chance of a right answer by guessing. */
  readonly floor: number;
  /** FSRS recall probability at the exam date; null for a question never answered. */
  readonly recall: number | null;
}

/**
 * Questions alike for the estimate — same domain, task and guessing floor — counted together, so a
 * report over 100,000 questions moves a few hundred rows, not 100,000. A single question is a group of one.
 */
export interface ReadinessGroup {
  readonly domain: DomainId;
  readonly task: number;
  readonly floor: number;
  readonly questions: number;
  /** Of those, answered at least once. */
  readonly seen: number;
  /** Sum of the FSRS recall probability at the exam date over the seen ones. */
  readonly recallSum: number;
  /**
   * Sums over the seen ones of how their recall moves with the calibration's a, b and c
   * (calibrationSlopes): what carries the calibration's uncertainty into the range. 0 when absent.
   */
  readonly slopeASum?: number;
  readonly slopeBSum?: number;
  readonly slopeCSum?: number;
}

export const groupOf = (item: ReadinessItem): ReadinessGroup => ({
  domain: item.domain,
  task: item.task,
  floor: item.floor,
  questions: 1,
  seen: item.recall === null ? 0 : 1,
  recallSum: item.recall ?? 0,
});

export interface FirstSight {
  readonly domain: DomainId;
  /** Questions answered at least once, and how many of those first answers were right. */
  readonly seen: number;
  readonly right: number;
}

export interface ReadinessInput {
  readonly outline: Outline;
  readonly groups: readonly ReadinessGroup[];
  readonly firstSight: readonly FirstSight[];
  /** Assumed passing share, 0..1. */
  readonly cut: number;
  /** The recall calibration's uncertainty, its 3×3 covariance of (a, b, c); absent = none counted. */
  readonly calibrationCovariance?: readonly (readonly number[])[];
}


export interface TaskReadiness {
  readonly domain: DomainId;
  readonly task: number;
  readonly questions: number;
  readonly seen: number;
  readonly expected: number;
  /** Scored exam questions on this task (the domain's share split evenly over its tasks). */
  readonly examQuestions: number;
  /** Of those, how many the learner is expected to miss: what study here can win back. */
  readonly pointsLost: number;
}

export interface DomainReadiness extends Estimate {
  readonly domain: DomainId;
  readonly weight: number;
  readonly questions: number;
  readonly seen: number;
  readonly tasks: number;
  readonly tasksSeen: number;
  /** The parts of the formula, for --explain. */
  readonly parts: {
    readonly firstSeen: number;
    readonly firstRight: number;
    readonly prior: number;
    readonly priorSd: number;
    readonly meanRecall: number | null;
    readonly meanFloor: number;
    readonly priorShare: number;
    readonly examQuestions: number;
    /** The part of sd that comes from the recall calibration's own uncertainty. */
    readonly calibrationSd: number;
    /** ∂E_d/∂a and ∂E_d/∂b, for the overall range. */
    readonly slopeA: number;
    readonly slopeB: number;
    readonly slopeC: number;
  };
  readonly taskList: readonly TaskReadiness[];
}

export type Readiness =
  | {
      readonly status: 'ready';
      readonly overall: Estimate & {
        readonly questions: number;
        readonly seen: number;
        readonly learnerPrior: number;
        readonly firstSeen: number;
        readonly firstRight: number;
        /** The part of sd that comes from the recall calibration's own uncertainty. */
        readonly calibrationSd: number;
      };
      readonly domains: readonly DomainReadiness[];
      readonly focus: readonly TaskReadiness[];
    }
  | {
      readonly status: 'too-little-data';
      readonly firstSeen: number;
      readonly needFirstSeen: number;
      readonly domains: readonly { readonly domain: DomainId; readonly firstSeen: number; readonly need: number }[];
      readonly questions: number;
    };

/** The learner's first-sight accuracy (π) and each domain's (π_d), shrunk as the header says. */
export function firstSightPriors(domains: readonly DomainId[], firstSight: readonly FirstSight[]): { readonly learner: number; readonly domains: ReadonlyMap<DomainId, { readonly prior: number; readonly sd: number }> } {
  const sightOf = (d: DomainId) => firstSight.find((f) => f.domain === d) ?? { domain: d, seen: 0, right: 0 };
  const seen = domains.reduce((a, d) => a + sightOf(d).seen, 0);
  const right = domains.reduce((a, d) => a + sightOf(d).right, 0);
  const learner = (right + PRIOR_ANSWERS * PRIOR) / (seen + PRIOR_ANSWERS);
  const byDomain = new Map(
    domains.map((d) => {
      const strength = sightOf(d).seen + PRIOR_ANSWERS;
      const prior = (sightOf(d).right + PRIOR_ANSWERS * learner) / strength;
      return [d, { prior, sd: Math.sqrt((prior * (1 - prior)) / (strength + 1)) }] as const;
    }),
  );
  return { learner, domains: byDomain };
}

/** One question's chance of a right answer: seen → R + (1 − R)·g; never seen → max(g, π_d). */
export function questionChance(item: Pick<ReadinessItem, 'floor' | 'recall'>, domainPrior: number): number {
  return item.recall === null ? Math.max(item.floor, domainPrior) : item.recall + (1 - item.recall) * item.floor;
}

export function estimateReadiness(input: ReadinessInput): Readiness {
  const { outline, groups, cut } = input;
  const total = (gs: readonly ReadinessGroup[], f: (g: ReadinessGroup) => number) => gs.reduce((a, g) => a + f(g), 0);
  const sightOf = (d: DomainId) => input.firstSight.find((f) => f.domain === d) ?? { domain: d, seen: 0, right: 0 };
  const seenAll = outline.domains.reduce((a, d) => a + sightOf(d.id).seen, 0);
  const rightAll = outline.domains.reduce((a, d) => a + sightOf(d.id).right, 0);
  const thin = outline.domains.filter((d) => sightOf(d.id).seen < MIN_FIRST_SIGHT_PER_DOMAIN);
  if (seenAll < MIN_FIRST_SIGHT || thin.length > 0) {
    return {
      status: 'too-little-data',
      firstSeen: seenAll,
      needFirstSeen: MIN_FIRST_SIGHT,
      domains: outline.domains.map((d) => ({ domain: d.id, firstSeen: sightOf(d.id).seen, need: MIN_FIRST_SIGHT_PER_DOMAIN })),
      questions: total(groups, (g) => g.questions),
    };
  }

  const priors = firstSightPriors(outline.domains.map((d) => d.id), input.firstSight);
  const learnerPrior = priors.learner;
  const scored = outline.exam.scored;
  const domains = outline.domains.map((d): DomainReadiness => {
    const sight = sightOf(d.id);
    const { prior, sd: priorSd } = priors.domains.get(d.id) ?? { prior: learnerPrior, sd: 0 };
    const examQuestions = d.weight * scored;
    const inDomain = groups.filter((g) => g.domain === d.id);
    const taskList = d.tasks.map((t): TaskReadiness & { priorShare: number; slopeA: number; slopeB: number; slopeC: number } => {
      const inTask = inDomain.filter((g) => g.task === t.n);
      const questions = total(inTask, (g) => g.questions);
      const fromPrior = total(inTask, (g) => g.questions - g.seen);
      // Σ over seen of R + (1 − R)·g, plus the unseen at max(g, π_d) — see questionChance.
      const sum = total(inTask, (g) => g.seen * g.floor + (1 - g.floor) * g.recallSum + (g.questions - g.seen) * Math.max(g.floor, prior));
      const expected = questions > 0 ? sum / questions : prior;
      // How E_t moves with the calibration: the seen questions' recall, scaled by (1 − g) as p is.
      const slopeA = questions > 0 ? total(inTask, (g) => (1 - g.floor) * (g.slopeASum ?? 0)) / questions : 0;
      const slopeB = questions > 0 ? total(inTask, (g) => (1 - g.floor) * (g.slopeBSum ?? 0)) / questions : 0;
      const slopeC = questions > 0 ? total(inTask, (g) => (1 - g.floor) * (g.slopeCSum ?? 0)) / questions : 0;
      const taskExam = examQuestions / d.tasks.length;
      return {
        domain: d.id,
        task: t.n,
        questions,
        seen: total(inTask, (g) => g.seen),
        expected,
        examQuestions: taskExam,
        pointsLost: taskExam * (1 - expected),
        priorShare: questions > 0 ? fromPrior / questions : 1,
        slopeA,
        slopeB,
        slopeC,
      };
    });
    const expected = mean(taskList.map((t) => t.expected));
    const priorShare = mean(taskList.map((t) => t.priorShare));
    const slopeA = mean(taskList.map((t) => t.slopeA));
    const slopeB = mean(taskList.map((t) => t.slopeB));
    const slopeC = mean(taskList.map((t) => t.slopeC));
    const calibrationSd = Math.sqrt(calibrationVariance(input.calibrationCovariance, [slopeA, slopeB, slopeC]));
    const sd = Math.sqrt((priorShare * priorSd) ** 2 + calibrationSd ** 2 + (expected * (1 - expected)) / examQuestions);
    const domainQuestions = total(inDomain, (g) => g.questions);
    const domainSeen = total(inDomain, (g) => g.seen);
    return {
      domain: d.id,
      weight: d.weight,
      questions: domainQuestions,
      seen: domainSeen,
      tasks: d.tasks.length,
      tasksSeen: taskList.filter((t) => t.seen > 0).length,
      ...estimate(expected, sd, cut),
      parts: {
        firstSeen: sight.seen,
        firstRight: sight.right,
        prior,
        priorSd,
        meanRecall: domainSeen > 0 ? total(inDomain, (g) => g.recallSum) / domainSeen : null,
        meanFloor: domainQuestions > 0 ? total(inDomain, (g) => g.floor * g.questions) / domainQuestions : 0,
        priorShare,
        examQuestions,
        calibrationSd,
        slopeA,
        slopeB,
        slopeC,
      },
      taskList: taskList.map(({ priorShare: _, slopeA: _a, slopeB: _b, slopeC: _c, ...t }) => t),
    };
  });

  const expected = domains.reduce((a, d) => a + d.weight * d.expected, 0);
  const priorPart = domains.reduce((a, d) => a + d.weight * d.parts.priorShare * d.parts.priorSd, 0);
  // One calibration for all domains: its part adds up across them like the prior's (fully correlated).
  const calibrationSd = Math.sqrt(
    calibrationVariance(input.calibrationCovariance, [
      domains.reduce((a, d) => a + d.weight * d.parts.slopeA, 0),
      domains.reduce((a, d) => a + d.weight * d.parts.slopeB, 0),
      domains.reduce((a, d) => a + d.weight * d.parts.slopeC, 0),
    ]),
  );
  const sd = Math.sqrt(priorPart ** 2 + calibrationSd ** 2 + (expected * (1 - expected)) / scored);
  const focus = domains
    .flatMap((d) => d.taskList)
    .sort((a, b) => b.pointsLost - a.pointsLost)
    .slice(0, FOCUS_TASKS);
  return {
    status: 'ready',
    overall: {
      ...estimate(expected, sd, cut),
      questions: total(groups, (g) => g.questions),
      seen: total(groups, (g) => g.seen),
      learnerPrior,
      firstSeen: seenAll,
      firstRight: rightAll,
      calibrationSd,
    },
    domains,
    focus,
  };
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, x) => a + x, 0) / xs.length);
