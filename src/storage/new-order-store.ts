/**
 * What the learner's order of new questions (app/new-order.ts) reads and writes: each question's
 * identity, domain and scenario with its card's place in the order.
 */
import type { GentleCandidate } from '../domain/gentle-start.js';
import type { NewOrderItem } from '../domain/new-order.js';
import type { Db } from './database.js';

export interface NewOrderRow extends NewOrderItem, GentleCandidate {
  readonly active: boolean;
  /** The card's place in the order now (card_state.new_rank). */
  readonly rank: number | null;
}

/**
 * Every question being studied, and every question of `bankId` whatever its state (an import
 * may bring those back). One pass down the questions table (CROSS JOIN keeps it the outer loop),
 * reading only the columns stored before the body; then a lookup in card_state per question.
 */
export function newOrderRows(db: Db, bankId?: string): NewOrderRow[] {
  const rows = db
    .prepare(
      `SELECT q.pk AS pk, q.bank_id AS bankId, q.question_id AS questionId, q.domain AS domain, q.scenario_id AS scenarioId,
         q.type AS type, q.difficulty AS difficulty, cs.active AS active, cs.new_rank AS rank
       FROM questions q CROSS JOIN card_state cs ON cs.question_pk = q.pk WHERE cs.active = 1 OR q.bank_id = ?`,
    )
    .all(bankId ?? null) as (Omit<NewOrderRow, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

/** The pk the next question inserted gets: one past the highest, as SQLite would choose. */
export function nextQuestionPk(db: Db): number {
  return ((db.prepare('SELECT MAX(pk) FROM questions').pluck().get() as number | null) ?? 0) + 1;
}

/** Writes each card's place in the order; a card already in its place is not written. */
export function setNewRanks(db: Db, ranks: Iterable<readonly [pk: number, rank: number]>): void {
  const update = db.prepare('UPDATE card_state SET new_rank = ? WHERE question_pk = ? AND new_rank IS NOT ?');
  db.transaction(() => {
    for (const [pk, rank] of ranks) update.run(rank, pk, rank);
  })();
}

/** True before the first answer: the gentle start applies to such a database only. */
export function hasNoAnswers(db: Db): boolean {
  return db.prepare('SELECT 1 FROM review_log LIMIT 1').get() === undefined;
}
