/**
 * What the readiness estimate reads: every active question of one outline with its memory state,
 * and the learner's first answers per domain. Aggregates and JSON counts are done by SQLite, so a
 * bank of 100,000 questions is never parsed in JavaScript.
 */
import type { DomainId, QuestionType } from '../domain/question.js';
import type { Db } from './database.js';

export interface ReadinessGroupRow {
  readonly domain: DomainId;
  readonly task: number;
  readonly type: QuestionType;
  /** Choices (right-hand items for matching), and ids in the key (left-hand items for matching). */
  readonly options: number;
  readonly keys: number;
  readonly questions: number;
  /** Answered at least once, and the sum of `recall` over those. */
  readonly seen: number;
  readonly recallSum: number;
  /** Sums over the seen of ∂recall/∂a and ∂recall/∂b of the recall calibration (0 without `slopes`). */
  readonly slopeASum: number;
  readonly slopeBSum: number;
  readonly slopeCSum: number;
  /** Of the questions, how many have a first answer (study, practice or exam; not undone), and how many of those were right. */
  readonly firstSeen: number;
  readonly firstRight: number;
}

/**
 * One outline's active questions, counted by domain, task and shape (what the guessing floor
 * depends on), with the recall sums and first answers the estimate needs. SQLite does the counting
 * and calls `recall` (stability, last answer time) for each question seen, so a bank of 100,000
 * questions returns a few hundred rows. Reads only indexes of the questions table and of the log.
 */
export function readinessGroups(
  db: Db,
  outline: string,
  /** `misses`: a wrong first answer plus FSRS's lapses (as the calibration counts them, storage/calibration-queries.ts). */
  recall: (stability: number, lastReviewAt: number, misses: number) => number,
  slopes: (stability: number, lastReviewAt: number, lapses: number) => { readonly da: number; readonly db: number; readonly dc: number } = () => ({ da: 0, db: 0, dc: 0 }),
): ReadinessGroupRow[] {
  db.function('pmp_recall', { deterministic: true }, (stability, lastReviewAt, lapses) => recall(Number(stability), Number(lastReviewAt), Number(lapses)));
  db.function('pmp_slope_a', { deterministic: true }, (stability, lastReviewAt, lapses) => slopes(Number(stability), Number(lastReviewAt), Number(lapses)).da);
  db.function('pmp_slope_b', { deterministic: true }, (stability, lastReviewAt, lapses) => slopes(Number(stability), Number(lastReviewAt), Number(lapses)).db);
  db.function('pmp_slope_c', { deterministic: true }, (stability, lastReviewAt, lapses) => slopes(Number(stability), Number(lastReviewAt), Number(lapses)).dc);
  const rows = db
    .prepare(
      // Pinned to questions_readiness, which covers every column read of questions (left to itself,
      // SQLite may take questions_slice and read each question's row: twice as slow at 100,000).
      // First answers come from first_answers (kept by triggers, migration 3 → 4): a first answer in
      // practice (cram) or a mock exam counts like one in study — it tells what the learner knew
      // before studying the question.
      `SELECT q.domain, q.task, q.type, q.choices, q.keys, COUNT(*),
              TOTAL(cs.phase != 'new' AND cs.last_review_at IS NOT NULL),
              TOTAL(CASE WHEN cs.phase != 'new' AND cs.last_review_at IS NOT NULL THEN pmp_recall(cs.stability, cs.last_review_at, cs.lapses + COALESCE(1 - a.correct, 0)) END),
              TOTAL(CASE WHEN cs.phase != 'new' AND cs.last_review_at IS NOT NULL THEN pmp_slope_a(cs.stability, cs.last_review_at, cs.lapses + COALESCE(1 - a.correct, 0)) END),
              TOTAL(CASE WHEN cs.phase != 'new' AND cs.last_review_at IS NOT NULL THEN pmp_slope_b(cs.stability, cs.last_review_at, cs.lapses + COALESCE(1 - a.correct, 0)) END),
              TOTAL(CASE WHEN cs.phase != 'new' AND cs.last_review_at IS NOT NULL THEN pmp_slope_c(cs.stability, cs.last_review_at, cs.lapses + COALESCE(1 - a.correct, 0)) END),
              COUNT(a.correct), TOTAL(a.correct)
       FROM questions q INDEXED BY questions_readiness JOIN banks b ON b.id = q.bank_id JOIN card_state cs ON cs.question_pk = q.pk
       LEFT JOIN first_answers a ON a.question_pk = q.pk
       WHERE b.outline = ? AND b.removed_at IS NULL AND q.retired_at IS NULL AND q.domain IS NOT NULL AND q.task IS NOT NULL
       GROUP BY q.domain, q.task, q.type, q.choices, q.keys`,
    )
    .raw()
    .all(outline) as [DomainId, number, QuestionType, number, number, number, number, number, number, number, number, number, number][];
  return rows.map(([domain, task, type, options, keys, questions, seen, recallSum, slopeASum, slopeBSum, slopeCSum, firstSeen, firstRight]) => ({
    domain,
    task,
    type,
    options,
    keys,
    questions,
    seen,
    recallSum,
    slopeASum,
    slopeBSum,
    slopeCSum,
    firstSeen,
    firstRight,
  }));
}

/** Per domain of one outline's active questions: how many have a first answer, and how many of those were right. */
export function firstSightOf(rows: readonly Pick<ReadinessGroupRow, 'domain' | 'firstSeen' | 'firstRight'>[]): { domain: DomainId; seen: number; right: number }[] {
  const byDomain = new Map<DomainId, { domain: DomainId; seen: number; right: number }>();
  for (const row of rows) {
    const d = byDomain.get(row.domain) ?? { domain: row.domain, seen: 0, right: 0 };
    d.seen += row.firstSeen;
    d.right += row.firstRight;
    byDomain.set(row.domain, d);
  }
  return [...byDomain.values()];
}

export function firstSightByDomain(db: Db, outline: string): { domain: DomainId; seen: number; right: number }[] {
  return firstSightOf(readinessGroups(db, outline, () => 0));
}
