/**
 * `pmp plan`'s expected exam-day score: the learner's questions, calibration and first-sight
 * accuracy, and the plan's introduction days, run through domain/plan-projection.ts.
 */
import type { Outline } from '../domain/outline.js';
import { projectExamDay, type ProjectedQuestion, type Projection } from '../domain/plan-projection.js';
import { guessingFloorOf } from '../domain/question.js';
import { seededRandom } from '../domain/random.js';
import { firstSightPriors, MIN_FIRST_SIGHT } from '../domain/readiness.js';
import { calibratedRecall } from '../domain/recall-calibration.js';
import type { Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { projectionRows } from '../storage/projection-queries.js';
import { firstSightByDomain } from '../storage/readiness-queries.js';
import { learnerRecallCalibration } from './learner-recall.js';

const DAY_MS = 86_400_000;
/** The plan's new questions are shown at the study hour, six hours into the study day. */
const STUDY_HOUR_MS = 6 * 3_600_000;

export interface PlanSchedule {
  readonly now: number;
  /** Start (ms) of today's study day. */
  readonly dayStart: number;
  readonly examAt: number;
  readonly newPerDay: number;
  readonly newQuestionDays: number;
}

/**
 * Below this many calibration answers (reviews a day or more after the last), the projection would
 * rest on FSRS's default memory model, which overstates a learner whose memory is not FSRS's by 8–20
 * points: no number then, but what is missing.
 */
export const MIN_PROJECTION_CALIBRATION = 100;

export type PlanProjection = ({ readonly status: 'ok' } & Projection) | { readonly status: 'too-little-data'; readonly calibrationAnswers: number; readonly needed: number; readonly firstSeen: number; readonly neededFirstSeen: number };

export function planProjection(db: Db, scheduler: Scheduler, outline: Outline, plan: PlanSchedule): PlanProjection | null {
  const rows = projectionRows(db, outline.id);
  if (rows.length === 0) return null;
  const calibration = learnerRecallCalibration(db);
  const firstSight = firstSightByDomain(db, outline.id);
  const firstSeen = firstSight.reduce((a, f) => a + f.seen, 0);
  if (calibration.answers < MIN_PROJECTION_CALIBRATION || firstSeen < MIN_FIRST_SIGHT) {
    return { status: 'too-little-data', calibrationAnswers: calibration.answers, needed: MIN_PROJECTION_CALIBRATION, firstSeen, neededFirstSeen: MIN_FIRST_SIGHT };
  }
  const priors = firstSightPriors(outline.domains.map((d) => d.id), firstSight);
  let unseen = 0;
  const questions = rows.map((r): ProjectedQuestion => {
    const floor = guessingFloorOf(r);
    if (r.phase !== 'new') {
      const { domain, type: _t, options: _o, keys: _k, dueAt, ...state } = r;
      return { domain, floor, state: { ...state, dueAt: dueAt ?? plan.now }, introducedAt: null };
    }
    const day = plan.newPerDay > 0 ? Math.floor(unseen++ / plan.newPerDay) : Infinity;
    return { domain: r.domain, floor, state: null, introducedAt: day < plan.newQuestionDays ? plan.dayStart + day * DAY_MS + STUDY_HOUR_MS : null };
  });
  const projection = projectExamDay({
    questions,
    scheduler,
    calibrated: (recall) => calibratedRecall(calibration, recall),
    firstSight: (domain) => priors.domains.get(domain)?.prior ?? priors.learner,
    weights: outline.domains.map((d) => ({ domain: d.id, weight: d.weight })),
    now: plan.now,
    examAt: plan.examAt,
    random: seededRandom(20261204),
  });
  return { status: 'ok', ...projection };
}
