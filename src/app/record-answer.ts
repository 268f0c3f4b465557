import { isCorrect } from '../domain/answer-check.js';
import { ratingFor, type Confidence, type RatingValue } from '../domain/grading.js';
import { guessingFloor, type Question, type Response } from '../domain/question.js';
import type { MemoryState, Scheduler } from '../domain/scheduler.js';
import { writeTransaction, type Db } from '../storage/database.js';
import type { StudyStore } from '../storage/study-store.js';

export interface AnswerInput {
  readonly questionPk: number;
  readonly question: Question;
  readonly response: Response;
  readonly shownOrder: readonly string[] | null;
  readonly confidence: Confidence | undefined;
  readonly elapsedMs: number;
  readonly at: number;
  readonly sessionId: number | null;
  /** 'cram' answers are logged as practice and leave the memory state as it was. */
  readonly mode: 'study' | 'exam' | 'cram';
}

export interface RecordedAnswer {
  readonly logId: number;
  readonly questionPk: number;
  readonly correct: boolean;
  readonly rating: RatingValue;
  readonly predictedRecall: number | null;
  readonly before: MemoryState | null;
  /** The state now (for practice answers: unchanged, or what an answer would have made of a new question). */
  readonly after: MemoryState;
}

/**
 * Grades an answer and commits it — the log row and the new memory state — in one write
 * transaction, reading the state inside it so two terminals never overwrite each other.
 */
export function recordAnswer(db: Db, store: StudyStore, scheduler: Scheduler, input: AnswerInput): RecordedAnswer {
  return writeTransaction(db, () => {
    const card = store.card(input.questionPk);
    if (!card) throw new Error(`question ${input.questionPk} has no memory state row`);
    const correct = isCorrect(input.question, input.response);
    const rating = ratingFor({ correct, confidence: input.confidence, firstSight: card.state === null, guessFloor: guessingFloor(input.question) });
    const predictedRecall = scheduler.recallProbability(card.state, input.at);
    const after = scheduler.next(card.state, input.at, rating);
    const logId = store.appendLog({
      questionPk: input.questionPk,
      keyVersion: card.keyVersion,
      sessionId: input.sessionId,
      mode: input.mode,
      answeredAt: input.at,
      response: input.response,
      shownOrder: input.shownOrder,
      correct,
      elapsedMs: input.elapsedMs,
      confidence: input.confidence ?? null,
      rating,
      predictedRecall,
    });
    if (input.mode !== 'cram') store.putState(input.questionPk, after);
    return { logId, questionPk: input.questionPk, correct, rating, predictedRecall, before: card.state, after: input.mode === 'cram' ? (card.state ?? after) : after };
  });
}

/**
 * Takes an answer back: records the undo (the log stays append-only) and sets the memory state
 * to a replay of the answers that remain — exactly the state before that answer.
 */
export function undoAnswer(db: Db, store: StudyStore, scheduler: Scheduler, logId: number, questionPk: number, at: number): MemoryState | null {
  return writeTransaction(db, () => {
    store.markUndone(logId, at);
    return rebuildCard(store, scheduler, questionPk);
  });
}

/** Replays one question's log into its cached memory state; returns the state. */
export function rebuildCard(store: StudyStore, scheduler: Scheduler, questionPk: number): MemoryState | null {
  const card = store.card(questionPk);
  if (!card) throw new Error(`question ${questionPk} has no memory state row`);
  const state = scheduler.replay(store.scheduledAnswers(questionPk, card.keyVersion));
  store.putState(questionPk, state);
  return state;
}
