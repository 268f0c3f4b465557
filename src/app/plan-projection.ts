/**
 * `pmp plan`'s expected exam-day score: the learner's questions, calibration and first-sight
 * accuracy, the plan's introduction days and the learner's own pace (answers a day over the last
 * study days), run through domain/plan-projection.ts.
 */
import type { Outline } from '../domain/outline.js';
import { projectExamDay, type ProjectedQuestion, type Projection } from '../domain/plan-projection.js';
import { guessingFloorOf } from '../domain/question.js';
import { seededRandom } from '../domain/random.js';
import { firstSightPriors, MIN_FIRST_SIGHT } from '../domain/readiness.js';
import { fitProjectionCalibration, projectedRecall, projectedRecallSlopes, type ProjectionCalibration } from '../domain/projection-calibration.js';
import { CALIBRATION_WINDOW } from '../domain/recall-calibration.js';
import { recallCalibrationFrom, spacedAnswers } from './learner-recall.js';
import type { Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { recentPredictedAnswers, type PredictedAnswerRow } from '../storage/calibration-queries.js';
import { firstStudyAnswerAt, projectionRows, studyAnswersBetween } from '../storage/projection-queries.js';
import { firstSightByDomain } from '../storage/readiness-queries.js';

const DAY_MS = 86_400_000;
/** The plan's new questions are shown at the study hour, six hours into the study day. */
const STUDY_HOUR_MS = 6 * 3_600_000;
/** Study days (today not counted) whose answers make the learner's pace. */
export const PACE_DAYS = 7;

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

export type PlanProjection = ({ readonly status: 'ok'; readonly pace: LearnerPace | null } & Projection) | { readonly status: 'too-little-data'; readonly calibrationAnswers: number; readonly needed: number; readonly firstSeen: number; readonly neededFirstSeen: number };

export interface LearnerPace {
  /** Study answers a day over the last `days` study days (today not counted). */
  readonly answersPerDay: number;
  readonly days: number;
  readonly answeredToday: number;
}

/** The learner's answers a day over the last PACE_DAYS study days; null before a whole day of study (the plan is then assumed kept). */
export function learnerPace(db: Db, dayStart: number, now: number): LearnerPace | null {
  const first = firstStudyAnswerAt(db);
  if (first === null) return null;
  // Whole study days from the first answer's day to today; rounded for DST.
  const days = Math.min(PACE_DAYS, Math.ceil((dayStart - first) / DAY_MS));
  if (days < 1) return null;
  return { answersPerDay: studyAnswersBetween(db, dayStart - days * DAY_MS, dayStart) / days, days, answeredToday: studyAnswersBetween(db, dayStart, now + 1) };
}

/**
 * The projection's calibration (domain/projection-calibration.ts): fitted on the same answers as the
 * learner's recall calibration (learner-recall.ts: the newest CALIBRATION_WINDOW with a prediction,
 * a day or more after the previous answer to the question), each with its interval.
 */
export function projectionCalibration(db: Db): ProjectionCalibration {
  return projectionCalibrationFrom(recentPredictedAnswers(db, CALIBRATION_WINDOW));
}

function projectionCalibrationFrom(rows: readonly PredictedAnswerRow[]): ProjectionCalibration {
  return fitProjectionCalibration(
    spacedAnswers(rows).map((r) => ({ recall: r.recall, floor: guessingFloorOf(r), correct: r.correct, misses: r.missesBefore, elapsedDays: (r.answeredAt - r.previousAt) / DAY_MS })),
  );
}

export function planProjection(db: Db, scheduler: Scheduler, outline: Outline, plan: PlanSchedule): PlanProjection | null {
  const rows = projectionRows(db, outline.id);
  if (rows.length === 0) return null;
  // One read of the answers both calibrations are fitted on.
  const answers = recentPredictedAnswers(db, CALIBRATION_WINDOW);
  const calibration = projectionCalibrationFrom(answers);
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
      const { domain, type: _t, options: _o, keys: _k, dueAt, firstWrong, ...state } = r;
      return { domain, floor, state: { ...state, dueAt: dueAt ?? plan.now }, firstAnswerWrong: firstWrong === 1, introducedAt: null };
    }
    const day = plan.newPerDay > 0 ? Math.floor(unseen++ / plan.newPerDay) : Infinity;
    return { domain: r.domain, floor, state: null, firstAnswerWrong: false, introducedAt: day < plan.newQuestionDays ? plan.dayStart + day * DAY_MS + STUDY_HOUR_MS : null };
  });
  // A learner back from a break has no pace to keep: the plan kept in full is then the projection (and says so).
  const measured = learnerPace(db, plan.dayStart, plan.now);
  const pace = measured && measured.answersPerDay >= 1 ? measured : null;
  const projection = projectExamDay({
    questions,
    scheduler,
    calibrated: (recall, misses, elapsedDays) => projectedRecall(calibration, recall, misses, elapsedDays),
    calibrationSlopes: (recall, misses, elapsedDays) => projectedRecallSlopes(calibration, recall, misses, elapsedDays),
    // What pmp study's exam aim takes its order and waiting from: the readiness calibration, as study uses it.
    recallCalibration: recallCalibrationFrom(answers),
    calibrationCovariance: calibration.covariance,
    firstSight: (domain) => priors.domains.get(domain)?.prior ?? priors.learner,
    firstSightSd: (domain) => priors.domains.get(domain)?.sd ?? 0,
    weights: outline.domains.map((d) => ({ domain: d.id, weight: d.weight })),
    now: plan.now,
    dayStart: plan.dayStart,
    examAt: plan.examAt,
    answersPerDay: pace?.answersPerDay ?? null,
    answeredToday: pace?.answeredToday ?? 0,
    examQuestions: outline.exam.scored,
    random: seededRandom(20261204),
  });
  return { status: 'ok', pace, ...projection };
}
