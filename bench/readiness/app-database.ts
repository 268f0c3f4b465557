/**
 * The app's side of a readiness run: a new database set up as `pmp` sets one up on first run, the
 * bank as the harness indexes it, and a clock the harness steps.
 */
import { ensureBundledBanks } from '../../src/app/bundled-banks.js';
import { learnerScheduler } from '../../src/app/learner-scheduler.js';
import { ensureNewOrder, presetNewOrderSeed } from '../../src/app/new-order.js';
import type { Clock } from '../../src/app/ports.js';
import { ensureSchedulerRevision } from '../../src/app/scheduler-revision.js';
import type { Outline } from '../../src/domain/outline.js';
import { guessingFloor, type DomainId, type Question } from '../../src/domain/question.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { examCandidates } from '../../src/storage/exam-store.js';
import { StudyStore } from '../../src/storage/study-store.js';
import type { LearnerItem } from '../../src/simulation/memory-learner.js';

/** The outline's questions by learner index (pk order). */
export interface Bank {
  readonly pks: readonly number[];
  readonly indexOf: ReadonlyMap<number, number>;
  /** "bankId/questionId" → index: a study item names its question by ids. */
  readonly indexOfIds: ReadonlyMap<string, number>;
  readonly questions: readonly Question[];
  readonly items: readonly LearnerItem[];
  readonly domains: readonly DomainId[];
}

export function steppedClock(start: number): Clock & { set(at: number): void; advance(ms: number): void } {
  let now = start;
  return { now: () => now, utcOffsetMinutes: () => 0, set: (at) => void (now = at), advance: (ms) => void (now += ms) };
}

/** Opens a new database as `pmp` does on first run: bundled banks, the learner's new-question order (PMP_SEED), the scheduler revision. */
export async function newDatabase(path: string, seed: number, at: number): Promise<Db> {
  const db = openDatabase(path);
  // Durability is not under test; FULL would cost a disk flush per answer on a shared 2-core machine.
  db.pragma('synchronous = OFF');
  presetNewOrderSeed(db, seed);
  await ensureBundledBanks(db, at);
  ensureNewOrder(db);
  ensureSchedulerRevision(db, () => learnerScheduler(db), { beforeRebuild: () => {} });
  return db;
}

export function readBank(db: Db, outline: Outline): Bank {
  const store = new StudyStore(db);
  const pks = examCandidates(db, outline.id).map((c) => c.questionPk).sort((a, b) => a - b);
  const questions = pks.map((pk) => store.question(pk));
  return {
    pks,
    indexOf: new Map(pks.map((pk, i) => [pk, i])),
    indexOfIds: new Map(pks.map((pk, i) => {
      const card = store.card(pk);
      return [`${card?.bankId}/${card?.questionId}`, i] as const;
    })),
    questions,
    items: questions.map((q) => ({ floor: guessingFloor(q), ...(q.difficulty !== undefined ? { difficulty: q.difficulty } : {}) })),
    domains: questions.map((q) => q.eco?.domain ?? 'process'),
  };
}

