/**
 * The exam-week sweep: with an exam date, the last days before it give every question whose recall
 * on the exam day would fall short one more review, the weakest first, spread evenly over the days
 * left. FSRS stays the memory model; what changes is the goal — the share right on one day, not a
 * steady 90 % retention. A review a few days before the exam leaves a question near 97 % on the day,
 * where FSRS's own next review (due after the exam) would leave it at 90 % or a little more.
 *
 * Simulated (500 questions, 60 days, new questions stopping 7 days before the exam, two seeds):
 * exam-day share right +1.2 points at 60 answers a day, +3.6 at 80, +3.8 at 120 for the FSRS
 * learner; +0.8 to +6.2 for half-life-regression learners that the budget lets review; nothing
 * changes where the budget has no room left (45 a day), since the sweep only takes answers the day
 * still has after its due reviews and new questions. It costs 3–10 % more reviews than FSRS alone.
 */

/** Study days before the exam in which the sweep runs: the plan's margin, when new questions have stopped. */
export const SWEEP_DAYS = 7;
/** Questions whose recall on the exam day is below this get a sweep review. */
export const SWEEP_TARGET = 0.97;

export interface SweepCandidate {
  readonly questionPk: number;
  /** FSRS recall probability at the exam. */
  readonly recallAtExam: number;
}

export interface Sweep {
  /** Weakest on exam day first. */
  readonly questionPks: readonly number[];
  /** Sweep reviews for today: the candidates spread over the days left. */
  readonly quota: number;
}

/** Today's sweep, or null outside the sweep days (`daysLeft`: study days from today to the exam, 0 = exam day). */
export function examSweep(candidates: readonly SweepCandidate[], daysLeft: number): Sweep | null {
  if (daysLeft < 1 || daysLeft > SWEEP_DAYS) return null;
  const weak = candidates.filter((c) => c.recallAtExam < SWEEP_TARGET).sort((a, b) => a.recallAtExam - b.recallAtExam || a.questionPk - b.questionPk);
  if (weak.length === 0) return null;
  return { questionPks: weak.map((c) => c.questionPk), quota: Math.ceil(weak.length / daysLeft) };
}
