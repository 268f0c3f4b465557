/** The SQL that selects a study filter's slice of questions (cs = card_state, q = questions). */
import type { StudyFilter } from '../domain/study-filter.js';

export type { StudyFilter } from '../domain/study-filter.js';

/** True when the filter reads columns of `questions` (q), so a query must join that table. */
export function filterNeedsQuestions(filter: StudyFilter): boolean {
  return (filter.banks?.length ?? 0) > 0 || !!filter.domain || filter.task !== undefined || !!filter.tag || (filter.tags?.length ?? 0) > 0 || (filter.tasks?.length ?? 0) > 0 || !!filter.trap;
}

export function filterSql(filter: StudyFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.banks && filter.banks.length > 0) {
    parts.push(`q.bank_id IN (${filter.banks.map(() => '?').join(', ')})`);
    params.push(...filter.banks);
  }
  if (filter.domain) {
    parts.push('q.domain = ?');
    params.push(filter.domain);
  }
  if (filter.task !== undefined) {
    parts.push('q.task = ?');
    params.push(filter.task);
  }
  if (filter.tag) {
    parts.push('EXISTS (SELECT 1 FROM json_each(q.tags) WHERE json_each.value = ?)');
    params.push(filter.tag);
  }
  if (filter.tags && filter.tags.length > 0) {
    parts.push(`EXISTS (SELECT 1 FROM json_each(q.tags) WHERE json_each.value IN (${filter.tags.map(() => '?').join(', ')}))`);
    params.push(...filter.tags);
  }
  if (filter.tasks && filter.tasks.length > 0) {
    // Task numbers mean different things in different outlines: match the outline too.
    parts.push(`(${filter.tasks.map(() => '(q.domain = ? AND q.task = ? AND q.bank_id IN (SELECT id FROM banks WHERE outline IS ?))').join(' OR ')})`);
    for (const t of filter.tasks) params.push(t.domain, t.task, t.outline);
  }
  if (filter.wrongLastTime) {
    // Practice answers do not count: cramming a question right leaves it in the slice.
    parts.push(`(SELECT r.correct FROM review_log r WHERE r.question_pk = cs.question_pk AND r.mode != 'cram'
      AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id) ORDER BY r.id DESC LIMIT 1) = 0`);
  }
  if (filter.flagged) parts.push('cs.flagged = 1');
  if (filter.trap) {
    parts.push(`EXISTS (SELECT 1 FROM json_each(q.body, '$.options') o WHERE json_extract(o.value, '$.trap') = ?)`);
    params.push(filter.trap);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}
