/**
 * The study loop. Every answer is committed before the next question is shown; flags,
 * suspensions and burials too. Undo takes back answers and marks, newest first.
 */
import { DEFAULT_LEECH_LAPSES, type Confidence, type RatingValue } from '../domain/grading.js';
import { present, type Presentation } from '../domain/presentation.js';
import type { Response } from '../domain/question.js';
import { hashString, seededRandom } from '../domain/random.js';
import type { CardPhase, MemoryState, Scheduler } from '../domain/scheduler.js';
import { nextStudyDayStart } from '../domain/study-day.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { isFlagged, markCard, undoMark } from '../storage/card-marks.js';
import { StudyStore, type StudyFilter } from '../storage/study-store.js';
import type { Clock } from './ports.js';
import { recordAnswer, undoAnswer } from './record-answer.js';
import { createQueue } from './study-queue.js';
import { examAim } from './exam-aim.js';


export interface StudyOptions {
  readonly filter: StudyFilter;
  /** New questions introduced per study day (across sessions). */
  readonly newPerDay: number;
  /** At most this many answers in this session. */
  readonly limit?: number;
  /** Within the limit, keep room for the day's new questions (a study plan aimed at an exam date). */
  readonly reserveNew?: boolean;
  /** Seeds the option shuffles (and the cram order), so a session can be replayed. */
  readonly seed: number;
  /** Practice the slice without touching any schedule; answers are logged as practice. */
  readonly cram?: boolean;
  readonly maxReviewsPerDay?: number;
  readonly leechLapses?: number;
  /** With reserveNew (a plan aimed at an exam date): the exam's moment, for the exam-week sweep. */
  readonly examAt?: number;
}

export type Mark = 'flag' | 'suspend' | 'bury';

export interface StudyItem {
  readonly presentation: Presentation;
  readonly bankId: string;
  readonly questionId: string;
  readonly phase: CardPhase;
  /** 1-based position in this session. */
  readonly number: number;
  readonly waiting: { readonly learning: number; readonly review: number; readonly fresh: number };
  readonly canUndo: boolean;
  readonly flagged: boolean;
  readonly cram: boolean;
}

export type StudyAction =
  | { readonly kind: 'answer'; readonly response: Response; readonly confidence?: Confidence; readonly elapsedMs: number }
  | { readonly kind: 'mark'; readonly mark: Mark }
  | { readonly kind: 'undo' }
  | { readonly kind: 'quit' };

export interface AnswerOutcome {
  readonly item: StudyItem;
  readonly response: Response;
  readonly correct: boolean;
  readonly rating: RatingValue;
  readonly after: MemoryState;
  readonly logId: number;
  /** This answer made the question a leech (its lapses reached the threshold). */
  readonly becameLeech: boolean;
}

/** The screen or line interface the loop talks to. */
export interface StudyUi {
  ask(item: StudyItem): Promise<StudyAction>;
  /** Shown after the answer is committed; the learner may go on, mark the question, undo, or stop. */
  reveal(outcome: AnswerOutcome): Promise<'next' | 'undo' | 'quit' | Mark>;
  undone(bankId: string, questionId: string): void;
  nothingToUndo(): void;
  marked(bankId: string, questionId: string, mark: Mark | 'unflag'): void;
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
  /** Reviews due today held back by the daily cap. */
  readonly reviewsWaiting: number;
  readonly leeches: readonly string[];
  readonly cram: boolean;
  /**
   * The newest answer's time when it is later than the clock now (the clock was set back, or
   * PMP_NOW): answers "from the future" count as today's, so the day can look done when it is not.
   */
  readonly clockBeforeLastAnswer: number | null;
}

export interface StudyDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly ui: StudyUi;
}

type Done =
  | { kind: 'answer'; logId: number; questionPk: number; bankId: string; questionId: string; correct: boolean; wasNew: boolean }
  | { kind: 'mark'; markId: number; questionPk: number; bankId: string; questionId: string };

