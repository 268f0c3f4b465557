/**
 * The two schedulers compared, as the simulation drives them: which question comes next, and
 * what an answer does to the schedule.
 */
import { ratingFor } from '../domain/grading.js';
import { examSweep } from '../domain/exam-sweep.js';
import { reviewStretch, stretchedDueAt, type ExamRetentionPolicy } from '../domain/exam-retention.js';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type MemoryState } from '../domain/scheduler.js';

const DAY_MS = 86_400_000;
/** As src/app/study-queue.ts: learning steps due this soon are shown (only states from before revision 2 have any). */
const LEARN_AHEAD_MS = 20 * 60_000;

export interface Arm {
  readonly name: 'fsrs' | 'ladder';
  /**
   * The next question to show at `now`, or undefined when nothing is due and no new one is allowed.
   * `reviewsAllowed` is false once the day's review cap is reached (pmp study --max-reviews).
   */
  next(now: number, dayEnd: number, newAllowed: boolean, last: number | undefined, reviewsAllowed?: boolean): number | undefined;
  isNew(index: number): boolean;
  /** Applies an answer; returns the recall probability the scheduler predicted before it (null when new). */
  record(index: number, at: number, right: boolean): number | null;
}

/** Lowest `key` among indices passing `ok`, ties to the lower index. */
function first<T>(items: readonly T[], ok: (item: T, i: number) => boolean, key: (item: T) => number): number | undefined {
  let best: number | undefined;
  let bestKey = Infinity;
  items.forEach((item, i) => {
    if (!ok(item, i)) return;
    const k = key(item);
    if (k < bestKey) {
      best = i;
      bestKey = k;
    }
  });
  return best;
}

/**
 * Our scheduler: FSRS-6 with the default weights and desired retention 0.9 (no learning steps), in the order of
 * src/app/study-queue.ts — learning steps due, reviews due today (most overdue first), new
 * questions, then learning steps due within the learn-ahead window.
 */
/**
 * `retention`: the exam retention schedule (domain/exam-retention.ts) when an exam moment is given.
 * The arm has no recall calibration: FSRS is taken at its word, so reviews are always most overdue first.
 */
export function fsrsArm(questions: number, guessFloor: number, examAt?: number, retention?: ExamRetentionPolicy): Arm {
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
  // The retention schedule aimed at the exam (domain/exam-retention.ts): how far due reviews stretch today.
  const stretchFor = (dayEnd: number): number =>
    examAt === undefined || retention === undefined ? 1 : reviewStretch(Math.round((examAt - dayEnd) / DAY_MS + 0.5), { curve: scheduler.curve }, retention);
  const states: (MemoryState | null)[] = new Array(questions).fill(null);
  // The exam-week sweep, as src/app/study-session.ts makes it: planned once a day, taken after the rest.
  let sweepDay = -1;
  let sweep: { left: number[]; quota: number } = { left: [], quota: 0 };
  const sweepNext = (now: number, dayEnd: number, last: number | undefined): number | undefined => {
    if (examAt === undefined) return undefined;
    const dayStart = dayEnd - DAY_MS;
    if (dayStart !== sweepDay) {
      sweepDay = dayStart;
      const candidates = states.flatMap((s, i) => (s?.phase === 'review' ? [{ questionPk: i, recallAtExam: scheduler.recallProbability(s, examAt) ?? 0 }] : []));
      const planned = examSweep(candidates, Math.round((examAt - dayStart) / DAY_MS - 0.5));
      sweep = { left: [...(planned?.questionPks ?? [])], quota: planned?.quota ?? 0 };
    }
    while (sweep.quota > 0) {
      const i = sweep.left.findIndex((q) => q !== last);
      if (i < 0) return undefined;
      const [q] = sweep.left.splice(i, 1);
      if (q === undefined || (states[q]?.lastReviewAt ?? 0) >= dayStart) continue;
      sweep.quota--;
      return q;
    }
    return undefined;
  };
  const learning = (s: MemoryState | null): s is MemoryState => s !== null && (s.phase === 'learning' || s.phase === 'relearning');
  const dueAt = (s: MemoryState | null) => s?.dueAt ?? Infinity;
  const learningDue = (at: number, avoid: number | undefined) => first(states, (s, i) => i !== avoid && learning(s) && s.dueAt <= at, dueAt);
  const reviewDue = (dayEnd: number, last: number | undefined) => {
    const stretch = stretchFor(dayEnd);
    return first(states, (s, i) => i !== last && s?.phase === 'review' && stretchedDueAt(s, stretch) < dayEnd, dueAt);
  };
  return {
    name: 'fsrs',
    next(now, dayEnd, newAllowed, last, reviewsAllowed = true) {
      return (
        learningDue(now, last) ??
        (reviewsAllowed ? reviewDue(dayEnd, last) : undefined) ??
        (newAllowed ? first(states, (s) => s === null, () => 0) : undefined) ??
        (reviewsAllowed ? sweepNext(now, dayEnd, last) : undefined) ??
        learningDue(now + LEARN_AHEAD_MS, last) ??
        (last !== undefined ? learningDue(now + LEARN_AHEAD_MS, undefined) : undefined)
      );
    },
    isNew: (index) => states[index] === null,
    record(index, at, right) {
      const before = states[index] ?? null;
      const predicted = scheduler.recallProbability(before, at);
      states[index] = scheduler.next(before, at, ratingFor({ correct: right, confidence: undefined, firstSight: before === null, guessFloor }));
      return predicted;
    },
  };
}

/** A fixed ladder: after each right answer the next interval is the next rung; a wrong answer goes back to the first. */
export function ladderArm(questions: number, rungsDays: readonly number[]): Arm {
  const states: ({ rung: number; dueAt: number } | null)[] = new Array(questions).fill(null);
  return {
    name: 'ladder',
    next(_now, dayEnd, newAllowed, last, reviewsAllowed = true) {
      return (
        (reviewsAllowed ? first(states, (s, i) => i !== last && s !== null && s.dueAt < dayEnd, (s) => s?.dueAt ?? Infinity) : undefined) ??
        (newAllowed ? first(states, (s) => s === null, () => 0) : undefined)
      );
    },
    isNew: (index) => states[index] === null,
    record(index, at, right) {
      const before = states[index] ?? null;
      const rung = !right ? 0 : before === null ? 0 : Math.min(before.rung + 1, rungsDays.length - 1);
      states[index] = { rung, dueAt: at + (rungsDays[rung] as number) * DAY_MS };
      return null;
    },
  };
}
