/**
 * Scheduler quality, simulated: one seeded learner studies a bank for a number of days before an
 * exam under our scheduler and under a fixed ladder, with the same daily budget of answers, and
 * we compare the expected share right on exam day. Pure and deterministic for a seed.
 */
import { calibrate, scoreableAnswers, type Calibration, type LoggedAnswer } from '../domain/calibration.js';
import { EXAM_RETENTION_POLICY } from '../domain/exam-retention.js';
import { ratingFor } from '../domain/grading.js';
import { CALIBRATION_WINDOW, calibratedAsItLearns } from '../domain/recall-calibration.js';
import { nextStudyDayStart } from '../domain/study-day.js';
import { newPerDayFor } from '../domain/study-plan.js';
import { fsrsArm, ladderArm, type Arm } from './arms.js';
import { createLearner, TRUE_WEIGHTS } from './learner.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface SimulationSettings {
  readonly questions: number;
  readonly days: number;
  /** The daily time budget, in answers: a new question and a review each cost one. */
  readonly answersPerDay: number;
  /** Other budgets to run both schedulers at, for how the comparison depends on the budget. */
  readonly otherBudgets: readonly number[];
  /** New questions per day at most, for both schedulers (pmp study's default). */
  readonly newPerDay: number;
  /** Chance of guessing right without recall: four options. */
  readonly guessFloor: number;
  readonly ladderDays: readonly number[];
  /** The learner's true FSRS-6 weights. */
  readonly trueWeights: readonly number[];
  /** First study day, ms since epoch (UTC; study days roll over at 04:00). */
  readonly start: number;
  /** Clock time one answer takes, in seconds (answers of one session fall at different times of day). */
  readonly answerSeconds: number;
  /** How much later, in minutes, each day's session starts than the day before's (0: always at 09:00). */
  readonly sessionShiftMinutes: number;
}

export const DEFAULT_SIMULATION: SimulationSettings = {
  questions: 500,
  days: 60,
  answersPerDay: 60,
  otherBudgets: [30, 45, 80, 120],
  newPerDay: 20,
  guessFloor: 0.25,
  ladderDays: [1, 3, 7, 14, 30],
  trueWeights: TRUE_WEIGHTS,
  start: Date.UTC(2027, 0, 4),
  answerSeconds: 30,
  sessionShiftMinutes: 0,
};

export interface ArmResult {
  readonly name: 'fsrs' | 'ladder';
  readonly answers: number;
  /** Answers to questions seen before. */
  readonly reviews: number;
  readonly introduced: number;
  /** Mean over all questions of R + (1 − R)·g on exam day, never-seen questions at the floor g. */
  readonly expectedShareOnExamDay: number;
  /** Mean true recall on exam day over the questions seen. */
  readonly meanRecallOfSeen: number;
}

export interface SimulationReport {
  readonly seed: number;
  readonly settings: SimulationSettings;
  readonly arms: readonly [ArmResult, ArmResult];
  /** Both schedulers at the other budgets, smallest first. */
  readonly budgets: readonly { readonly answersPerDay: number; readonly arms: readonly [ArmResult, ArmResult] }[];
  /** How well our scheduler's logged predictions matched the simulated answers. */
  readonly prediction: Calibration & { readonly sameDayExcluded: number };
  /** The same predictions through the learner's recall calibration, refitted as answers came in (never on the answer predicted). */
  readonly calibratedPrediction: Calibration;
}

/**
 * Two clocks. The scheduler under test sees real times: day d's session starts at 09:00 (plus
 * d · sessionShiftMinutes) and each answer takes answerSeconds, so our scheduler counts elapsed time
 * exactly as it does for a learner. The true memory counts calendar days: every answer of day d happens, for it, at noon of day d — so a
 * question answered late in one session and early in the next is not "a day younger" to the
 * learner's memory.
 */
const answerTime = (s: SimulationSettings, day: number, n: number) =>
  s.start + day * DAY_MS + 9 * 60 * MINUTE_MS + day * s.sessionShiftMinutes * MINUTE_MS + n * s.answerSeconds * 1000;
/** The exam, on the scheduler's clock: 09:00 on the day after the last study day. */
const examMoment = (s: SimulationSettings) => answerTime(s, s.days, 0);
const memoryTime = (s: SimulationSettings, day: number) => s.start + day * DAY_MS + 12 * 60 * MINUTE_MS;

