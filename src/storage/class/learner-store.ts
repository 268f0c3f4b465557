/**
 * What a learner's role writes and reads on the class server. Every insert is idempotent
 * (ON CONFLICT DO NOTHING on the answer's uid), so a batch sent twice — after a kill between the
 * server's commit and the local mark — changes nothing. The `learner` column is left to its
 * default (current_user); the server's policies refuse any other value.
 */
import type { OutgoingAnswer, OutgoingExam, OutgoingState } from '../class-sync-queries.js';
import type { Connection } from './connection.js';
import { CLASS_SCHEMA, classSchemaVersion } from './schema.js';

/** Inserts a batch of answers; returns how many were new to the server. */
export async function pushAnswers(c: Connection, rows: readonly OutgoingAnswer[]): Promise<number> {
  if (rows.length === 0) return 0;
  const r = await c.query(
    `INSERT INTO ${CLASS_SCHEMA}.answers (uid, bank_id, question_id, mode, answered_at, correct, elapsed_ms, confidence, rating, predicted_recall, response)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::boolean[], $7::integer[], $8::text[], $9::smallint[], $10::float8[], $11::jsonb[])
     ON CONFLICT (uid) DO NOTHING`,
    [
      rows.map((a) => a.uid),
      rows.map((a) => a.bankId),
      rows.map((a) => a.questionId),
      rows.map((a) => a.mode),
      rows.map((a) => a.answeredAt),
      rows.map((a) => a.correct),
      rows.map((a) => a.elapsedMs),
      rows.map((a) => a.confidence),
      rows.map((a) => a.rating),
      rows.map((a) => a.predictedRecall),
      rows.map((a) => a.response),
    ],
  );
  return r.rowCount ?? 0;
}

export async function pushUndos(c: Connection, rows: readonly { uid: string; undoneAt: number }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const r = await c.query(
    `INSERT INTO ${CLASS_SCHEMA}.undos (answer_uid, undone_at) SELECT * FROM unnest($1::uuid[], $2::bigint[]) ON CONFLICT (answer_uid) DO NOTHING`,
    [rows.map((u) => u.uid), rows.map((u) => u.undoneAt)],
  );
  return r.rowCount ?? 0;
}

/** Replaces the learner's cached memory states of these questions. */
export async function pushStates(c: Connection, rows: readonly OutgoingState[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000);
    await c.query(
      `INSERT INTO ${CLASS_SCHEMA}.card_states (bank_id, question_id, phase, stability, difficulty, last_review_at, lapses)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::bigint[], $7::integer[])
       ON CONFLICT (learner, bank_id, question_id) DO UPDATE SET phase = excluded.phase, stability = excluded.stability,
         difficulty = excluded.difficulty, last_review_at = excluded.last_review_at, lapses = excluded.lapses`,
      [
        part.map((s) => s.bankId),
        part.map((s) => s.questionId),
        part.map((s) => s.phase),
        part.map((s) => s.stability),
        part.map((s) => s.difficulty),
        part.map((s) => s.lastReviewAt),
        part.map((s) => s.lapses),
      ],
    );
  }
}

export async function pushExams(c: Connection, exams: readonly OutgoingExam[]): Promise<number> {
  if (exams.length === 0) return 0;
  const r = await c.query(
    `INSERT INTO ${CLASS_SCHEMA}.exam_results (exam_key, outline, submitted_at, scored, correct, by_domain)
     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::integer[], $5::integer[], $6::jsonb[])
     ON CONFLICT (learner, exam_key) DO NOTHING`,
    [exams.map((e) => e.examKey), exams.map((e) => e.outline), exams.map((e) => e.submittedAt), exams.map((e) => e.scored), exams.map((e) => e.correct), exams.map((e) => JSON.stringify(e.byDomain))],
  );
  return r.rowCount ?? 0;
}

/** Settings a report needs (exam date, fitted FSRS parameters, recall calibration), in one statement; an absent one is left as it was. */
export async function pushSettings(c: Connection, settings: Readonly<Record<string, unknown>>): Promise<void> {
  const present = Object.entries(settings).filter(([, value]) => value !== undefined);
  if (present.length === 0) return;
  await c.query(
    `INSERT INTO ${CLASS_SCHEMA}.learner_settings (key, value) SELECT * FROM unnest($1::text[], $2::jsonb[])
     ON CONFLICT (learner, key) DO UPDATE SET value = excluded.value WHERE ${CLASS_SCHEMA}.learner_settings.value IS DISTINCT FROM excluded.value`,
    [present.map(([key]) => key), present.map(([, value]) => JSON.stringify(value))],
  );
}

/**
 * What a sync needs to know first, in one round trip: the class schema's version (0: none), the
 * banks with their hashes, and whether the server holds any answer of this learner.
 */
export async function syncStart(c: Connection, role: string): Promise<{ version: number; banks: { bankId: string; contentHash: string }[]; hasAnswers: boolean }> {
  let r;
  try {
    r = await c.query(
      `SELECT (SELECT COALESCE(MAX(version), 0) FROM ${CLASS_SCHEMA}.class_schema_version) AS version,
              (SELECT COALESCE(json_agg(json_build_array(bank_id, content_hash) ORDER BY bank_id), '[]') FROM ${CLASS_SCHEMA}.banks) AS banks,
            -- The role by name, not current_user: only a value lets the server take the (learner, answered_at)
            -- index under row-level security; with current_user it scanned the table (2.8 s at 7 million answers).
            EXISTS (SELECT 1 FROM ${CLASS_SCHEMA}.answers WHERE learner = $1) AS any`,
      [role],
    );
  } catch (cause) {
    // No class schema here (undefined table), or one whose tables this version does not know: the version says which.
    if ((cause as { code?: string }).code === '42P01' || (cause as { code?: string }).code === '42703') return { version: await classSchemaVersion(c), banks: [], hasAnswers: false };
    throw cause;
  }
  const row = r.rows[0] as { version: number; banks: [string, string][]; any: boolean };
  return { version: Number(row.version), banks: row.banks.map(([bankId, contentHash]) => ({ bankId, contentHash })), hasAnswers: row.any };
}

export async function classBankContent(c: Connection, bankId: string): Promise<string> {
  const r = await c.query(`SELECT content FROM ${CLASS_SCHEMA}.banks WHERE bank_id = $1`, [bankId]);
  return (r.rows[0] as { content: string }).content;
}
