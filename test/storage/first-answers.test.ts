import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { rebuildAllStates } from '../../src/app/rebuild.js';
import { runStudySession, type StudyOptions } from '../../src/app/study-session.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { firstAnswersOutOfStep } from '../../src/storage/first-answers.js';
import { MIGRATIONS } from '../../src/storage/migrations.js';
import { bankFile, memoryDbWithBank, MINUTE, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';

const options = (over: Partial<StudyOptions> = {}): StudyOptions => ({ filter: {}, newPerDay: 20, seed: 3, ...over });
const firsts = (db: Db) => db.prepare('SELECT question_pk AS pk, log_id AS logId, correct FROM first_answers ORDER BY question_pk').all();
/** What readiness read from the log before the cache: the oldest answer of each question not undone. */
const fromTheLog = (db: Db) =>
  db
    .prepare(
      `SELECT r.question_pk AS pk, MIN(r.id) AS logId, r.correct FROM review_log r
       WHERE NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id) GROUP BY r.question_pk ORDER BY r.question_pk`,
    )
    .all();
const answer = (db: Db, pk: number, correct: 0 | 1, mode = 'study') =>
  Number(
    db
      .prepare(`INSERT INTO review_log (question_pk, key_version, mode, answered_at, response, correct, elapsed_ms, rating) VALUES (?, 1, ?, ?, '{}', ?, 10, 3)`)
      .run(pk, mode, T0, correct).lastInsertRowid,
  );
const undo = (db: Db, logId: number) => db.prepare('INSERT INTO review_undo (log_id, undone_at) VALUES (?, ?)').run(logId, T0);

describe("each question's first answer, kept beside the log", () => {
  it('is the first answer of any mode; later answers leave it alone', () => {
    const db = memoryDbWithBank(parseBank(bankFile(3)));
    const [p1, p2] = db.prepare('SELECT pk FROM questions ORDER BY pk').pluck().all() as number[];
    const first = answer(db, p1!, 0, 'cram');
    answer(db, p1!, 1);
    const exam = answer(db, p2!, 1, 'exam');
    expect(firsts(db)).toEqual([
      { pk: p1, logId: first, correct: 0 },
      { pk: p2, logId: exam, correct: 1 },
    ]);
    expect(firsts(db)).toEqual(fromTheLog(db));
  });

  it('moves on to the next answer when the first is undone, and goes when the only one is', () => {
    const db = memoryDbWithBank(parseBank(bankFile(3)));
    const [p1, p2] = db.prepare('SELECT pk FROM questions ORDER BY pk').pluck().all() as number[];
    const a = answer(db, p1!, 0);
    const b = answer(db, p1!, 1);
    const c = answer(db, p1!, 0);
    undo(db, b); // not the first: nothing moves
    expect(firsts(db)).toEqual([{ pk: p1, logId: a, correct: 0 }]);
    undo(db, a); // the first: the next answer not undone (c, since b is undone too)
    expect(firsts(db)).toEqual([{ pk: p1, logId: c, correct: 0 }]);
    const only = answer(db, p2!, 1);
    undo(db, only);
    expect(firsts(db)).toEqual([{ pk: p1, logId: c, correct: 0 }]);
    const again = answer(db, p2!, 0); // answered again after the undo: this one is its first
    expect(firsts(db)).toEqual([
      { pk: p1, logId: c, correct: 0 },
      { pk: p2, logId: again, correct: 0 },
    ]);
    expect(firsts(db)).toEqual(fromTheLog(db));
  });

  it('follows a study session with an undo, as the log does', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(6)));
    const ui = scriptedUi([{ answer: 'wrong', then: 'undo' }, { answer: 'right' }, { answer: 'wrong' }, { answer: 'right' }, { quit: true }]);
    await runStudySession({ db, clock: movableClock(), scheduler: createScheduler(), ui }, options());
    expect(db.prepare('SELECT COUNT(*) FROM review_undo').pluck().get()).toBe(1);
    expect(firsts(db)).toHaveLength(3);
    expect(firsts(db)).toEqual(fromTheLog(db));
  });

  it('is filled from the log when a database of schema 3 is upgraded', () => {
    const path = join(tempDir('firsts'), 'v3.db');
    const raw = new Database(path);
    for (const step of MIGRATIONS.slice(0, 3)) raw.exec(step);
    raw.pragma('user_version = 3');
    raw.exec(`INSERT INTO banks (id, title, version, outline, languages, body, content_hash, source, imported_at) VALUES ('b', '{}', '1', 'eco-2026', '["en"]', '{}', 'h', 'import', 1)`);
    for (const pk of [1, 2, 3]) {
      raw.exec(`INSERT INTO questions (pk, bank_id, question_id, type, tags, body, content_hash, answer_hash, prompt_key, new_rank) VALUES (${pk}, 'b', 'q${pk}', 'single', '[]', '{}', 'c', 'a', 'p', ${pk})`);
    }
    const log = (pk: number, correct: number, at: number) =>
      Number(raw.prepare(`INSERT INTO review_log (question_pk, key_version, answered_at, response, correct, elapsed_ms, rating) VALUES (?, 1, ?, '{}', ?, 10, 3)`).run(pk, at, correct).lastInsertRowid);
    log(2, 1, T0);
    const undone = log(1, 1, T0 + MINUTE);
    raw.prepare('INSERT INTO review_undo (log_id, undone_at) VALUES (?, ?)').run(undone, T0 + 2 * MINUTE);
    const next = log(1, 0, T0 + 3 * MINUTE);
    log(2, 0, T0 + 4 * MINUTE);
    raw.close();

    const db = openDatabase(path);
    expect(firsts(db)).toEqual([
      { pk: 1, logId: next, correct: 0 },
      { pk: 2, logId: 1, correct: 1 },
    ]);
    db.close();
  });

  it('is checked against the log by pmp rebuild, and filled again', () => {
    const db = memoryDbWithBank(parseBank(bankFile(3)));
    const [p1, p2, p3] = db.prepare('SELECT pk FROM questions ORDER BY pk').pluck().all() as number[];
    answer(db, p1!, 0);
    answer(db, p2!, 1);
    const scheduler = createScheduler();
    rebuildAllStates(db, scheduler); // the raw answers above left the memory states behind
    expect(rebuildAllStates(db, scheduler, { checkOnly: true }).mismatched).toEqual([]);
    // A damaged cache: one wrong, one missing, one that has no answer at all.
    db.exec(`UPDATE first_answers SET correct = 1 WHERE question_pk = ${p1}; DELETE FROM first_answers WHERE question_pk = ${p2};`);
    db.prepare('INSERT INTO first_answers (question_pk, log_id, correct) VALUES (?, 1, 0)').run(p3);
    expect(firstAnswersOutOfStep(db).sort()).toEqual([p1, p2, p3].sort());
    expect(rebuildAllStates(db, scheduler, { checkOnly: true }).mismatched.length).toBe(3);
    expect(firsts(db)).not.toEqual(fromTheLog(db)); // checking changes nothing
    expect(rebuildAllStates(db, scheduler).mismatched.length).toBe(3);
    expect(firsts(db)).toEqual(fromTheLog(db));
    expect(firstAnswersOutOfStep(db)).toEqual([]);
  });
});
