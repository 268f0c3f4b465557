import { describe, expect, it } from '@jest/globals';
import { itemHistories } from '../../src/storage/analysis-store.js';
import type { Db } from '../../src/storage/database.js';
import { bankFile, memoryDbWithBank, parseBank, T0 } from '../helpers/fixtures.js';

const answer = (db: Db, pk: number, option: string, correct: 0 | 1, mode = 'study', keyVersion = 1) =>
  Number(
    db
      .prepare(`INSERT INTO review_log (question_pk, key_version, mode, answered_at, response, correct, elapsed_ms, rating) VALUES (?, ?, ?, ?, ?, ?, 1000, 3)`)
      .run(pk, keyVersion, mode, T0, JSON.stringify({ type: 'single', optionId: option }), correct).lastInsertRowid,
  );

describe("one bank's answer histories for item analysis", () => {
  it('takes answers under the current key in the order given; leaves out practice, undone answers, retired questions', () => {
    const db = memoryDbWithBank(parseBank(bankFile(4)));
    const rows = db.prepare('SELECT pk, question_id AS id FROM questions ORDER BY pk').all() as { pk: number; id: string }[];
    const [q1, q2, q3, q4] = rows as [(typeof rows)[number], (typeof rows)[number], (typeof rows)[number], (typeof rows)[number]];
    answer(db, q2.pk, 'b', 0);
    answer(db, q1.pk, 'a', 1);
    answer(db, q2.pk, 'c', 1);
    answer(db, q1.pk, 'd', 0, 'cram'); // practice: left out
    const undone = answer(db, q1.pk, 'c', 0);
    db.prepare('INSERT INTO review_undo (log_id, undone_at) VALUES (?, ?)').run(undone, T0);
    answer(db, q3.pk, 'a', 1); // then its key changes: the answer was to another question
    db.prepare('UPDATE questions SET key_version = 2 WHERE pk = ?').run(q3.pk);
    answer(db, q3.pk, 'b', 1, 'exam', 2);
    answer(db, q4.pk, 'a', 1);
    db.prepare('UPDATE questions SET retired_at = ? WHERE pk = ?').run(T0, q4.pk);
    db.prepare('UPDATE card_state SET lapses = 2 WHERE question_pk = ?').run(q2.pk);

    expect(itemHistories(db, 'test-bank', 'ana')).toEqual([
      { learner: 'ana', questionId: q1.id, lapses: 0, answers: [{ correct: true, elapsedMs: 1000, chosen: ['a'] }] },
      {
        learner: 'ana',
        questionId: q2.id,
        lapses: 2,
        answers: [
          { correct: false, elapsedMs: 1000, chosen: ['b'] },
          { correct: true, elapsedMs: 1000, chosen: ['c'] },
        ],
      },
      { learner: 'ana', questionId: q3.id, lapses: 0, answers: [{ correct: true, elapsedMs: 1000, chosen: ['b'] }] },
    ]);
    expect(itemHistories(db, 'no-such-bank', 'ana')).toEqual([]);
  });
});
