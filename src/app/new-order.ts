/**
 * Each learner's own order of new questions (domain/new-order.ts), kept in card_state.new_rank so
 * that choosing the next new question stays one step down the card_state_new index. The seed is
 * drawn once per database and stored in the settings table; the order is recomputed whenever the
 * banks change (every applied import) and once for a database that has no seed yet.
 */
import { randomInt } from 'node:crypto';
import { withGentleStart, type GentleCandidate } from '../domain/gentle-start.js';
import type { ImportPlan, PlannedQuestion } from '../domain/import-plan.js';
import { newQuestionOrder, type NewOrderItem } from '../domain/new-order.js';
import type { Db } from '../storage/database.js';
import { hasNoAnswers, newOrderRows, nextQuestionPk, setNewRanks } from '../storage/new-order-store.js';
import { getSetting, putSetting, SETTING } from '../storage/settings.js';
import { loadOutlines } from './outlines.js';

/** The blueprint the introduction order follows: the outline in force. */
const BLUEPRINT = 'eco-2026';

/** This database's seed for the order of new questions, drawn and stored on first use. */
export function newOrderSeed(db: Db): number {
  const stored = getSetting<number>(db, SETTING.newOrderSeed);
  if (typeof stored === 'number' && Number.isInteger(stored)) return stored;
  const seed = randomInt(0, 2 ** 31);
  putSetting(db, SETTING.newOrderSeed, seed);
  return seed;
}

/** Fixes the seed of a database that has none yet (PMP_SEED: reproducible orders for tests and bug reports). */
export function presetNewOrderSeed(db: Db, seed: number): void {
  if (getSetting<number>(db, SETTING.newOrderSeed) === undefined) putSetting(db, SETTING.newOrderSeed, seed);
}

/** Writes the learner's order into card_state.new_rank for every question being studied. */
export function orderNewQuestions(db: Db): void {
  const rows = newOrderRows(db);
  const order = openGently(db, newQuestionOrder(rows, newOrderSeed(db), blueprintWeights()), rows);
  setNewRanks(db, order.map((pk, rank) => [pk, rank] as const));
}

/** The learner's order as it will be once a planned import is applied, worked out before it is written. */
export interface ImportOrder {
  /** The pk the first added question gets; the others follow in the plan's order. */
  readonly firstPk: number;
  /** Each card's place in the order, by question pk: for the questions the import adds or changes. */
  readonly rankOf: ReadonlyMap<number, number>;
  /** Cards the import leaves as they are whose place moves: written after the import. */
  readonly moved: readonly (readonly [pk: number, rank: number])[];
}

/**
 * The order the questions being studied will have after `plan` is applied to `bankId`: what the
 * database holds, less the questions the plan retires, with the domain and scenario the plan gives
 * the questions it changes, and the added ones under the pks they will get. Read before writing,
 * so each added card is inserted in its place instead of being inserted and then moved.
 */
export function orderForImport(db: Db, bankId: string, plan: ImportPlan): ImportOrder {
  const changed = new Map<string, PlannedQuestion>();
  for (const p of [...plan.updated, ...plan.restored, ...plan.answerChanged]) changed.set(p.question.id, p);
  const retired = new Set(plan.retired);
  const items: (NewOrderItem & GentleCandidate)[] = [];
  const kept: (readonly [pk: number, rank: number | null])[] = [];
  for (const row of newOrderRows(db, bankId)) {
    const p = row.bankId === bankId ? changed.get(row.questionId) : undefined;
    if (p) items.push(orderItem(row.pk, bankId, p));
    else if (row.active && !(row.bankId === bankId && retired.has(row.questionId))) {
      items.push(row);
      kept.push([row.pk, row.rank]);
    }
  }
  const firstPk = nextQuestionPk(db);
  plan.added.forEach((p, i) => items.push(orderItem(firstPk + i, bankId, p)));
  const rankOf = new Map<number, number>();
  openGently(db, newQuestionOrder(items, newOrderSeed(db), blueprintWeights()), items).forEach((pk, rank) => rankOf.set(pk, rank));
  const moved = kept.flatMap(([pk, rank]) => (rankOf.get(pk) !== rank ? [[pk, rankOf.get(pk) as number] as const] : []));
  return { firstPk, rankOf, moved };
}

/** Writes the places of the cards an import left as they were (ImportOrder.moved). */
export function moveCards(db: Db, order: ImportOrder): void {
  setNewRanks(db, order.moved);
}

function orderItem(pk: number, bankId: string, p: PlannedQuestion): NewOrderItem & GentleCandidate {
  const q = p.question;
  return { pk, bankId, questionId: q.id, domain: q.eco?.domain ?? null, scenarioId: q.scenario?.id ?? null, type: q.type, difficulty: q.difficulty ?? null };
}

/** A database nobody has answered in yet opens with single-answer basics (domain/gentle-start.ts). */
function openGently(db: Db, order: readonly number[], items: readonly GentleCandidate[]): readonly number[] {
  return hasNoAnswers(db) ? withGentleStart(order, items) : order;
}

function blueprintWeights(): Map<string, number> {
  const outline = loadOutlines().get(BLUEPRINT);
  return new Map((outline?.domains ?? []).map((d) => [d.id as string, d.weight]));
}

/** For a database from before learners had an order of their own: order it once. One settings read otherwise. */
export function ensureNewOrder(db: Db): void {
  if (getSetting<number>(db, SETTING.newOrderSeed) === undefined) orderNewQuestions(db);
}
