/**
 * `pmp plan`'s exam-day projection checked against the truth (issue #13 items 4 and 8). In the
 * readiness runs with an exam date, on a few study days (before that day's session, as a learner
 * would run `pmp plan` in the morning) the projection is taken through the same calls as
 * `pmp plan --json` (makeStudyPlan, then planProjection with the stored exam date); at the end of
 * the run it is compared with the learner's true expected share on exam day (truth.ts, the same
 * blueprint weighting readiness is judged by).
 */
import { examDateFrom } from '../../src/app/exam-date.js';
import { planProjection } from '../../src/app/plan-projection.js';
import type { Clock } from '../../src/app/ports.js';
import { makeStudyPlan } from '../../src/app/study-plan.js';
import type { Outline } from '../../src/domain/outline.js';
import type { Scheduler } from '../../src/domain/scheduler.js';
import { studyDayStart } from '../../src/domain/study-day.js';
import type { Db } from '../../src/storage/database.js';
import type { Goal } from './summary.js';

/** Study days (0-based, of 30) on which the projection is taken; those before its gate give none. */
export const PROJECTION_DAYS: readonly number[] = [10, 15, 20, 25];

export interface ProjectionTaken {
  readonly day: number;
  readonly status: 'ok' | 'too-little-data' | 'none';
  readonly expected: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Milliseconds the projection took (plan included). */
  readonly ms: number;
}

export interface ProjectionOutcome extends ProjectionTaken {
  /** The learner's true expected share at the exam moment, known at the end of the run. */
  readonly truth: number;
  /** What `pmp readiness` said on exam morning (null: too little data): the projection forecasts it, so their gap is the projection's own error. */
  readonly readiness: number | null;
}

/** What `pmp plan --json` shows as its projection, on the day the clock says (the plan itself is not saved: the run's stored plan stays the one of day 0). */
export function takeProjection(db: Db, clock: Clock, scheduler: Scheduler, outline: Outline, day: number): ProjectionTaken {
  const started = performance.now();
  const plan = makeStudyPlan(db, clock, {});
  const exam = examDateFrom(plan.examDate, clock);
  const now = clock.now();
  const result =
    !exam || plan.daysLeft === 0
      ? null
      : planProjection(db, scheduler, outline, { now, dayStart: studyDayStart(now, clock.utcOffsetMinutes(now)), examAt: exam.at, newPerDay: plan.newPerDay, newQuestionDays: plan.newQuestionDays });
  const ms = performance.now() - started;
  if (result === null) return { day, status: 'none', expected: null, low: null, high: null, ms };
  if (result.status !== 'ok') return { day, status: result.status, expected: null, low: null, high: null, ms };
  return { day, status: 'ok', expected: result.expected, low: result.low, high: result.high, ms };
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, x) => a + x, 0) / xs.length);
const pts = (x: number | null) => (x === null ? null : x * 100);

/** The projection's figures for one learner kind's runs, goals beside them (as readiness's). */
export function projectionFigures(runs: readonly { readonly projections: readonly ProjectionOutcome[] }[]): Goal[] {
  const all = runs.flatMap((r) => r.projections);
  const shown = all.filter((p) => p.expected !== null);
  const ranged = shown.filter((p) => p.low !== null && p.high !== null);
  const againstReadiness = shown.filter((p) => p.readiness !== null);
  const error = (ps: readonly ProjectionOutcome[]) => pts(mean(ps.map((p) => p.expected! - p.truth)));
  const absError = (ps: readonly ProjectionOutcome[]) => pts(mean(ps.map((p) => Math.abs(p.expected! - p.truth))));
  const byDay = PROJECTION_DAYS.map((day) => {
    const ps = shown.filter((p) => p.day === day);
    const of = all.filter((p) => p.day === day).length;
    return { label: `  of which taken on day ${day} (mean; mean absolute)`, value: error(ps), unit: 'points' as const, note: `${ps.length} of ${of} shown; |error| ${absError(ps)?.toFixed(1) ?? '—'}` };
  });
  const seconds = all.reduce((a, p) => a + p.ms, 0) / 1000;
  const msShown = mean(shown.map((p) => p.ms));
  return [
    { label: 'plan projection minus true exam-day share (mean)', value: error(shown), unit: 'points', min: -3, max: 3, note: `${shown.length} of ${all.length} projections shown (days ${PROJECTION_DAYS.join(', ')} of runs with an exam date); ${seconds.toFixed(1)} s in all, ${msShown === null ? '—' : Math.round(msShown)} ms a shown one` },
    { label: 'plan projection minus true share (mean absolute)', value: absError(shown), unit: 'points' },
    {
      label: 'plan projection minus readiness on exam morning (mean)',
      value: pts(mean(againstReadiness.map((p) => p.expected! - p.readiness!))),
      unit: 'points',
      note: 'the projection\'s own part of the error: readiness\'s exam-date bias left out',
    },
    ...byDay,
    {
      label: 'truth inside the plan projection\'s 90 % range',
      value: ranged.length === 0 ? null : (100 * ranged.filter((p) => p.truth >= p.low! && p.truth <= p.high!).length) / ranged.length,
      unit: '%',
      min: 85,
      note: `${ranged.length} projections with a range`,
    },
    {
      label: 'plan projection\'s 90 % range, half its width (mean)',
      value: pts(mean(ranged.map((p) => (p.high! - p.low!) / 2))),
      unit: 'points',
      note: 'how much the range says: the narrower, the more it tells, as long as the truth stays inside',
    },
  ];
}
