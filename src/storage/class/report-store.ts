/**
 * What `pmp class report` reads from the server with the trainer's role (which row-level security
 * does not limit): every learner's answers (undone ones left out), memory states, settings and mock
 * exam results, and the class's banks. Plain rows; the report is made in src/app/class/.
 */
import type { Connection } from './connection.js';
import { CLASS_SCHEMA } from './schema.js';

export interface ClassAnswerRow {
  readonly role: string;
  readonly bankId: string;
  readonly questionId: string;
  readonly mode: string;
  readonly answeredAt: number;
  readonly correct: boolean;
  readonly elapsedMs: number;
  readonly predictedRecall: number | null;
  readonly response: unknown;
}

export interface ClassStateRow {
  readonly role: string;
  readonly bankId: string;
  readonly questionId: string;
  readonly stability: number;
  readonly lastReviewAt: number;
  readonly lapses: number;
}

export interface ClassExamRow {
  readonly role: string;
  readonly outline: string;
  readonly submittedAt: number;
  readonly scored: number;
  readonly correct: number;
  /** Per domain: scored, correct, and answered/right/predicted as readiness's mock evidence needs them. */
  readonly byDomain: Readonly<Record<string, Partial<Record<'scored' | 'correct' | 'answered' | 'right' | 'predicted', number>>>>;
}

export interface ClassData {
  readonly learners: readonly { readonly name: string; readonly role: string }[];
  readonly banks: readonly { readonly bankId: string; readonly content: string }[];
  /** Oldest first within each learner. */
  readonly answers: readonly ClassAnswerRow[];
  readonly states: readonly ClassStateRow[];
  readonly settings: readonly { readonly role: string; readonly key: string; readonly value: unknown }[];
  readonly exams: readonly ClassExamRow[];
}

export async function readClass(c: Connection): Promise<ClassData> {
  const s = CLASS_SCHEMA;
  const learners = (await c.query(`SELECT name, role_name FROM ${s}.learners ORDER BY name`)).rows.map((r: { name: string; role_name: string }) => ({ name: r.name, role: r.role_name }));
  const banks = (await c.query(`SELECT bank_id, content FROM ${s}.banks ORDER BY bank_id`)).rows.map((r: { bank_id: string; content: string }) => ({ bankId: r.bank_id, content: r.content }));
  const answerRows = await c.query({
    text: `SELECT a.learner, a.bank_id, a.question_id, a.mode, a.answered_at, a.correct, a.elapsed_ms, a.predicted_recall, a.response
           FROM ${s}.answers a WHERE NOT EXISTS (SELECT 1 FROM ${s}.undos u WHERE u.answer_uid = a.uid)
           ORDER BY a.learner, a.answered_at, a.uid`,
    rowMode: 'array',
  });
  const answers = (answerRows.rows as [string, string, string, string, string, boolean, number, number | null, unknown][]).map(
    ([role, bankId, questionId, mode, answeredAt, correct, elapsedMs, predictedRecall, response]) => ({
      role,
      bankId,
      questionId,
      mode,
      answeredAt: Number(answeredAt),
      correct,
      elapsedMs,
      predictedRecall,
      response,
    }),
  );
  const stateRows = await c.query({
    text: `SELECT learner, bank_id, question_id, stability, last_review_at, lapses FROM ${s}.card_states WHERE phase <> 'new' AND last_review_at IS NOT NULL`,
    rowMode: 'array',
  });
  const states = (stateRows.rows as [string, string, string, number, string, number][]).map(([role, bankId, questionId, stability, lastReviewAt, lapses]) => ({
    role,
    bankId,
    questionId,
    stability,
    lastReviewAt: Number(lastReviewAt),
    lapses,
  }));
  const settings = (await c.query(`SELECT learner, key, value FROM ${s}.learner_settings`)).rows.map((r: { learner: string; key: string; value: unknown }) => ({ role: r.learner, key: r.key, value: r.value }));
  const exams = (await c.query(`SELECT learner, outline, submitted_at, scored, correct, by_domain FROM ${s}.exam_results ORDER BY submitted_at`)).rows.map(
    (r: { learner: string; outline: string; submitted_at: string; scored: number; correct: number; by_domain: ClassExamRow['byDomain'] }) => ({
      role: r.learner,
      outline: r.outline,
      submittedAt: Number(r.submitted_at),
      scored: r.scored,
      correct: r.correct,
      byDomain: r.by_domain,
    }),
  );
  return { learners, banks, answers, states, settings, exams };
}
