import type { MemoryState, Scheduler } from '../domain/scheduler.js';
import { putSyncMarks } from '../storage/class-sync-queries.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { firstAnswersOutOfStep, refillFirstAnswers } from '../storage/first-answers.js';
import { StudyStore } from '../storage/study-store.js';

export interface RebuildReport {
  readonly questions: number;
  /** Questions whose cached state differed from the replay (and was corrected, unless checking only). */
  readonly mismatched: readonly number[];
}

/**
 * Replays the whole review log into every question's memory state, in one transaction (pmp rebuild,
 * optimize, doctor's repair, a new scheduler revision).
 */
export function rebuildAllStates(db: Db, scheduler: Scheduler, options: { readonly checkOnly?: boolean } = {}): RebuildReport {
  const store = new StudyStore(db);
  const work = (): RebuildReport => {
    const mismatched: number[] = [];
    const cards = store.allCards();
    for (const { questionPk, keyVersion } of cards) {
      const cached = store.card(questionPk)?.state ?? null;
      const replayed = scheduler.replay(store.scheduledAnswers(questionPk, keyVersion));
      if (!sameState(cached, replayed)) {
        mismatched.push(questionPk);
        if (!options.checkOnly) store.putState(questionPk, replayed);
      }
    }
    // Each question's first answer is a cache of the log too (readiness's first-sight evidence and misses).
    const firstsOff = firstAnswersOutOfStep(db);
    if (!options.checkOnly && firstsOff.length > 0) refillFirstAnswers(db);
    const replayedOff = new Set(mismatched);
    mismatched.push(...firstsOff.filter((pk) => !replayedOff.has(pk)));
    // A class server holds a copy of the memory states: changed ones are sent again by the next sync
    // (the states mark back at the start sends the state of every question answered).
    if (!options.checkOnly && mismatched.length > 0) putSyncMarks(db, { states: 0 });
    return { questions: cards.length, mismatched };
  };
  return options.checkOnly ? work() : writeTransaction(db, work);
}

export function sameState(a: MemoryState | null, b: MemoryState | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.phase === b.phase &&
    a.dueAt === b.dueAt &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.lastReviewAt === b.lastReviewAt
  );
}
