/**
 * The SQLite side of `pmp sync`: what has not been sent yet (from the high-water marks in
 * class_sync) and the marks themselves. Read-only but for the marks.
 */
import type { Db } from './database.js';

export type SyncMark = 'answers' | 'states' | 'undone_at';

export function getSyncMark(db: Db, key: SyncMark): number {
  return (db.prepare('SELECT value FROM class_sync WHERE key = ?').pluck().get(key) as number | undefined) ?? 0;
}

export function putSyncMarks(db: Db, marks: Partial<Record<SyncMark, number>>): void {
  const put = db.prepare('INSERT INTO class_sync (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(marks)) put.run(key, value);
}

export interface OutgoingAnswer {
  readonly id: number;
  readonly uid: string;
  readonly bankId: string;
  readonly questionId: string;
  readonly mode: string;
  readonly answeredAt: number;
  readonly correct: boolean;
  readonly elapsedMs: number;
  readonly confidence: string | null;
  readonly rating: number;
  readonly predictedRecall: number | null;
  readonly response: string;
}

/** The next answers after log id `afterId`, oldest first. */
export function answersAfter(db: Db, afterId: number, limit: number): OutgoingAnswer[] {
  const rows = db
    .prepare(
      `SELECT r.id, u.uid, q.bank_id, q.question_id, r.mode, r.answered_at, r.correct, r.elapsed_ms, r.confidence, r.rating, r.predicted_recall, r.response
       FROM review_log r JOIN answer_uids u ON u.log_id = r.id JOIN questions q ON q.pk = r.question_pk
       WHERE r.id > ? ORDER BY r.id LIMIT ?`,
    )
    .raw()
    .all(afterId, limit) as [number, string, string, string, string, number, number, number, string | null, number, number | null, string][];
  return rows.map(([id, uid, bankId, questionId, mode, answeredAt, correct, elapsedMs, confidence, rating, predictedRecall, response]) => ({
    id,
    uid,
    bankId,
    questionId,
    mode,
    answeredAt,
    correct: correct === 1,
    elapsedMs,
    confidence,
    rating,
    predictedRecall,
    response,
  }));
}

export function lastLogId(db: Db): number {
  return (db.prepare('SELECT MAX(id) FROM review_log').pluck().get() as number | null) ?? 0;
}

/** Undos recorded at or after `fromAt` of answers up to log id `maxLogId` (those already sent). */
export function undosSince(db: Db, fromAt: number, maxLogId: number): { uid: string; undoneAt: number; questionPk: number }[] {
  return db
    .prepare(
      `SELECT u.uid, ru.undone_at AS undoneAt, r.question_pk AS questionPk FROM review_undo ru
       JOIN answer_uids u ON u.log_id = ru.log_id JOIN review_log r ON r.id = ru.log_id
       WHERE ru.undone_at >= ? AND ru.log_id <= ? ORDER BY ru.undone_at`,
    )
    .all(fromAt, maxLogId) as { uid: string; undoneAt: number; questionPk: number }[];
}

export interface OutgoingState {
  readonly bankId: string;
  readonly questionId: string;
  readonly phase: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly lastReviewAt: number | null;
  readonly lapses: number;
}

/** Memory states of the questions answered in log ids (fromId, toId], and of `extraPks`. */
export function statesTouched(db: Db, fromId: number, toId: number, extraPks: readonly number[]): OutgoingState[] {
  const pks = new Set<number>(db.prepare('SELECT DISTINCT question_pk FROM review_log WHERE id > ? AND id <= ?').pluck().all(fromId, toId) as number[]);
  for (const pk of extraPks) pks.add(pk);
  const read = db.prepare(
    `SELECT q.bank_id AS bankId, q.question_id AS questionId, cs.phase, cs.stability, cs.difficulty, cs.last_review_at AS lastReviewAt, cs.lapses
     FROM card_state cs JOIN questions q ON q.pk = cs.question_pk WHERE cs.question_pk = ?`,
  );
  const states: OutgoingState[] = [];
  for (const pk of pks) {
    const s = read.get(pk) as OutgoingState | undefined;
    if (s) states.push(s);
  }
  return states;
}

export interface ExamDomainTally {
  readonly scored: number;
  readonly correct: number;
  readonly answered: number;
  readonly right: number;
  readonly predicted: number;
}

export interface OutgoingExam {
  readonly examKey: string;
  readonly outline: string;
  readonly submittedAt: number;
  readonly scored: number;
  readonly correct: number;
  readonly byDomain: Record<string, ExamDomainTally>;
}

/** Every finished mock exam, scored over its scored items. */
export function finishedExams(db: Db): OutgoingExam[] {
  const exams = db
    .prepare(`SELECT id, started_at AS startedAt, seed, outline, submitted_at AS submittedAt FROM exams WHERE status IN ('submitted', 'expired') AND submitted_at IS NOT NULL ORDER BY id`)
    .all() as { id: number; startedAt: number; seed: number; outline: string; submittedAt: number }[];
  // Per domain: scored items, right; and, as readiness's mock evidence reads them (storage/mock-queries.ts),
  // answered scored items with a prediction, right among them, and Σ predicted.
  const items = db.prepare(
    `SELECT COALESCE(q.domain, '') AS domain, COUNT(*) AS scored, TOTAL(COALESCE(i.correct, 0)) AS correct,
            TOTAL(i.response IS NOT NULL AND i.predicted IS NOT NULL AND i.correct IS NOT NULL) AS answered,
            TOTAL(CASE WHEN i.response IS NOT NULL AND i.predicted IS NOT NULL AND i.correct IS NOT NULL THEN i.correct END) AS right,
            TOTAL(CASE WHEN i.response IS NOT NULL AND i.predicted IS NOT NULL AND i.correct IS NOT NULL THEN i.predicted END) AS predicted
     FROM exam_items i JOIN questions q ON q.pk = i.question_pk WHERE i.exam_id = ? AND i.scored = 1 GROUP BY q.domain`,
  );
  return exams.map((e) => {
    const byDomain: Record<string, ExamDomainTally> = {};
    let scored = 0;
    let correct = 0;
    for (const row of items.all(e.id) as (ExamDomainTally & { domain: string })[]) {
      byDomain[row.domain || 'none'] = { scored: row.scored, correct: row.correct, answered: row.answered, right: row.right, predicted: row.predicted };
      scored += row.scored;
      correct += row.correct;
    }
    return { examKey: `${e.startedAt}-${Math.abs(e.seed)}`, outline: e.outline, submittedAt: e.submittedAt, scored, correct, byDomain };
  });
}
