/**
 * Each learner's own order of new questions (domain/new-order.ts), kept in card_state.new_rank so
 * that choosing the next new question stays one step down the card_state_new index. The seed is
 * drawn once per database and stored in the settings table; the order is recomputed whenever the
 * banks change (every applied import) and once for a database that has no seed yet.
 */
import { randomInt } from 'node:crypto';
import { withGentleStart, type GentleCandidate } from '../domain/gentle-start.js';
import { newQuestionOrder, type NewOrderItem } from '../domain/new-order.js';
import type { Db } from '../storage/database.js';
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
  const seed = newOrderSeed(db);
  // One pass down the questions table (CROSS JOIN keeps it the outer loop), reading only the
  // columns stored before the body; then a lookup in card_state per question.
  const items = db
    .prepare(
      `SELECT q.pk AS pk, q.bank_id AS bankId, q.question_id AS questionId, q.domain AS domain, q.scenario_id AS scenarioId,
              q.type AS type, q.difficulty AS difficulty
       FROM questions q CROSS JOIN card_state cs ON cs.question_pk = q.pk WHERE cs.active = 1`,
    )
    .all() as (NewOrderItem & GentleCandidate)[];
  const outline = loadOutlines().get(BLUEPRINT);
  const weights = new Map((outline?.domains ?? []).map((d) => [d.id as string, d.weight]));
  const learnerOrder = newQuestionOrder(items, seed, weights);
  // A database nobody has answered in yet opens with single-answer basics (domain/gentle-start.ts).
  const fresh = db.prepare('SELECT 1 FROM review_log LIMIT 1').get() === undefined;
  const order = fresh ? withGentleStart(learnerOrder, items) : learnerOrder;
  const update = db.prepare('UPDATE card_state SET new_rank = ? WHERE question_pk = ? AND new_rank IS NOT ?');
  db.transaction(() => {
    order.forEach((pk, rank) => update.run(rank, pk, rank));
  })();
}

/** For a database from before learners had an order of their own: order it once. One settings read otherwise. */
export function ensureNewOrder(db: Db): void {
  if (getSetting<number>(db, SETTING.newOrderSeed) === undefined) orderNewQuestions(db);
}
