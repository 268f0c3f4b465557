/**
 * The banks a learner has: the list `pmp banks` shows, the check that a --bank names one of them,
 * and which bank tags its questions against which outline (for naming ECO tasks).
 */
import type { BankSummary } from '../domain/bank.js';
import { PmpError } from '../errors.js';
import { bankRefs, firstBankOfOutline, listBanks as storedBankSummaries } from '../storage/bank-store.js';
import type { Db } from '../storage/database.js';

/** Banks being studied (removed ones are left out), with their question counts. */
export function listBanks(db: Db): BankSummary[] {
  return storedBankSummaries(db);
}

/** Throws a usage error for the first id that names no bank being studied. */
export function requireKnownBanks(db: Db, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const known = bankRefs(db).map((b) => b.id);
  for (const id of ids) if (!known.includes(id)) throw new PmpError('usage.unknown-bank', 'usage', { id, known: known.join(', ') });
}

/** Each bank's outline id (null: its questions carry no ECO tags). */
export function bankOutlines(db: Db): Map<string, string | null> {
  return new Map(bankRefs(db).map((b) => [b.id, b.outline]));
}

/** A bank tagged against `outline` ('' when there is none): enough to name that outline's tasks. */
export function bankOfOutline(db: Db, outline: string | null): string {
  return firstBankOfOutline(db, outline) ?? '';
}
