/**
 * A study session aimed at an exam date (issue #13 item 4): today's exam retention schedule and
 * review order (domain/exam-retention.ts examDayPolicy) and the exam-week sweep
 * (domain/exam-sweep.ts), worked out once when the session starts.
 */
import { examDayPolicy, examValue, stretchedDueAt } from '../domain/exam-retention.js';
import { examSweep, SWEEP_DAYS, type Sweep } from '../domain/exam-sweep.js';
import type { Scheduler } from '../domain/scheduler.js';
import { nextStudyDayStart, studyDayStart } from '../domain/study-day.js';
import type { Db } from '../storage/database.js';
import type { StudyFilter, StudyStore } from '../storage/study-store.js';
import { keptRecallCalibration } from './learner-recall.js';
import type { Clock } from './ports.js';

/** Study days from today to the exam's day (0 = the exam is today). */
function studyDaysTo(examAt: number, clock: Clock): number {
  const now = clock.now();
  const offset = clock.utcOffsetMinutes(now);
  return Math.round((studyDayStart(examAt, offset) - studyDayStart(now, offset)) / 86_400_000);
}

/**
 * Today's exam aim (domain/exam-retention.ts examDayPolicy): how far due intervals stretch, and,
 * for a learner FSRS over-predicts, today's due reviews ranked by exam-day value, leeches last.
 */
export function examAim(store: StudyStore, db: Db, scheduler: Scheduler, clock: Clock, filter: StudyFilter, examAt: number, leechLapses: number): { reviewStretch: number; reviewOrder?: number[]; sweep?: Sweep } {
  const now = clock.now();
  // The kept fit (learner-recall.ts): the same calibration, fitted again only when its answers changed.
  const calibration = keptRecallCalibration(db);
  const policy = examDayPolicy(studyDaysTo(examAt, clock), { curve: scheduler.curve, calibration });
  if (policy.order !== 'exam-value') return { reviewStretch: policy.stretch, ...sweepFor(store, scheduler, clock, filter, examAt) };
  const dayEnd = nextStudyDayStart(now, clock.utcOffsetMinutes(now));
  const ranked = store
    .reviewCards(now, filter, dayEnd)
    .flatMap((c) => {
      const s = c.state;
      if (!s || s.lastReviewAt === null || stretchedDueAt(s, policy.stretch) >= dayEnd) return [];
      const recallNow = scheduler.recallFrom(s.stability, s.lastReviewAt, Math.max(now, s.lastReviewAt + 86_400_000));
      const value = examValue(recallNow, scheduler.recallFrom(s.stability, s.lastReviewAt, examAt), calibration);
      return [{ pk: c.questionPk, leech: s.lapses >= leechLapses ? 1 : 0, value }];
    })
    .sort((a, b) => a.leech - b.leech || b.value - a.value || a.pk - b.pk);
  return { reviewStretch: policy.stretch, reviewOrder: ranked.map((r) => r.pk), ...sweepFor(store, scheduler, clock, filter, examAt) };
}

/** Today's exam-week sweep over the slice's review cards, when the exam is within its days. */
function sweepFor(store: StudyStore, scheduler: Scheduler, clock: Clock, filter: StudyFilter, examAt: number): { sweep?: Sweep } {
  const now = clock.now();
  const daysLeft = studyDaysTo(examAt, clock);
  if (daysLeft < 1 || daysLeft > SWEEP_DAYS) return {};
  const candidates = store.reviewCards(now, filter).map((c) => ({ questionPk: c.questionPk, recallAtExam: scheduler.recallProbability(c.state, examAt) ?? 0 }));
  const sweep = examSweep(candidates, daysLeft);
  return sweep ? { sweep } : {};
}
