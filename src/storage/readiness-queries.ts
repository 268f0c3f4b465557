/**
 * What the readiness estimate reads: every active question of one outline with its memory state,
 * and the learner's first answers per domain. Aggregates and JSON counts are done by SQLite, so a
 * bank of 100,000 questions is never parsed in JavaScript.
 */
import type { DomainId, QuestionType } from '../domain/question.js';
import type { Db } from './database.js';
import { CARD_COLUMNS, toCardRef, type CardRef, type StateRow } from './study-store.js';

export interface ReadinessRow {
  readonly domain: DomainId;
  readonly task: number;
  readonly type: QuestionType;
  /** Choices (right-hand items for matching), and ids in the key (left-hand items for matching). */
  readonly options: number;
  readonly keys: number;
  readonly card: CardRef;
}

export function readinessRows(db: Db, outline: string): ReadinessRow[] {
  const rows = db
    .prepare(
      `SELECT q.domain, q.task, q.type,
              CASE q.type WHEN 'matching' THEN json_array_length(q.body, '$.right') ELSE json_array_length(q.body, '$.options') END AS options,
              CASE q.type WHEN 'matching' THEN json_array_length(q.body, '$.left') WHEN 'single' THEN 1 ELSE json_array_length(q.body, '$.answer') END AS keys,
              ${CARD_COLUMNS}
       FROM questions q JOIN banks b ON b.id = q.bank_id JOIN card_state cs ON cs.question_pk = q.pk
       WHERE b.outline = ? AND b.removed_at IS NULL AND q.retired_at IS NULL AND q.domain IS NOT NULL AND q.task IS NOT NULL`,
    )
    .all(outline) as (StateRow & { domain: DomainId; task: number; type: QuestionType; options: number | null; keys: number | null })[];
  return rows.map((r) => ({ domain: r.domain, task: r.task, type: r.type, options: r.options ?? 0, keys: r.keys ?? 0, card: toCardRef(r) }));
}

/**
 * Per domain: questions answered at least once (not as practice, not undone) and how many of those
 * first answers were right — the learner's accuracy on questions they had not seen before.
 */
export function firstSightByDomain(db: Db, outline: string): { domain: DomainId; seen: number; right: number }[] {
  return db
    .prepare(
      `WITH firsts AS (
         SELECT MIN(r.id) AS id FROM review_log r
         WHERE r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
         GROUP BY r.question_pk)
       SELECT q.domain AS domain, COUNT(*) AS seen, SUM(r.correct) AS right
       FROM firsts f JOIN review_log r ON r.id = f.id JOIN questions q ON q.pk = r.question_pk JOIN banks b ON b.id = q.bank_id
       WHERE b.outline = ? AND q.domain IS NOT NULL
       GROUP BY q.domain`,
    )
    .all(outline) as { domain: DomainId; seen: number; right: number }[];
}
