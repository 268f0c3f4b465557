import { chosenOptionIds, type ItemHistory } from '../domain/item-analysis.js';
import type { Response } from '../domain/question.js';
import type { Db } from './database.js';

/**
 * Every question's answer history in one bank of one learner's database (undone answers and
 * practice answers left out), under the current answer key.
 */
export function itemHistories(db: Db, bankId: string, learner: string): ItemHistory[] {
  const rows = db
    .prepare(
      `SELECT q.question_id, r.correct, r.elapsed_ms, r.response, cs.lapses
       FROM questions q
       JOIN card_state cs ON cs.question_pk = q.pk
       LEFT JOIN review_log r ON r.question_pk = q.pk AND r.key_version = q.key_version AND r.mode != 'cram'
         AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
       WHERE q.bank_id = ? AND q.retired_at IS NULL
       ORDER BY q.pk, r.id`,
    )
    .all(bankId) as { question_id: string; correct: number | null; elapsed_ms: number | null; response: string | null; lapses: number }[];
  const byQuestion = new Map<string, { answers: ItemHistory['answers'][number][]; lapses: number }>();
  for (const r of rows) {
    const entry = byQuestion.get(r.question_id) ?? { answers: [], lapses: r.lapses };
    if (r.correct !== null && r.response !== null) {
      entry.answers.push({ correct: r.correct === 1, elapsedMs: r.elapsed_ms ?? 0, chosen: chosenOptionIds(JSON.parse(r.response) as Response) });
    }
    byQuestion.set(r.question_id, entry);
  }
  return [...byQuestion.entries()].map(([questionId, e]) => ({ learner, questionId, answers: e.answers, lapses: e.lapses }));
}
