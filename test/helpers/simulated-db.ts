/** A database holding a simulated learner's history, written through the app layer as `pmp study` writes it. */
import { default_w } from 'ts-fsrs';
import { recordAnswer } from '../../src/app/record-answer.js';
import { keyResponse } from '../../src/domain/answer-check.js';
import type { Question, Response } from '../../src/domain/question.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { DEFAULT_SIMULATION, simulatedHistory, type SimulationSettings } from '../../src/simulation/run.js';
import type { Db } from '../../src/storage/database.js';
import { StudyStore } from '../../src/storage/study-store.js';

/** A learner whose true memory is exactly the model we schedule with (FSRS-6 defaults). */
export const MODEL_LEARNER: SimulationSettings = { ...DEFAULT_SIMULATION, questions: 200, days: 45, answersPerDay: 50, otherBudgets: [], trueWeights: [...default_w] };

function wrongResponse(q: Question): Response {
  if (q.type !== 'single') throw new Error(`simulated learner answers single-choice questions only, not ${q.type}`);
  return { type: 'single', optionId: q.options.find((o) => o.id !== q.answer)?.id ?? 'x' };
}

/**
 * Replays our scheduler's run of the simulation into `db` (which must hold at least
 * `settings.questions` single-choice questions) through recordAnswer; returns the predictions the
 * simulation logged, in the same order, to compare with what the app logged.
 */
export function writeSimulatedHistory(db: Db, seed: number, settings: SimulationSettings = MODEL_LEARNER): (number | null)[] {
  const store = new StudyStore(db);
  const scheduler = createScheduler();
  const pks = db.prepare('SELECT pk FROM questions ORDER BY pk').pluck().all() as number[];
  const history = simulatedHistory(seed, settings);
  for (const a of history) {
    const questionPk = pks[a.index] as number;
    const question = store.question(questionPk);
    const response = a.correct ? keyResponse(question) : wrongResponse(question);
    recordAnswer(db, store, scheduler, { questionPk, question, response, shownOrder: null, confidence: undefined, elapsedMs: 1000, at: a.at, sessionId: null, mode: 'study' });
  }
  return history.map((a) => a.predictedRecall);
}