function runArm(seed: number, s: SimulationSettings, arm: Arm, onAnswer?: (index: number, answer: LoggedAnswer) => void): ArmResult {
  const learner = createLearner({ seed, questions: s.questions, guessFloor: s.guessFloor, weights: s.trueWeights });
  let answers = 0;
  let introduced = 0;
  for (let day = 0; day < s.days; day++) {
    let introducedToday = 0;
    let reviewsToday = 0;
    let last: number | undefined;
    // Ours follows the study plan (pmp plan): the new questions a day that cover the bank before the
    // exam, with reviews capped (pmp study --max-reviews) so that quota fits the day's budget.
    const quota = arm.name === 'fsrs' ? Math.min(s.newPerDay, newPerDayFor(s.questions - introduced, s.days - day) ?? 0) : 0;
    const reviewCap = s.answersPerDay - quota;
    for (let n = 0; n < s.answersPerDay; n++) {
      const at = answerTime(s, day, n);
      const index = arm.next(at, nextStudyDayStart(at, 0), introducedToday < s.newPerDay, last, reviewsToday < reviewCap);
      if (index === undefined) break;
      const wasNew = arm.isNew(index);
      if (!wasNew) reviewsToday++;
      const { right } = learner.answer(index, memoryTime(s, day));
      const predictedRecall = arm.record(index, at, right);
      onAnswer?.(index, { at, rating: ratingFor({ correct: right, confidence: undefined, firstSight: predictedRecall === null, guessFloor: s.guessFloor }), correct: right, predictedRecall });
      answers++;
      if (wasNew) introducedToday++;
      last = index;
    }
    introduced += introducedToday;
  }
  const examAt = memoryTime(s, s.days);
  let share = 0;
  let recallOfSeen = 0;
  for (let i = 0; i < s.questions; i++) {
    const r = arm.isNew(i) ? 0 : learner.recallAt(i, examAt);
    share += r + (1 - r) * s.guessFloor;
    recallOfSeen += r;
  }
  return {
    name: arm.name,
    answers,
    reviews: answers - introduced,
    introduced,
    expectedShareOnExamDay: share / s.questions,
    meanRecallOfSeen: introduced > 0 ? recallOfSeen / introduced : 0,
  };
}

export function runSchedulerSimulation(seed: number, settings: SimulationSettings = DEFAULT_SIMULATION): SimulationReport {
  const log: LoggedAnswer[][] = Array.from({ length: settings.questions }, () => []);
  const fsrs = runArm(seed, settings, fsrsArm(settings.questions, settings.guessFloor, examMoment(settings), EXAM_RETENTION_POLICY), (index, answer) => log[index]?.push(answer));
  const ladder = runArm(seed, settings, ladderArm(settings.questions, settings.ladderDays));
  const budgets = [...settings.otherBudgets]
    .sort((a, b) => a - b)
    .map((answersPerDay) => {
      const at = { ...settings, answersPerDay };
      return { answersPerDay, arms: [runArm(seed, at, fsrsArm(at.questions, at.guessFloor, examMoment(at), EXAM_RETENTION_POLICY)), runArm(seed, at, ladderArm(at.questions, at.ladderDays))] as const };
    });
  let sameDayExcluded = 0;
  const scored = log.flatMap((history) => {
    const r = scoreableAnswers(history);
    sameDayExcluded += r.sameDay;
    return r.answers;
  });
  const inOrder = [...scored].sort((a, b) => a.at - b.at);
  const calibrated = calibratedAsItLearns(inOrder, () => settings.guessFloor, CALIBRATION_WINDOW);
  return {
    seed,
    settings,
    arms: [fsrs, ladder],
    budgets,
    prediction: { ...calibrate(scored, () => settings.guessFloor), sameDayExcluded },
    calibratedPrediction: calibrate(calibrated, () => settings.guessFloor),
  };
}

/** Our scheduler's run as a log, oldest first: for tests that replay it through the app. */
export function simulatedHistory(seed: number, settings: SimulationSettings = DEFAULT_SIMULATION): (LoggedAnswer & { readonly index: number })[] {
  const log: (LoggedAnswer & { readonly index: number })[] = [];
  runArm(seed, settings, fsrsArm(settings.questions, settings.guessFloor, examMoment(settings), EXAM_RETENTION_POLICY), (index, answer) => log.push({ index, ...answer }));
  return log;
}
