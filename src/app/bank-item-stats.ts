/**
 * `pmp banks stats ID`: how learners fare on each question of a bank — this learner's database and
 * any others a trainer collected (opened read-only, never changed).
 */
import { analyseItems, type ItemHistory, type ItemStats } from '../domain/item-analysis.js';
import { itemHistories } from '../storage/analysis-store.js';
import { openDatabase, type Db } from '../storage/database.js';
import { bankContents } from './bank-contents.js';

export interface BankItemStats {
  /** This learner plus the other databases given. */
  readonly learners: number;
  readonly items: readonly ItemStats[];
}

export function bankItemStats(db: Db, dbPath: string, id: string, otherLearners: readonly string[]): BankItemStats {
  const bank = bankContents(db, id);
  const histories: ItemHistory[] = itemHistories(db, id, dbPath);
  for (const path of otherLearners) {
    const other = openDatabase(path, { readonly: true });
    try {
      histories.push(...itemHistories(other, id, path));
    } finally {
      other.close();
    }
  }
  const keys = new Map(bank.questions.map((q) => [q.id, q.type === 'single' ? [q.answer] : q.type === 'multiple' ? [...q.answer] : []]));
  return { learners: 1 + otherLearners.length, items: analyseItems(histories, (qid) => keys.get(qid) ?? []) };
}
