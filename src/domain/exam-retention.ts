/**
 * Study aimed at the exam date (issue #13 item 4): examDayPolicy says, for a study day and the
 * days left to the exam, how far due reviews may wait and in which order they are taken. FSRS stays
 * the memory model and writes its own due dates at 0.90 (memory states and replays do not change);
 * the study queue (app/exam-aim.ts) and `pmp plan`'s projection (plan-projection.ts) call it.
 *
 * - Retention schedule: a due review waits until recall falls to 0.85 while the exam is more than
 *   three weeks away, rising to 0.90 over a week, 0.90 in the last two weeks (the exam-week sweep,
 *   exam-sweep.ts, goes beyond FSRS's dates there). The target is the learner's true recall, turned
 *   into FSRS's through the recall calibration; never earlier than FSRS's date, never for a question
 *   with a lapse, never past FSRS's recall LOWEST_RAW_RETENTION.
 * - Order: most overdue first, unless the calibration shows FSRS over-predicting the learner; then
 *   by exam-day value (examValue), the reviews still likely recalled and not yet safe on the day.
 *
 * Why both, and the guard: the bench's learners pull in opposite directions. A memory that follows
 * FSRS gains more from a review at lower recall, so waiting is free (the scheduler simulation: the
 * same exam-day share, −0.5 to +0.4 points, with 0.6–4.9 % fewer reviews). A half-life memory (h ×2.5
 * after any right recall, ×0.6 after a lapse) gains nothing from waiting: unguarded, the schedule cost
 * it up to 2.3 points at 60 days; ranked by calibrated value its weak learner gains 7–10 points.
 * Readiness bench (30 days, runs with a date, ours minus default FSRS at 40 / 80 / 120 a day):
 * half-life learner −0.6 / +1.4 / +3.6 points, FSRS learner +0.1 / −0.5 / −0.3, with 0–4.3 % fewer
 * reviews. More is not there to take: the plan's new questions and the due reviews fill 95–97 % of
 * the budget. Figures and what else was tried: docs/readiness.md, "Study aimed at the exam date".
 */
import { calibratedRecall, type RecallCalibration } from './recall-calibration.js';

/** FSRS's own desired retention, which the due dates in the memory states are written for. */
export const BASE_RETENTION = 0.9;
/** Never let reviews wait past this FSRS recall, whatever the calibration says (a stretch of about 2.1 at default weights). */
export const LOWEST_RAW_RETENTION = 0.8;

export interface ExamRetentionPolicy {
  /** Desired (true) retention while the exam is far. */
  readonly farRetention: number;
  /** In the last this many study days before the exam, the base retention. */
  readonly nearDays: number;
  /** Days over which the retention rises from far to base, before `nearDays`. */
  readonly rampDays: number;
}

export const EXAM_RETENTION_POLICY: ExamRetentionPolicy = { farRetention: 0.85, nearDays: 14, rampDays: 7 };

/**
 * The desired retention for a study day `daysToExam` study days before the exam (0 = exam day);
 * null (no exam date) gives the base. Never above the base.
 */
export function examDayRetention(daysToExam: number | null, policy: ExamRetentionPolicy = EXAM_RETENTION_POLICY): number {
  if (daysToExam === null || daysToExam <= policy.nearDays) return BASE_RETENTION;
  const far = Math.min(BASE_RETENTION, policy.farRetention);
  const intoRamp = daysToExam - policy.nearDays;
  if (policy.rampDays <= 0 || intoRamp >= policy.rampDays) return far;
  return BASE_RETENTION + ((far - BASE_RETENTION) * intoRamp) / policy.rampDays;
}

/**
 * Days from the last review until recall falls to `retention`, per day of stability, on FSRS's
 * forgetting curve R = (1 + factor · t / S)^decay (Scheduler.curve): t = S · k with
 * k = (retention^(1/decay) − 1) / factor. k = 1 at 0.90 by FSRS's construction.
 */
export function intervalPerStability(retention: number, curve: ForgettingCurve): number {
  if (!(retention > 0 && retention < 1)) throw new RangeError(`retention must be in (0, 1), got ${retention}`);
  return (retention ** (1 / curve.decay) - 1) / curve.factor;
}

export interface ForgettingCurve {
  readonly decay: number;
  readonly factor: number;
}

/**
 * The retention schedule's part of the policy: how far FSRS's due intervals stretch on a study
 * day `daysToExam` before the exam
 * (1 = FSRS's own dates; null = no exam date). The desired true retention becomes FSRS's recall
 * through the calibration (none: FSRS taken at its word), kept between LOWEST_RAW_RETENTION and the base.
 */
