/**
 * One copy of the future behind pmp plan's projection (plan-projection.ts): the whole bank (or its
 * sample) followed day by day up to the exam, in the order pmp study takes questions with a plan and
 * an exam aim, each answer right with the learner's calibrated chance (chanceAt).
 */
import { examDayPolicy, examValue, stretchedDueAt, type LearnerModel } from './exam-retention.js';
import { examSweep, SWEEP_DAYS } from './exam-sweep.js';
import { DEFAULT_LEECH_LAPSES, ratingFor } from './grading.js';
import type { ProjectedQuestion, ProjectionInput } from './plan-projection.js';
import { missesOf } from './recall-calibration.js';
import type { MemoryState, Scheduler } from './scheduler.js';

const DAY_MS = 86_400_000;

export interface Card {
  readonly q: ProjectedQuestion;
  state: MemoryState | null;
  firstAnswerWrong: boolean;
  /** Bumped at every answer: a queue entry with an older version is stale. */
  version: number;
  answeredDay: number;
}

interface Entry {
  readonly card: Card;
  readonly version: number;
}

/** One copy of the whole bank's future up to the exam: the final cards, the answers taken and the study days. */
export function followFuture(input: ProjectionInput, budgetPerDay: number | null): { cards: Card[]; answers: number; days: number } {
  const { scheduler, examAt, random } = input;
  const cards: Card[] = input.questions.map((q) => ({ q, state: q.state, firstAnswerWrong: q.firstAnswerWrong, version: 0, answeredDay: -1 }));
  const unseen = cards.filter((c) => c.state === null && c.q.introducedAt !== null).sort((a, b) => (a.q.introducedAt as number) - (b.q.introducedAt as number));
  const examDay = Math.floor((examAt - input.dayStart) / DAY_MS);
  // Reviews by the study day they fall due on (day 0 holds every overdue one); left-over reviews wait in `backlog`.
  const byDay: Entry[][] = [];
  // As pmp study with an exam date: each day's exam aim (exam-retention.ts) — a due review waits for
  // the day's retention (judged on its FSRS due day), and for a learner FSRS over-predicts, the due
  // reviews go in order of exam-day value.
  const learner: LearnerModel = { curve: scheduler.curve, ...(input.recallCalibration ? { calibration: input.recallCalibration } : {}) };
  const policyOn = (day: number) => examDayPolicy(examDay - day, learner);
  const schedule = (c: Card, fromDay: number) => {
    const state = c.state as MemoryState;
    const { stretch } = policyOn(Math.floor((state.dueAt - input.dayStart) / DAY_MS));
    const day = Math.max(fromDay, Math.floor((stretchedDueAt(state, stretch) - input.dayStart) / DAY_MS));
    if (day < examDay) (byDay[day] ??= []).push({ card: c, version: c.version });
  };
  for (const c of cards) if (c.state !== null) schedule(c, 0);
  let backlog: Entry[] = [];
  let nextUnseen = 0;
  let answers = 0;
  let days = 0;
  const answer = (c: Card, at: number, day: number) => {
    const right = random() < chanceAt(input, c, at);
    if (c.state === null) c.firstAnswerWrong = !right;
    c.state = scheduler.next(c.state, at, ratingFor({ correct: right, confidence: undefined, firstSight: c.state === null, guessFloor: c.q.floor }));
    c.version++;
    c.answeredDay = day;
    answers++;
    schedule(c, day + 1);
  };
  for (let day = 0; ; day++) {
    // The learner studies at the same hour every day as now; never on the exam's day.
    const at = input.now + day * DAY_MS;
    if (at >= examAt - DAY_MS / 2 || day >= examDay) break;
    days++;
    const dayEnd = input.dayStart + (day + 1) * DAY_MS;
    // Whole answers whose running total keeps the pace: 32.4 a day is 32 today, 33 tomorrow (a sample
    // of a large bank studies a fraction of the pace: 1.6 a day must not become 2).
    const budget = budgetPerDay === null ? Infinity : Math.round(budgetPerDay * (day + 1)) - Math.round(budgetPerDay * day);
    let left = Math.max(0, Math.round(budget - (day === 0 ? input.answeredToday : 0)));
    let newDue = 0;
    while (nextUnseen + newDue < unseen.length && (unseen[nextUnseen + newDue]!.q.introducedAt as number) < dayEnd) newDue++;
    const daysLeft = examDay - day;
    const sweepCandidates = daysLeft <= SWEEP_DAYS ? sweepCandidatesOf(cards, scheduler, examAt) : [];
    // With a plan, pmp study takes due reviews, most overdue first and leeches last, in the room the new quota leaves; then the new questions; then the sweep.
    const leech = (e: Entry) => ((e.card.state as MemoryState).lapses >= DEFAULT_LEECH_LAPSES ? 1 : 0);
    // The order matters only when the day cannot take every due review: only then are values worked out.
    const byValue = policyOn(day).order === 'exam-value' && (backlog.length + (byDay[day]?.length ?? 0)) > left - newDue;
    const value = (e: Entry) => {
      const s = e.card.state as MemoryState;
      return byValue && s.lastReviewAt !== null ? examValue(scheduler.recallFrom(s.stability, s.lastReviewAt, Math.max(at, s.lastReviewAt + DAY_MS)), scheduler.recallFrom(s.stability, s.lastReviewAt, examAt), input.recallCalibration) : 0;
    };
    const due = [...backlog, ...(byDay[day] ?? [])]
      .filter((e) => e.version === e.card.version)
      .map((e) => ({ e, value: value(e) }))
      .sort((a, b) => leech(a.e) - leech(b.e) || b.value - a.value || (a.e.card.state as MemoryState).dueAt - (b.e.card.state as MemoryState).dueAt)
      .map((x) => x.e);
    const reviews = Math.min(due.length, Math.max(0, left - newDue));
    for (let i = 0; i < reviews; i++) answer(due[i]!.card, at, day);
    backlog = due.slice(reviews);
    left -= reviews;
    const introduced = Math.min(newDue, left);
    for (let i = 0; i < introduced; i++) answer(unseen[nextUnseen++]!, at, day);
    left -= introduced;
    const sweep = examSweep(sweepCandidates, daysLeft);
    for (let i = 0, swept = 0; sweep && i < sweep.questionPks.length && swept < sweep.quota && left > 0; i++) {
      const c = cards[sweep.questionPks[i]!]!;
      if (c.answeredDay === day) continue;
      answer(c, at, day);
      swept++;
      left--;
    }
  }
  return { cards, answers, days };
}

/** The sweep's candidates at the start of a day: seen questions (by index into cards) and their recall at the exam. */
function sweepCandidatesOf(cards: readonly Card[], scheduler: Scheduler, examAt: number) {
  const out: { questionPk: number; recallAtExam: number }[] = [];
  cards.forEach((c, i) => {
    if (c.state !== null) out.push({ questionPk: i, recallAtExam: scheduler.recallProbability(c.state, examAt) ?? 0 });
  });
  return out;
}

/** The learner's chance of a right answer at `at`; a seen question is judged at least a day after its last answer, as readiness does. */
export function chanceAt(input: ProjectionInput, card: Pick<Card, 'q' | 'state' | 'firstAnswerWrong'>, at: number): number {
  const { q, state } = card;
  const when = state?.lastReviewAt != null ? Math.max(at, state.lastReviewAt + DAY_MS) : at;
  const recall = input.scheduler.recallProbability(state, when);
  if (recall === null || state === null || state.lastReviewAt === null) return Math.max(q.floor, input.firstSight(q.domain));
  return q.floor + (1 - q.floor) * input.calibrated(recall, missesOf(state.lapses, card.firstAnswerWrong), (when - state.lastReviewAt) / DAY_MS);
}
