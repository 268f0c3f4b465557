/**
 * `pmp leeches`, `pmp flagged`, `pmp suspended` and `pmp unsuspend`: the questions a learner set
 * aside or keeps missing, and taking them out of study or back in.
 */
import { PmpError } from '../errors.js';
import { listCards, resolveRef, type CardList, type ListedCard } from '../storage/card-lists.js';
import { markCard } from '../storage/card-marks.js';
import { writeTransaction, type Db } from '../storage/database.js';

export type { CardList, ListedCard } from '../storage/card-lists.js';

/** The questions of the list; with `suspendAt`, the ones not yet suspended are suspended then, in one transaction. */
export function questionsOnList(db: Db, list: CardList, options: { readonly suspendAt?: number } = {}): ListedCard[] {
  const cards = listCards(db, list);
  const at = options.suspendAt;
  if (at !== undefined) writeTransaction(db, () => cards.filter((c) => !c.suspended).forEach((c) => markCard(db, c.questionPk, 'suspend', at)));
  return cards;
}

/**
 * Brings suspended questions back (REF is bank/question or a unique question id), all or none: a
 * REF that names no question, or more than one, is a usage error before anything changes.
 */
export function unsuspendQuestions(db: Db, refs: readonly string[], at: number): number {
  const pks = refs.map((ref) => {
    const found = resolveRef(db, ref);
    if ('pk' in found) return found.pk;
    throw new PmpError(found.candidates.length === 0 ? 'list.unknown-ref' : 'list.ambiguous-ref', 'usage', { ref, candidates: found.candidates.join(', ') });
  });
  writeTransaction(db, () => pks.forEach((pk) => markCard(db, pk, 'unsuspend', at)));
  return pks.length;
}
