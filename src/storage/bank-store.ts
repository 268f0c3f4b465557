import type { Bank } from '../domain/bank.js';
import type { Question } from '../domain/question.js';
import type { Text } from '../domain/text.js';
import type { ImportPlan, PlannedQuestion, StoredQuestion } from '../import/plan-import.js';
import { writeTransaction, type Db } from './database.js';

export interface BankSummary {
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  readonly outline: string | null;
  readonly languages: readonly string[];
  readonly source: 'bundled' | 'import';
  /** Questions being studied (retired ones excluded). */
  readonly questions: number;
  readonly retired: number;
  readonly importedAt: number;
  readonly contentHash: string;
}

export function bankContentHash(db: Db, bankId: string): string | undefined {
  const row = db.prepare('SELECT content_hash FROM banks WHERE id = ?').get(bankId) as { content_hash: string } | undefined;
  return row?.content_hash;
}

export function storedQuestions(db: Db, bankId: string): Map<string, StoredQuestion> {
  const rows = db
    .prepare('SELECT question_id, content_hash, answer_hash, retired_at FROM questions WHERE bank_id = ?')
    .all(bankId) as { question_id: string; content_hash: string; answer_hash: string; retired_at: number | null }[];
  return new Map(rows.map((r) => [r.question_id, { contentHash: r.content_hash, answerHash: r.answer_hash, retired: r.retired_at !== null }]));
}

export interface ApplyMeta {
  readonly contentHash: string;
  readonly source: 'bundled' | 'import';
  readonly at: number;
}

/** Writes a planned import in one transaction: all of it or none of it. */
export function applyImport(db: Db, bank: Bank, plan: ImportPlan, meta: ApplyMeta): void {
  writeTransaction(db, () => {
    const body = JSON.stringify({ description: bank.description, license: bank.license, authors: bank.authors, traps: bank.traps });
    db.prepare(
      `INSERT INTO banks (id, title, version, outline, languages, body, content_hash, source, imported_at)
       VALUES (@id, @title, @version, @outline, @languages, @body, @hash, @source, @at)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, version = excluded.version, outline = excluded.outline,
         languages = excluded.languages, body = excluded.body, content_hash = excluded.content_hash,
         source = excluded.source, imported_at = excluded.imported_at`,
    ).run({
      id: bank.id,
      title: JSON.stringify(bank.title),
      version: bank.version,
      outline: bank.outline,
      languages: JSON.stringify(bank.languages),
      body,
      hash: meta.contentHash,
      source: meta.source,
      at: meta.at,
    });

    db.prepare('DELETE FROM scenarios WHERE bank_id = ?').run(bank.id);
    const insertScenario = db.prepare('INSERT INTO scenarios (bank_id, scenario_id, body) VALUES (?, ?, ?)');
    for (const s of bank.scenarios) insertScenario.run(bank.id, s.id, JSON.stringify(s));

    const insertQuestion = db.prepare(
      `INSERT INTO questions (bank_id, question_id, type, domain, task, approach, difficulty, scenario_id, tags, body,
         content_hash, answer_hash, key_version, new_rank)
       VALUES (@bank, @qid, @type, @domain, @task, @approach, @difficulty, @scenario, @tags, @body, @contentHash, @answerHash, 1, @rank)`,
    );
    const insertNewState = db.prepare(
      `INSERT INTO card_state (question_pk, phase, due_at, stability, difficulty, scheduled_days, learning_steps, reps, lapses,
         last_review_at, new_rank, active) VALUES (?, 'new', NULL, 0, 0, 0, 0, 0, 0, NULL, ?, 1)`,
    );
    for (const p of plan.added) {
      const { lastInsertRowid } = insertQuestion.run(questionRow(bank.id, p));
      insertNewState.run(lastInsertRowid, p.newRank);
    }

    const updateQuestion = db.prepare(
      `UPDATE questions SET type = @type, domain = @domain, task = @task, approach = @approach, difficulty = @difficulty,
         scenario_id = @scenario, tags = @tags, body = @body, content_hash = @contentHash, answer_hash = @answerHash,
         new_rank = @rank, retired_at = NULL
       WHERE bank_id = @bank AND question_id = @qid`,
    );
    const pkOf = db.prepare('SELECT pk FROM questions WHERE bank_id = ? AND question_id = ?').pluck();
    const reactivate = db.prepare('UPDATE card_state SET active = 1, new_rank = ? WHERE question_pk = ?');
    for (const p of [...plan.updated, ...plan.restored]) {
      updateQuestion.run(questionRow(bank.id, p));
      reactivate.run(p.newRank, pkOf.get(bank.id, p.question.id));
    }

    // A new key means earlier answers were graded against something else: progress starts over.
    const bumpKey = db.prepare('UPDATE questions SET key_version = key_version + 1 WHERE bank_id = ? AND question_id = ?');
    const resetState = db.prepare(
      `UPDATE card_state SET phase = 'new', due_at = NULL, stability = 0, difficulty = 0, scheduled_days = 0, learning_steps = 0,
         reps = 0, lapses = 0, last_review_at = NULL, new_rank = ?, active = 1 WHERE question_pk = ?`,
    );
    for (const p of plan.answerChanged) {
      updateQuestion.run(questionRow(bank.id, p));
      bumpKey.run(bank.id, p.question.id);
      resetState.run(p.newRank, pkOf.get(bank.id, p.question.id));
    }

    const retire = db.prepare('UPDATE questions SET retired_at = ? WHERE bank_id = ? AND question_id = ?');
    const deactivate = db.prepare('UPDATE card_state SET active = 0 WHERE question_pk = ?');
    for (const id of plan.retired) {
      retire.run(meta.at, bank.id, id);
      deactivate.run(pkOf.get(bank.id, id));
    }
  });
}

function questionRow(bankId: string, p: PlannedQuestion): Record<string, unknown> {
  const q = p.question;
  const { scenario, ...withoutScenario } = q;
  return {
    bank: bankId,
    qid: q.id,
    type: q.type,
    domain: q.eco?.domain ?? null,
    task: q.eco?.task ?? null,
    approach: q.approach ?? null,
    difficulty: q.difficulty ?? null,
    scenario: scenario?.id ?? null,
    tags: JSON.stringify(q.tags),
    body: JSON.stringify(withoutScenario),
    contentHash: p.contentHash,
    answerHash: p.answerHash,
    rank: p.newRank,
  };
}

export function listBanks(db: Db): BankSummary[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.version, b.outline, b.languages, b.source, b.imported_at, b.content_hash,
         (SELECT COUNT(*) FROM questions q WHERE q.bank_id = b.id AND q.retired_at IS NULL) AS active,
         (SELECT COUNT(*) FROM questions q WHERE q.bank_id = b.id AND q.retired_at IS NOT NULL) AS retired
       FROM banks b ORDER BY b.id`,
    )
    .all() as {
    id: string;
    title: string;
    version: string;
    outline: string | null;
    languages: string;
    source: 'bundled' | 'import';
    imported_at: number;
    content_hash: string;
    active: number;
    retired: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: JSON.parse(r.title) as Text,
    version: r.version,
    outline: r.outline,
    languages: JSON.parse(r.languages) as string[],
    source: r.source,
    questions: r.active,
    retired: r.retired,
    importedAt: r.imported_at,
    contentHash: r.content_hash,
  }));
}

export function parseStoredQuestion(body: string, scenarioBody: string | null): Question {
  const q = JSON.parse(body) as Question;
  return scenarioBody ? ({ ...q, scenario: JSON.parse(scenarioBody) } as Question) : q;
}
