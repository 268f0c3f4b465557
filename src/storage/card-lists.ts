import type { Question } from '../domain/question.js';
import type { Db } from './database.js';

export interface ListedCard {
  readonly questionPk: number;
  readonly bankId: string;
  readonly questionId: string;
  readonly lapses: number;
  readonly flagged: boolean;
  readonly suspended: boolean;
  readonly question: Question;
}

export type CardList = { readonly kind: 'leeches'; readonly lapses: number } | { readonly kind: 'flagged' } | { readonly kind: 'suspended' };

/** Questions being studied that are leeches, flagged, or suspended. */
export function listCards(db: Db, list: CardList): ListedCard[] {
  const where = list.kind === 'leeches' ? 'cs.lapses >= @lapses' : list.kind === 'flagged' ? 'cs.flagged = 1' : 'cs.suspended = 1';
  const rows = db
    .prepare(
      `SELECT cs.question_pk, q.bank_id, q.question_id, cs.lapses, cs.flagged, cs.suspended, q.body
       FROM card_state cs JOIN questions q ON q.pk = cs.question_pk
       WHERE cs.active = 1 AND ${where} ORDER BY cs.lapses DESC, q.bank_id, q.question_id`,
    )
    .all(list.kind === 'leeches' ? { lapses: list.lapses } : {}) as {
    question_pk: number;
    bank_id: string;
    question_id: string;
    lapses: number;
    flagged: number;
    suspended: number;
    body: string;
  }[];
  return rows.map((r) => ({
    questionPk: r.question_pk,
    bankId: r.bank_id,
    questionId: r.question_id,
    lapses: r.lapses,
    flagged: r.flagged === 1,
    suspended: r.suspended === 1,
    question: JSON.parse(r.body) as Question,
  }));
}

/** "bank/question" or a question id that only one bank uses → the question's key; else the candidates. */
export function resolveRef(db: Db, ref: string): { pk: number } | { candidates: string[] } {
  const slash = ref.indexOf('/');
  const rows = (
    slash > 0
      ? db.prepare('SELECT pk, bank_id, question_id FROM questions WHERE bank_id = ? AND question_id = ?').all(ref.slice(0, slash), ref.slice(slash + 1))
      : db.prepare('SELECT pk, bank_id, question_id FROM questions WHERE question_id = ?').all(ref)
  ) as { pk: number; bank_id: string; question_id: string }[];
  if (rows.length === 1) return { pk: (rows[0] as { pk: number }).pk };
  return { candidates: rows.map((r) => `${r.bank_id}/${r.question_id}`) };
}
