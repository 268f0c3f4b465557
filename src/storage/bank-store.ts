import type { Bank, BankSummary, StoredBank } from '../domain/bank.js';
import type { ImportPlan, PlannedQuestion, StoredQuestion } from '../domain/import-plan.js';
import type { Question, Scenario } from '../domain/question.js';
import type { Text } from '../domain/text.js';
import { storedForm } from '../domain/question-hash.js';
import { writeTransaction, type Db } from './database.js';

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
  /** Told how many of the plan's questions are written, now and then (large imports show a bar). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Where the learner meets each added or changed question (app/new-order.ts): added questions get
   * pks from firstPk on, in the plan's order. Without it a card's place is the plan's newRank.
   */
  readonly order?: { readonly firstPk: number; readonly rankOf: ReadonlyMap<number, number> };
}

const PROGRESS_EVERY = 2000;

/** Writes a planned import in one transaction: all of it or none of it. */
export function applyImport(db: Db, bank: Bank, plan: ImportPlan, meta: ApplyMeta): void {
  writeTransaction(db, () => {
    const body = JSON.stringify({ description: bank.description, license: bank.license, authors: bank.authors, traps: bank.traps });
    db.prepare(
      `INSERT INTO banks (id, title, version, outline, languages, body, content_hash, source, imported_at)
       VALUES (@id, @title, @version, @outline, @languages, @body, @hash, @source, @at)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, version = excluded.version, outline = excluded.outline,
         languages = excluded.languages, body = excluded.body, content_hash = excluded.content_hash,
         source = excluded.source, imported_at = excluded.imported_at, removed_at = NULL`,
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

    // Positional parameters: binding by name costs a lookup per column, 100,000 times over in a big bank.
    const insertQuestion = db.prepare(
      `INSERT INTO questions (pk, bank_id, question_id, type, domain, task, approach, difficulty, scenario_id, tags, body,
         content_hash, answer_hash, prompt_key, new_rank, choices, keys, key_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    );
    const insertNewState = db.prepare(
      `INSERT INTO card_state (question_pk, phase, due_at, stability, difficulty, scheduled_days, learning_steps, reps, lapses,
         last_review_at, new_rank, active) VALUES (?, 'new', NULL, 0, 0, 0, 0, 0, 0, NULL, ?, 1)`,
    );
    const total = plan.added.length + plan.updated.length + plan.restored.length + plan.answerChanged.length;
    let done = 0;
    const tick = () => {
      if (++done % PROGRESS_EVERY === 0 || done === total) meta.onProgress?.(done, total);
    };
    const rankOf = (pk: number, p: PlannedQuestion): number => meta.order?.rankOf.get(pk) ?? p.newRank;
    // NULL lets SQLite choose the pk (one past the highest) when no order says which.
    let pk: number | null = meta.order?.firstPk ?? null;
    for (const p of plan.added) {
      const { lastInsertRowid } = insertQuestion.run(pk, ...questionRow(bank.id, p));
      insertNewState.run(lastInsertRowid, rankOf(Number(lastInsertRowid), p));
      if (pk !== null) pk++;
      tick();
    }

    const updateStatement = db.prepare(
      `UPDATE questions SET type = ?, domain = ?, task = ?, approach = ?, difficulty = ?, scenario_id = ?, tags = ?, body = ?,
         content_hash = ?, answer_hash = ?, prompt_key = ?, new_rank = ?, choices = ?, keys = ?, retired_at = NULL
       WHERE bank_id = ? AND question_id = ?`,
    );
    const updateQuestion = (p: PlannedQuestion) => {
      const [bankId, questionId, ...columns] = questionRow(bank.id, p);
      updateStatement.run(...columns, bankId, questionId);
    };
    const pkOf = db.prepare('SELECT pk FROM questions WHERE bank_id = ? AND question_id = ?').pluck();
    const reactivate = db.prepare('UPDATE card_state SET active = 1, new_rank = ? WHERE question_pk = ?');
    for (const p of [...plan.updated, ...plan.restored]) {
      updateQuestion(p);
      const questionPk = pkOf.get(bank.id, p.question.id) as number;
      reactivate.run(rankOf(questionPk, p), questionPk);
      tick();
    }

    // A new key means earlier answers were graded against something else: progress starts over.
    const bumpKey = db.prepare('UPDATE questions SET key_version = key_version + 1 WHERE bank_id = ? AND question_id = ?');
    const resetState = db.prepare(
      `UPDATE card_state SET phase = 'new', due_at = NULL, stability = 0, difficulty = 0, scheduled_days = 0, learning_steps = 0,
         reps = 0, lapses = 0, last_review_at = NULL, new_rank = ?, active = 1 WHERE question_pk = ?`,
    );
    for (const p of plan.answerChanged) {
      updateQuestion(p);
      bumpKey.run(bank.id, p.question.id);
      const questionPk = pkOf.get(bank.id, p.question.id) as number;
      resetState.run(rankOf(questionPk, p), questionPk);
      tick();
    }

    const retire = db.prepare('UPDATE questions SET retired_at = ? WHERE bank_id = ? AND question_id = ?');
    const deactivate = db.prepare('UPDATE card_state SET active = 0 WHERE question_pk = ?');
    for (const id of plan.retired) {
      retire.run(meta.at, bank.id, id);
      deactivate.run(pkOf.get(bank.id, id));
    }
  });
}

/** The questions table's columns, in the order the statements above name them. */
function questionRow(bankId: string, p: PlannedQuestion): unknown[] {
  const q = p.question;
  const { body, contentHash } = storedForm(p);
  return [
    bankId,
    q.id,
    q.type,
    q.eco?.domain ?? null,
    q.eco?.task ?? null,
    q.approach ?? null,
    q.difficulty ?? null,
    q.scenario?.id ?? null,
    JSON.stringify(q.tags),
    body,
    contentHash,
    p.answerHash,
    p.promptKey,
    p.newRank,
    q.type === 'matching' ? q.right.length : q.type === 'numeric' ? 0 : q.options.length,
    q.type === 'matching' ? q.left.length : q.type === 'single' ? 1 : q.type === 'numeric' ? 0 : q.answer.length,
  ];
}

/** What start-up needs to know of each bank, without counting its questions (a big bank makes counting slow). */
export interface BankRef {
  readonly id: string;
  readonly outline: string | null;
  readonly contentHash: string;
}

export function bankRefs(db: Db, options: { readonly includeRemoved?: boolean } = {}): BankRef[] {
  return db
    .prepare(`SELECT id, outline, content_hash AS contentHash FROM banks ${options.includeRemoved ? '' : 'WHERE removed_at IS NULL'} ORDER BY id`)
    .all() as BankRef[];
}

/** The first bank tagged against `outline` (removed ones too: their tasks keep their names). */
export function firstBankOfOutline(db: Db, outline: string | null): string | undefined {
  return db.prepare('SELECT id FROM banks WHERE outline IS ? LIMIT 1').pluck().get(outline) as string | undefined;
}

/** Banks in the database; removed ones only when asked (their history stays). */
export function listBanks(db: Db, options: { readonly includeRemoved?: boolean } = {}): BankSummary[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.version, b.outline, b.languages, b.source, b.imported_at, b.content_hash,
         (SELECT COUNT(*) FROM questions q WHERE q.bank_id = b.id AND q.retired_at IS NULL) AS active,
         (SELECT COUNT(*) FROM questions q WHERE q.bank_id = b.id AND q.retired_at IS NOT NULL) AS retired
       FROM banks b ${options.includeRemoved ? '' : 'WHERE b.removed_at IS NULL'} ORDER BY b.id`,
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

/**
 * Removes a bank from study: its questions are retired (never shown again) and the bank is hidden,
 * in one transaction. The review log is append-only, so the history stays; importing the bank
 * again brings the questions back with their progress.
 */
export function removeBank(db: Db, bankId: string, at: number): number {
  return writeTransaction(db, () => {
    const retired = db.prepare('UPDATE questions SET retired_at = ? WHERE bank_id = ? AND retired_at IS NULL').run(at, bankId).changes;
    db.prepare('UPDATE card_state SET active = 0 WHERE question_pk IN (SELECT pk FROM questions WHERE bank_id = ?)').run(bankId);
    db.prepare('UPDATE banks SET removed_at = ? WHERE id = ?').run(at, bankId);
    return retired;
  });
}

export interface DuplicateElsewhere {
  readonly questionId: string;
  readonly otherBankId: string;
  readonly otherQuestionId: string;
}

/** Questions of other banks (being studied) with the same case and prompt as any of `keys`. */
export function duplicatesInOtherBanks(db: Db, bankId: string, keys: ReadonlyMap<string, string>): DuplicateElsewhere[] {
  const found: DuplicateElsewhere[] = [];
  const all = [...keys.keys()];
  const CHUNK = 500; // well under SQLite's limit on bound parameters
  if (all.length > CHUNK) {
    // A big bank: one pass over the other banks' questions beats a lookup per incoming key.
    const rows = db.prepare('SELECT prompt_key, bank_id, question_id FROM questions WHERE retired_at IS NULL AND bank_id != ?').iterate(bankId);
    for (const r of rows as Iterable<{ prompt_key: string; bank_id: string; question_id: string }>) {
      const questionId = keys.get(r.prompt_key);
      if (questionId !== undefined) found.push({ questionId, otherBankId: r.bank_id, otherQuestionId: r.question_id });
    }
    return found;
  }
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK);
    const rows = db
      .prepare(
        `SELECT prompt_key, bank_id, question_id FROM questions
         WHERE retired_at IS NULL AND bank_id != ? AND prompt_key IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(bankId, ...chunk) as { prompt_key: string; bank_id: string; question_id: string }[];
    for (const r of rows) found.push({ questionId: keys.get(r.prompt_key) as string, otherBankId: r.bank_id, otherQuestionId: r.question_id });
  }
  return found;
}

/** A bank as stored, with every question being studied: for `banks show` and `banks export`. */
export function loadStoredBank(db: Db, bankId: string): StoredBank | undefined {
  const summary = listBanks(db).find((b) => b.id === bankId);
  if (!summary) return undefined;
  const body = JSON.parse(db.prepare('SELECT body FROM banks WHERE id = ?').pluck().get(bankId) as string) as {
    description?: Text;
    license?: string;
    authors?: string[];
    traps?: Record<string, Text>;
  };
  const scenarios = (db.prepare('SELECT body FROM scenarios WHERE bank_id = ? ORDER BY rowid').pluck().all(bankId) as string[]).map(
    (b) => JSON.parse(b) as Scenario,
  );
  const byId = new Map(scenarios.map((s) => [s.id, JSON.stringify(s)]));
  const questions = (
    db.prepare('SELECT body, scenario_id FROM questions WHERE bank_id = ? AND retired_at IS NULL ORDER BY pk').all(bankId) as {
      body: string;
      scenario_id: string | null;
    }[]
  ).map((r) => parseStoredQuestion(r.body, r.scenario_id ? (byId.get(r.scenario_id) ?? null) : null));
  return {
    summary,
    ...(body.description ? { description: body.description } : {}),
    ...(body.license ? { license: body.license } : {}),
    authors: body.authors ?? [],
    traps: body.traps ?? {},
    scenarios,
    questions,
  };
}
