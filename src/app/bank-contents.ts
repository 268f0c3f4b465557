/** One stored bank, whole: what `pmp banks show`, `export` and `stats` read, and what `remove` takes away. */
import type { StoredBank } from '../domain/bank.js';
import { PmpError } from '../errors.js';
import { loadStoredBank, removeBank as retireBankQuestions } from '../storage/bank-store.js';
import type { Db } from '../storage/database.js';

/** The bank with every question being studied; a usage error when no bank has that id. */
export function bankContents(db: Db, id: string): StoredBank {
  const bank = loadStoredBank(db, id);
  if (!bank) throw new PmpError('banks.unknown', 'usage', { id });
  return bank;
}

/**
 * Takes a bank out of study in one transaction: its questions retired, the bank hidden, the review
 * log kept (importing the bank again brings the progress back). Returns how many questions were retired.
 */
export function removeBank(db: Db, id: string, at: number): number {
  return retireBankQuestions(db, id, at);
}
