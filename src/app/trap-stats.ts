/**
 * Which traps this learner falls for: every wrong answer is traced to the trap tags of the wrong
 * options chosen (a bank declares its trap vocabulary; bundled banks tag every wrong option).
 */
import type { Question, Response } from '../domain/question.js';
import type { Text } from '../domain/text.js';
import type { Db } from '../storage/database.js';

export interface TrapStat {
  readonly trap: string;
  /** The trap's name in every language of the bank that declares it. */
  readonly name: Text | null;
  readonly times: number;
  /** Share of the wrong answers that carry a trap, 0..1. */
  readonly share: number;
  /** A few of the questions where it happened, most recent first. */
  readonly examples: readonly { readonly bankId: string; readonly questionId: string; readonly prompt: Text }[];
}

export interface TrapReport {
  /** Wrong answers to single and multiple-response questions (the ones whose options carry traps). */
  readonly wrongAnswers: number;
  readonly wrongWithTrap: number;
  readonly traps: readonly TrapStat[];
}

const EXAMPLES = 3;

export function trapReport(db: Db): TrapReport {
  const rows = db
    .prepare(
      `SELECT r.response, q.body, q.bank_id, q.question_id, b.body AS bank_body
       FROM review_log r JOIN questions q ON q.pk = r.question_pk JOIN banks b ON b.id = q.bank_id
       WHERE r.correct = 0 AND r.key_version = q.key_version AND q.type IN ('single', 'multiple')
         AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
       ORDER BY r.id DESC`,
    )
    .all() as { response: string; body: string; bank_id: string; question_id: string; bank_body: string }[];
  const byTrap = new Map<string, { name: Text | null; times: number; examples: TrapStat['examples'][number][] }>();
  let wrongWithTrap = 0;
  for (const r of rows) {
    const q = JSON.parse(r.body) as Question;
    const response = JSON.parse(r.response) as Response;
    if (q.type !== 'single' && q.type !== 'multiple') continue;
    const chosen = response.type === 'single' ? [response.optionId] : response.type === 'multiple' ? response.optionIds : [];
    const key = new Set(q.type === 'single' ? [q.answer] : q.answer);
    const traps = new Set(chosen.filter((id) => !key.has(id)).map((id) => q.options.find((o) => o.id === id)?.trap).filter((t): t is string => t !== undefined));
    if (traps.size > 0) wrongWithTrap++;
    const names = (JSON.parse(r.bank_body) as { traps?: Record<string, Text> }).traps ?? {};
    for (const trap of traps) {
      const entry = byTrap.get(trap) ?? { name: names[trap] ?? null, times: 0, examples: [] };
      entry.times++;
      if (entry.examples.length < EXAMPLES && !entry.examples.some((e) => e.bankId === r.bank_id && e.questionId === r.question_id)) {
        entry.examples.push({ bankId: r.bank_id, questionId: r.question_id, prompt: q.prompt });
      }
      byTrap.set(trap, entry);
    }
  }
  const traps = [...byTrap.entries()]
    .map(([trap, e]) => ({ trap, name: e.name, times: e.times, share: wrongWithTrap > 0 ? e.times / wrongWithTrap : 0, examples: e.examples }))
    .sort((a, b) => b.times - a.times || a.trap.localeCompare(b.trap));
  return { wrongAnswers: rows.length, wrongWithTrap, traps };
}