export async function runStudySession(deps: StudyDeps, options: StudyOptions): Promise<StudySummary> {
  const { db, clock, scheduler, ui } = deps;
  const store = new StudyStore(db);
  const cram = options.cram === true;
  const leechLapses = options.leechLapses ?? DEFAULT_LEECH_LAPSES;
  // With a plan aimed at an exam date: the exam retention schedule, the order of due reviews and the exam-week sweep.
  const aim = options.reserveNew && options.examAt !== undefined && !cram ? examAim(store, db, scheduler, clock, options.filter, options.examAt, leechLapses) : undefined;
  const queue = createQueue(store, {
    filter: options.filter,
    newPerDay: options.newPerDay,
    cram,
    seed: options.seed,
    ...(options.maxReviewsPerDay !== undefined ? { maxReviewsPerDay: options.maxReviewsPerDay } : {}),
    ...(options.reserveNew ? { reserveNew: true, leechLapses } : {}),
    ...aim,
  });
  const startedAt = clock.now();
  // The session row is written with the first answer: a commit costs a disk flush, and the first
  // question should not wait for one (a session that answers nothing leaves no row).
  let sessionId: number | undefined;
  const session = (): number => (sessionId ??= store.startSession(cram ? 'cram' : 'study', startedAt));
  const done: Done[] = [];
  const leeches: string[] = [];
  let undoneCount = 0;
  let showings = 0;
  let redo: number | undefined;
  let lastPk: number | undefined;
  let stoppedBecause: StudySummary['stoppedBecause'] = 'done';
  const answers = () => done.filter((d): d is Extract<Done, { kind: 'answer' }> => d.kind === 'answer');

  const undoLast = (): number | undefined => {
    const last = done.pop();
    if (!last) {
      ui.nothingToUndo();
      return undefined;
    }
    const at = clock.now();
    if (last.kind === 'answer') undoAnswer(db, store, scheduler, last.logId, last.questionPk, at);
    else writeTransaction(db, () => undoMark(db, last.markId, at));
    undoneCount++;
    ui.undone(last.bankId, last.questionId);
    return last.questionPk;
  };

  const applyMark = (pk: number, bankId: string, questionId: string, mark: Mark): void => {
    const at = clock.now();
    const kind = mark === 'flag' && isFlagged(db, pk) ? 'unflag' : mark;
    const buriedUntil = mark === 'bury' ? nextStudyDayStart(at, clock.utcOffsetMinutes(at)) : null;
    const markId = writeTransaction(db, () => markCard(db, pk, kind, at, buriedUntil));
    done.push({ kind: 'mark', markId, questionPk: pk, bankId, questionId });
    ui.marked(bankId, questionId, kind === 'unflag' ? 'unflag' : mark);
  };

  try {
    for (;;) {
      if (options.limit !== undefined && answers().length >= options.limit) {
        stoppedBecause = 'limit';
        break;
      }
      const now = clock.now();
      const answersLeft = options.limit !== undefined ? options.limit - answers().length : undefined;
      const card = redo !== undefined ? store.card(redo) : queue.next(now, clock.utcOffsetMinutes(now), lastPk, answersLeft);
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
        number: answers().length + 1,
        waiting: store.counts(now, dayEnd, options.filter, aim?.reviewStretch),
        canUndo: done.length > 0,
        flagged: isFlagged(db, card.questionPk),
        cram,
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
      if (action.kind === 'mark') {
        applyMark(card.questionPk, card.bankId, card.questionId, action.mark);
        // A flag keeps the question on screen; a suspended or buried one makes way for the next.
        if (action.mark === 'flag') redo = card.questionPk;
        continue;
      }

      const recorded = recordAnswer(db, store, scheduler, {
        questionPk: card.questionPk,
        question,
        response: action.response,
        shownOrder: presentation.optionOrder.length > 0 ? presentation.optionOrder : presentation.rightOrder.length > 0 ? presentation.rightOrder : null,
        confidence: action.confidence,
        elapsedMs: action.elapsedMs,
        at: clock.now(),
        sessionId: session(),
        mode: cram ? 'cram' : 'study',
      });
      done.push({
        kind: 'answer',
        logId: recorded.logId,
        questionPk: card.questionPk,
        bankId: card.bankId,
        questionId: card.questionId,
        correct: recorded.correct,
        wasNew: recorded.before === null,
      });
      lastPk = card.questionPk;
      const becameLeech = !cram && (recorded.before?.lapses ?? 0) < leechLapses && recorded.after.lapses >= leechLapses;
      if (becameLeech) leeches.push(`${card.bankId}/${card.questionId}`);

      const next = await ui.reveal({ item, response: action.response, correct: recorded.correct, rating: recorded.rating, after: recorded.after, logId: recorded.logId, becameLeech });
      if (next === 'undo') redo = undoLast();
      else if (next === 'quit') {
        stoppedBecause = 'quit';
        break;
      } else if (next !== 'next') applyMark(card.questionPk, card.bankId, card.questionId, next);
    }
  } finally {
    if (sessionId !== undefined) store.endSession(sessionId, clock.now());
  }

  const end = clock.now();
  const answered = answers();
  return {
    answered: answered.length,
    correct: answered.filter((a) => a.correct).length,
    newSeen: answered.filter((a) => a.wasNew && !cram).length,
    undone: undoneCount,
    durationMs: end - startedAt,
    stoppedBecause,
    nextDueAt: store.earliestDue(options.filter),
    reviewsWaiting: queue.heldBack(end, clock.utcOffsetMinutes(end)),
    leeches,
    cram,
    clockBeforeLastAnswer: clockBehind(store.lastAnswerAt(), end),
  };
}

/** A minute's slack: two terminals' clocks may differ by seconds. */
const CLOCK_SLACK_MS = 60_000;
const clockBehind = (lastAnswerAt: number | null, now: number): number | null => (lastAnswerAt !== null && lastAnswerAt > now + CLOCK_SLACK_MS ? lastAnswerAt : null);
