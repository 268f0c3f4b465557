/** The waiting counts shown above each question, taken from indexes, agree with reading every card. */
import { describe, expect, it } from '@jest/globals';
import { recordAnswer } from '../../src/app/record-answer.js';
import { keyResponse } from '../../src/domain/answer-check.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { markCard, undoMark } from '../../src/storage/card-marks.js';
import type { Db } from '../../src/storage/database.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { bankFile, DAY, memoryDbWithBank, MINUTE, parseBank, T0 } from '../helpers/fixtures.js';

function countsByReadingEveryCard(db: Db, now: number, until: number) {
  return db
    .prepare(
      `SELECT
         COALESCE(SUM(phase IN ('learning', 'relearning') AND due_at <= ?), 0) AS learning,
         COALESCE(SUM(phase = 'review' AND due_at < ?), 0) AS review,
         COALESCE(SUM(phase = 'new'), 0) AS fresh
       FROM card_state WHERE active = 1 AND suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)`,
    )
    .get(now, until, now);
}

describe('waiting counts', () => {
  it('match a full read with cards in every phase, suspended, buried, and a mark undone', () => {
    const db = memoryDbWithBank(parseBank(bankFile(30)));
    const store = new StudyStore(db);
    const scheduler = createScheduler();
    const pks = db.prepare('SELECT question_pk FROM card_state ORDER BY question_pk').pluck().all() as number[];
    // Answers over a few days: some cards reach review, some stay in learning or relearn.
    pks.slice(0, 18).forEach((pk, i) => {
      const question = store.question(pk);
      for (let k = 0; k <= i % 4; k++) {
        const at = T0 + k * (k > 1 ? 3 * DAY : 10 * MINUTE);
        const response = (i + k) % 5 === 0 ? { type: 'single' as const, optionId: 'zz' } : keyResponse(question);
        recordAnswer(db, store, scheduler, { questionPk: pk, question, response, shownOrder: null, confidence: undefined, elapsedMs: 1000, at, sessionId: null, mode: 'study' });
      }
    });
    const at = T0 + 10 * DAY;
    for (const pk of [pks[1], pks[4], pks[20], pks[21]] as number[]) markCard(db, pk, 'suspend', at);
    for (const pk of [pks[2], pks[22]] as number[]) markCard(db, pk, 'bury', at, at + DAY);
    undoMark(db, markCard(db, pks[23] as number, 'suspend', at), at);
    markCard(db, pks[5] as number, 'flag', at);

    for (const now of [T0, T0 + 20 * MINUTE, at, at + 2 * DAY, at + 30 * DAY]) {
      const until = now + DAY;
      const expected = countsByReadingEveryCard(db, now, until);
      expect(store.counts(now, until, {})).toEqual(expected);
    }
    // Sanity: the case is not trivial.
    expect(countsByReadingEveryCard(db, at + 30 * DAY, at + 31 * DAY)).toMatchObject({ review: expect.any(Number) });
    expect((countsByReadingEveryCard(db, at + 30 * DAY, at + 31 * DAY) as { review: number }).review).toBeGreaterThan(0);
  });
});
