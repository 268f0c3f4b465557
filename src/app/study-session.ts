/**
 * The study loop: due learning steps and reviews first (most overdue first), then new questions
 * up to the day's limit. Every answer is committed before the next question is shown.
 */
import type { Confidence, RatingValue } from '../domain/grading.js';
import { present, type Presentation } from '../domain/presentation.js';
import type { Response } from '../domain/question.js';
import { hashString, seededRandom } from '../domain/random.js';
import type { CardPhase, MemoryState, Scheduler } from '../domain/scheduler.js';
import { nextStudyDayStart, studyDayStart } from '../domain/study-day.js';
import type { Db } from '../storage/database.js';
import { StudyStore, type CardRef, type StudyFilter } from '../storage/study-store.js';
import type { Clock } from './ports.js';
import { recordAnswer, undoAnswer, type RecordedAnswer } from './record-answer.js';

/** Learning steps due within this window are shown early rather than ending the session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface StudyOptions {
  readonly filter: StudyFilter;
  /** New questions introduced per study day (across sessions). */
  readonly newPerDay: number;
  /** At most this many answers in this session. */
  readonly limit?: number;
  /** Seeds the option shuffles, so a session can be replayed. */
  readonly seed: number;
}

export interface StudyItem {
  readonly presentation: Presentation;
  readonly bankId: string;
  readonly questionId: string;
  readonly phase: CardPhase;
  /** 1-based position in this session. */
  readonly number: number;
  readonly waiting: { readonly learning: number; readonly review: number; readonly fresh: number };
  readonly canUndo: boolean;
}

export type StudyAction =
  | { readonly kind: 'answer'; readonly response: Response; readonly confidence?: Confidence; readonly elapsedMs: number }
  | { readonly kind: 'undo' }
  | { readonly kind: 'quit' };

export interface AnswerOutcome {
  readonly item: StudyItem;
  readonly response: Response;
  readonly correct: boolean;
  readonly rating: RatingValue;
  readonly after: MemoryState;
  readonly logId: number;
}

/** The screen or line interface the loop talks to. */
export interface StudyUi {
  ask(item: StudyItem): Promise<StudyAction>;
  /** Shown after the answer is committed; the learner may go on, undo it, or stop. */
  reveal(outcome: AnswerOutcome): Promise<'next' | 'undo' | 'quit'>;
  undone(bankId: string, questionId: string): void;
  nothingToUndo(): void;
}

export interface StudySummary {
  readonly answered: number;
  readonly correct: number;
  readonly newSeen: number;
  readonly undone: number;
  readonly durationMs: number;
  readonly stoppedBecause: 'done' | 'limit' | 'quit';
  /** The earliest time something is due again (ms since epoch), if anything is scheduled. */
  readonly nextDueAt: number | null;
}

export interface StudyDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly ui: StudyUi;
}

export async function runStudySession(deps: StudyDeps, options: StudyOptions): Promise<StudySummary> {
  const { db, clock, scheduler, ui } = deps;
  const store = new StudyStore(db);
  const startedAt = clock.now();
  const sessionId = store.startSession('study', startedAt);
  const answered: { logId: number; questionPk: number; bankId: string; questionId: string; correct: boolean; wasNew: boolean }[] = [];
  let undoneCount = 0;
  let showings = 0;
  let redo: number | undefined;
  let lastPk: number | undefined;
  let stoppedBecause: StudySummary['stoppedBecause'] = 'done';

  const undoLast = (): number | undefined => {
    const last = answered.pop();
    if (!last) {
      ui.nothingToUndo();
      return undefined;
    }
    undoAnswer(db, store, scheduler, last.logId, last.questionPk, clock.now());
    undoneCount++;
    ui.undone(last.bankId, last.questionId);
    return last.questionPk;
  };

  try {
    for (;;) {
      if (options.limit !== undefined && answered.length >= options.limit) {
        stoppedBecause = 'limit';
        break;
      }
      const now = clock.now();
      const card = redo !== undefined ? store.card(redo) : pickNext(store, now, clock.utcOffsetMinutes(now), options, lastPk);
      redo = undefined;
      if (!card) break;

      const question = store.question(card.questionPk);
      showings++;
      const presentation = present(question, seededRandom(hashString(`${options.seed}:${card.questionPk}:${showings}`)));
      const dayEnd = nextStudyDayStart(now, clock.utcOffsetMinutes(now));
      const item: StudyItem = {
        presentation,
        bankId: card.bankId,
        questionId: card.questionId,
        phase: card.state?.phase ?? 'new',
        number: answered.length + 1,
        waiting: store.counts(now, dayEnd, options.filter),
        canUndo: answered.length > 0,
      };

      const action = await ui.ask(item);
      if (action.kind === 'quit') {
        stoppedBecause = 'quit';
        break;
      }
      if (action.kind === 'undo') {
        redo = undoLast() ?? card.questionPk;
        continue;
      }

      const recorded: RecordedAnswer = recordAnswer(db, store, scheduler, {
        questionPk: card.questionPk,
        question,
        response: action.response,
        shownOrder: presentation.optionOrder.length > 0 ? presentation.optionOrder : presentation.rightOrder.length > 0 ? presentation.rightOrder : null,
        confidence: action.confidence,
        elapsedMs: action.elapsedMs,
        at: clock.now(),
        sessionId,
        mode: 'study',
      });
      answered.push({
        logId: recorded.logId,
        questionPk: card.questionPk,
        bankId: card.bankId,
        questionId: card.questionId,
        correct: recorded.correct,
        wasNew: recorded.before === null,
      });
      lastPk = card.questionPk;

      const next = await ui.reveal({ item, response: action.response, correct: recorded.correct, rating: recorded.rating, after: recorded.after, logId: recorded.logId });
      if (next === 'undo') redo = undoLast();
      else if (next === 'quit') {
        stoppedBecause = 'quit';
        break;
      }
    }
  } finally {
    store.endSession(sessionId, clock.now());
  }

  return {
    answered: answered.length,
    correct: answered.filter((a) => a.correct).length,
    newSeen: answered.filter((a) => a.wasNew).length,
    undone: undoneCount,
    durationMs: clock.now() - startedAt,
    stoppedBecause,
    nextDueAt: store.earliestDue(options.filter),
  };
}

/** Learning steps that are due, then reviews due today, then new questions, then steps due soon. */
function pickNext(store: StudyStore, now: number, utcOffset: number, options: StudyOptions, lastPk: number | undefined): CardRef | undefined {
  const avoid = lastPk !== undefined ? [lastPk] : [];
  const dayStart = studyDayStart(now, utcOffset);
  const dayEnd = nextStudyDayStart(now, utcOffset);
  const newAllowed = store.newIntroducedSince(dayStart) < options.newPerDay;
  return (
    store.learningDue(now, options.filter, avoid) ??
    store.reviewDue(dayEnd, options.filter, avoid) ??
    (newAllowed ? store.nextNew(options.filter, avoid) : undefined) ??
    store.learningDue(now + LEARN_AHEAD_MS, options.filter, avoid) ??
    // Only the question just answered is left: show it again rather than stop early.
    (lastPk !== undefined ? store.learningDue(now + LEARN_AHEAD_MS, options.filter) : undefined)
  );
}
