/**
 * Flag, suspend and bury: each a row in card_marks holding the values it replaced, so that undo
 * puts back exactly what was there.
 */
import type { Db } from './database.js';

export type MarkKind = 'flag' | 'unflag' | 'suspend' | 'unsuspend' | 'bury';

interface MarkState {
  readonly flagged: number;
  readonly suspended: number;
  readonly buried_until: number | null;
}

/**
 * Sets a flag, suspension or burial; returns the mark's id so it can be undone. The only way a
 * card becomes suspended or buried: card-counts.ts relies on it to find hidden cards quickly.
 */
export function markCard(db: Db, questionPk: number, kind: MarkKind, at: number, buriedUntil: number | null = null): number {
  const previous = db.prepare('SELECT flagged, suspended, buried_until FROM card_state WHERE question_pk = ?').get(questionPk) as MarkState;
  const change: Record<MarkKind, string> = {
    flag: 'flagged = 1',
    unflag: 'flagged = 0',
    suspend: 'suspended = 1',
    unsuspend: 'suspended = 0',
    bury: 'buried_until = @until',
  };
  db.prepare(`UPDATE card_state SET ${change[kind]} WHERE question_pk = @pk`).run({ pk: questionPk, ...(kind === 'bury' ? { until: buriedUntil } : {}) });
  return Number(
    db.prepare('INSERT INTO card_marks (question_pk, at, kind, previous) VALUES (?, ?, ?, ?)').run(questionPk, at, kind, JSON.stringify(previous)).lastInsertRowid,
  );
}

/** Puts back what a mark replaced. */
export function undoMark(db: Db, markId: number, at: number): void {
  const row = db.prepare('SELECT question_pk, previous FROM card_marks WHERE id = ?').get(markId) as { question_pk: number; previous: string };
  const previous = JSON.parse(row.previous) as MarkState;
  db
    .prepare('UPDATE card_state SET flagged = @flagged, suspended = @suspended, buried_until = @buried_until WHERE question_pk = @pk')
    .run({ ...previous, pk: row.question_pk });
  db.prepare('UPDATE card_marks SET undone_at = ? WHERE id = ?').run(at, markId);
}

export function isFlagged(db: Db, questionPk: number): boolean {
  return db.prepare('SELECT flagged FROM card_state WHERE question_pk = ?').pluck().get(questionPk) === 1;
}