export function reviewStretch(
  daysToExam: number | null,
  learner: { readonly curve: ForgettingCurve; readonly calibration?: Pick<RecallCalibration, 'a' | 'b'> },
  policy: ExamRetentionPolicy = EXAM_RETENTION_POLICY,
): number {
  const target = examDayRetention(daysToExam, policy);
  if (target >= BASE_RETENTION) return 1;
  const raw = rawRecallFor(target, learner.calibration);
  if (raw === null || raw >= BASE_RETENTION) return 1;
  return intervalPerStability(Math.max(LOWEST_RAW_RETENTION, raw), learner.curve);
}

/** FSRS's recall at which the calibrated recall (of a question never missed) is `target`; null when the calibration cannot say (slope ≤ 0). */
function rawRecallFor(target: number, calibration: Pick<RecallCalibration, 'a' | 'b'> | undefined): number | null {
  if (!calibration) return target;
  if (!(calibration.b > 0)) return null;
  const logit = Math.log(target / (1 - target));
  return 1 / (1 + Math.exp(-(logit - calibration.a) / calibration.b));
}

/**
 * FSRS over-predicts a learner when the calibrated recall at FSRS's own 0.90 falls below this; with
 * at least MIN_RANKING_ANSWERS answers behind the calibration, due reviews are then taken in order
 * of exam-day value (examValue) instead of most overdue first.
 */
export const OVER_PREDICTION_GATE = 0.8;
export const MIN_RANKING_ANSWERS = 100;

export type ReviewOrder = 'most-overdue' | 'exam-value';

export interface ExamDayPolicy {
  /** How far FSRS's due intervals stretch today (1 = FSRS's own dates). */
  readonly stretch: number;
  /** In which order today's due reviews are taken. */
  readonly order: ReviewOrder;
}

export type LearnerModel = { readonly curve: ForgettingCurve; readonly calibration?: Pick<RecallCalibration, 'a' | 'b' | 'c' | 'answers'> };

/**
 * THE policy of a study day aimed at the exam: the stretch of due intervals (reviewStretch) and
 * the order of due reviews. Most overdue first suits a memory that gains more from a review at
 * lower recall (FSRS's own law); a learner FSRS over-predicts forgets before its due dates, and
 * there the reviews that pay on exam day are those still likely recalled now and not yet safe on
 * the day (examValue). null days: no exam date.
 */
export function examDayPolicy(daysToExam: number | null, learner: LearnerModel, policy: ExamRetentionPolicy = EXAM_RETENTION_POLICY): ExamDayPolicy {
  const c = learner.calibration;
  const overPredicted = daysToExam !== null && c !== undefined && c.answers >= MIN_RANKING_ANSWERS && calibratedRecall({ a: c.a, b: c.b, c: 0 }, BASE_RETENTION) < OVER_PREDICTION_GATE;
  return { stretch: reviewStretch(daysToExam, learner, policy), order: overPredicted ? 'exam-value' : 'most-overdue' };
}

/**
 * A due review's worth on exam day, for the 'exam-value' order (higher first): the chance it is
 * recalled now times what the exam day still lacks, C(R_now) · (1 − C(R_exam)), both through the
 * calibration (a question never missed). A review recalled lifts the question; one forgotten
 * gains little.
 */
export function examValue(recallNow: number, recallAtExam: number, calibration?: Pick<RecallCalibration, 'a' | 'b'>): number {
  const c = (r: number) => (calibration ? calibratedRecall({ a: calibration.a, b: calibration.b, c: 0 }, r) : r);
  return c(recallNow) * (1 - c(recallAtExam));
}

/**
 * When a review is taken under a stretch: its stretched interval in whole days (at least 1) after
 * the last review, never before FSRS's own due date; a question with a lapse keeps FSRS's date.
 * The study store's query says the same in SQL (storage/study-store.ts).
 */
export function stretchedDueAt(state: { readonly dueAt: number; readonly stability: number; readonly lastReviewAt: number | null; readonly lapses: number }, stretch: number): number {
  if (stretch <= 1 || state.lastReviewAt === null || state.lapses > 0) return state.dueAt;
  return Math.max(state.dueAt, state.lastReviewAt + Math.max(1, Math.round(state.stability * stretch)) * DAY_MS);
}

const DAY_MS = 86_400_000;
