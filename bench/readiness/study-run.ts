/**
 * One end-to-end run of the readiness benchmark (issue #13 item 8): a simulated learner studies the
 * bundled banks through the app's own use cases — the study session and its queue, record-answer,
 * the study plan when an exam date is set, readiness, the mock exam's draw — on a real SQLite
 * database in a folder of the caller's, the clock stepped day by day.
 *
 * In-process, not a `pmp` process per day: the CLI adds only argument parsing and rendering around
 * these same calls, and starting Node, opening the database and importing checks cost ~0.3 s per
 * command — 30 days × 18 configurations would spend most of the 3-minute budget on start-up.
 * What the CLI does around the calls is copied here (src/cli/commands/open.ts, study.ts, readiness.ts).
 *
 * Mock exams: bench/readiness/mocks.ts; the database and the bank's index: app-database.ts.
 */
import { join } from 'node:path';
import { examDateFrom } from '../../src/app/exam-date.js';
import { learnerRecallCalibration } from '../../src/app/learner-recall.js';
import { learnerScheduler } from '../../src/app/learner-scheduler.js';
import { loadOutlines } from '../../src/app/outlines.js';
import { READINESS_HORIZON_DAYS, readinessReport } from '../../src/app/readiness.js';
import { DEFAULT_NEW_PER_DAY } from '../../src/app/config.js';
import { followPlan, makeStudyPlan, savePlan } from '../../src/app/study-plan.js';
import { runStudySession, type StudyUi } from '../../src/app/study-session.js';
import { isCorrect } from '../../src/domain/answer-check.js';
import { DEFAULT_CUT } from '../../src/domain/exam-rating.js';
import type { Outline } from '../../src/domain/outline.js';
import { calibratedRecall, missesOf } from '../../src/domain/recall-calibration.js';
import type { MemoryState } from '../../src/domain/scheduler.js';
import { addDays } from '../../src/domain/study-calendar.js';
import { createMemoryLearner } from '../../src/simulation/learners.js';
import type { Ability, LearnerKind } from '../../src/simulation/memory-learner.js';
import { newDatabase, readBank, steppedClock } from './app-database.js';
import { runBaselines, type ArmOutcome } from './baselines.js';
import { takeMocks, type MockOutcome } from './mocks.js';
import { learnerResponse } from '../../src/simulation/responses.js';
import { trueExpectedShare } from './truth.js';
import { PROJECTION_DAYS, takeProjection, type ProjectionOutcome, type ProjectionTaken } from './projection.js';

export type { MockDraw, MockOutcome } from './mocks.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ANSWER_MS = 30_000;
const OUTLINE = 'eco-2026';
/** The first study day (a Monday, UTC; the clock's offset is 0). */
export const HARNESS_START = Date.UTC(2027, 0, 4);

export interface RunConfig {
  readonly kind: LearnerKind;
  readonly ability: Ability;
  /** pmp study --limit: answers a day. */
  readonly answersPerDay: number;
  readonly days: number;
  /** An exam date the day after the last study day, set with `pmp plan` on day 0; else no date (readiness's week horizon). */
  readonly examDate: boolean;
  readonly seed: number;
  /** Mock exams of each draw (MockDraw) on exam morning. */
  readonly mocks: number;
  readonly mockQuestions: number;
}

/** A logged study answer that came a day or more after the previous one to its question: what the calibration and its scores use. */
export interface ScoredPrediction {
  /** FSRS's recall before the answer (as record-answer logs it). */
  readonly raw: number;
  /** The same through the calibration fitted on the answers before that day (what readiness would have shown). */
  readonly calibrated: number;
  readonly floor: number;
  readonly correct: boolean;
  readonly elapsedDays: number;
  readonly reviewNumber: number;
  readonly lapses: number;
}

export interface ReadinessOutcome {
  readonly status: 'ready' | 'too-little-data';
  readonly expected: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly sd: number | null;
  /** The real exam's scored questions, whose luck the range includes (the outline's). */
  readonly examQuestions: number;
  /** The learner's true expected share of a drawn exam at the same moment. */
  readonly truth: number;
}

export interface RunResult {
  readonly config: RunConfig;
  readonly answers: number;
  readonly reviews: number;
  readonly introduced: number;
  readonly predictions: readonly ScoredPrediction[];
  /** The calibration each study day's predictions came from (fitted on the days before). */
  readonly calibrations: readonly { readonly day: number; readonly a: number; readonly b: number; readonly answers: number }[];
  readonly readiness: ReadinessOutcome;
  readonly mocks: readonly MockOutcome[];
  /** True expected share on exam morning (the day after the last study day, 09:00) under the app's scheduler and the two baselines. */
  readonly ours: ArmOutcome;
  readonly baselines: { readonly fsrs: ArmOutcome; readonly ladder: ArmOutcome };
  /** pmp plan's exam-day projection on a few study days, with the truth on exam day (runs with an exam date; projection.ts). */
  readonly projections: readonly ProjectionOutcome[];
}

export async function runReadinessStudy(config: RunConfig, dir: string): Promise<RunResult> {
  const outline = loadOutlines().get(OUTLINE) as Outline;
  const clock = steppedClock(HARNESS_START + 9 * HOUR_MS);
  const db = await newDatabase(join(dir, `${config.kind}-${config.ability}-${config.answersPerDay}-${config.examDate ? 'date' : 'nodate'}-${config.seed}.db`), config.seed, clock.now());
  try {
    const bank = readBank(db, outline);
    const learner = createMemoryLearner(config.kind, config.ability, config.seed, bank.items);
    const scheduler = learnerScheduler(db);
    const examMorning = HARNESS_START + config.days * DAY_MS + 9 * HOUR_MS;
    if (config.examDate) savePlan(db, makeStudyPlan(db, clock, { examDate: addDays('2027-01-04', config.days) }), clock.now());

    // The harness's own view of each question's history, for the RMSE(bins) features and the state before an answer.
    const history = bank.pks.map(() => ({ state: null as MemoryState | null, lastAt: null as number | null, answers: 0, lapses: 0, firstWrong: false }));
    const predictions: ScoredPrediction[] = [];
    const calibrations: { day: number; a: number; b: number; answers: number }[] = [];
    let answers = 0;
    let reviews = 0;
    const projections: ProjectionTaken[] = [];
    for (let day = 0; day < config.days; day++) {
      clock.set(HARNESS_START + day * DAY_MS + 9 * HOUR_MS);
      if (config.examDate && PROJECTION_DAYS.includes(day)) projections.push(takeProjection(db, clock, scheduler, outline, day));
      // Fitted on the answers before today: today's answers are held out from the calibration that predicts them.
      const calibration = learnerRecallCalibration(db);
      calibrations.push({ day, a: calibration.a, b: calibration.b, answers: calibration.answers });
      const plan = config.examDate ? followPlan(db, clock) : null;
      let pending: { index: number; at: number; right: boolean } | undefined;
      const ui: StudyUi = {
        async ask(item) {
          const question = item.presentation.question;
          const index = bank.indexOfIds.get(`${item.bankId}/${item.questionId}`);
          if (index === undefined) throw new Error(`study showed ${item.bankId}/${item.questionId}, not in ${OUTLINE}`);
          clock.advance(ANSWER_MS);
          const { right } = learner.answer(index, clock.now());
          const response = learnerResponse(question, right);
          if (isCorrect(question, response) !== right) throw new Error(`the simulated response to ${item.questionId} does not grade as ${right ? 'right' : 'wrong'}`);
          pending = { index, at: clock.now(), right };
          return { kind: 'answer', response, elapsedMs: ANSWER_MS };
        },
        async reveal(outcome) {
          const { index, at } = pending!;
          const h = history[index]!;
          const raw = h.state ? scheduler.recallProbability(h.state, at) : null;
          const elapsedDays = h.lastAt === null ? null : Math.floor((at - h.lastAt) / DAY_MS);
          if (raw !== null && elapsedDays !== null && elapsedDays >= 1) {
            predictions.push({
              raw,
              calibrated: calibratedRecall(calibration, raw, missesOf(h.state?.lapses ?? 0, h.firstWrong)),
              floor: bank.items[index]!.floor,
              correct: outcome.correct,
              elapsedDays,
              reviewNumber: h.answers + 1,
              lapses: h.lapses,
            });
          }
          if (h.state) reviews++;
          if (!outcome.correct && elapsedDays !== 0) h.lapses++;
          if (h.answers === 0) h.firstWrong = !outcome.correct;
          h.answers++;
          h.lastAt = at;
          h.state = outcome.after;
          answers++;
          return 'next';
        },
        undone: () => {},
        nothingToUndo: () => {},
        marked: () => {},
      };
      await runStudySession(
        { db, clock, scheduler, ui },
        {
          filter: {},
          newPerDay: plan?.newPerDay ?? DEFAULT_NEW_PER_DAY,
          limit: config.answersPerDay,
          seed: config.seed * 1000 + day,
          // As pmp study does with a plan: the plan's quota kept, and the exam-week sweep aimed at exam morning.
          ...(plan ? { reserveNew: true, examAt: examMorning } : {}),
        },
      );
    }

    // Exam morning (or, without a date, a week later: readiness's horizon); readiness is asked two hours before.
    clock.set(examMorning - 2 * HOUR_MS);
    const exam = config.examDate ? examDateFrom(addDays('2027-01-04', config.days), clock) : undefined;
    const at = exam?.at ?? clock.now() + READINESS_HORIZON_DAYS * DAY_MS;
    const report = readinessReport(db, scheduler, { outline, at, cut: DEFAULT_CUT });
    const truth = trueExpectedShare(learner, bank.domains, outline, at);
    const readiness: ReadinessOutcome =
      report.status === 'ready'
        ? { status: 'ready', expected: report.overall.expected, low: report.overall.low, high: report.overall.high, sd: report.overall.sd, examQuestions: outline.exam.scored, truth }
        : { status: 'too-little-data', expected: null, low: null, high: null, sd: null, examQuestions: outline.exam.scored, truth };
    // The mocks are sat at the moment readiness speaks of (exam morning, or a week on with no study between).
    clock.set(at);
    const mocks = takeMocks(db, clock, scheduler, bank, learner, outline, at, config);
    const baselines = runBaselines(config, bank.items, bank.domains, outline, { reserveNew: config.examDate, examMorning, start: HARNESS_START });
    return {
      config,
      answers,
      reviews,
      introduced: answers - reviews,
      predictions,
      calibrations,
      readiness,
      mocks,
      ours: { share: trueExpectedShare(learner, bank.domains, outline, examMorning), reviews, answers },
      baselines,
      projections: projections.map((p) => ({ ...p, truth, readiness: readiness.expected })),
    };
  } finally {
    db.close();
  }
}

