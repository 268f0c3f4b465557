/**
 * Who sees what, enforced by the server with real roles and passwords: a learner's role reads and
 * inserts only its own rows, cannot change or delete answers (its own included), cannot pass as
 * another learner, and hostile or malformed rows are refused by CHECK constraints.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import pg from 'pg';
import { decodeJoinCode } from '../../src/app/class/join-code.js';
import { initClass, inviteLearner } from '../../src/app/class/trainer.js';
import { createTrainer, describeWithPostgres, startPostgres, type PgServer } from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp.js';

const T = Date.UTC(2026, 10, 25);
const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describeWithPostgres('row-level security of a class, with real roles', () => {
  let server: PgServer;
  let trainer: pg.Client;
  let a: pg.Client;
  let b: pg.Client;
  let roleA: string;
  let roleB: string;

  const answer = (id: number, extra: Record<string, unknown> = {}) => {
    const row: Record<string, unknown> = {
      uid: uid(id), bank_id: 'bank', question_id: 'q1', mode: 'study', answered_at: T, correct: true, elapsed_ms: 4000,
      confidence: null, rating: 3, predicted_recall: 0.9, response: '{"type":"single","optionId":"a"}', ...extra,
    };
    const cols = Object.keys(row);
    return { text: `INSERT INTO pmp_class.answers (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`, values: Object.values(row) };
  };
  const insert = (c: pg.Client, id: number, extra: Record<string, unknown> = {}) => {
    const q = answer(id, extra);
    return c.query(q.text, q.values);
  };

  beforeAll(async () => {
    server = await startPostgres();
    const trainerUrl = await createTrainer(server, { database: 'cls', password: 'tpw' });
    const db = join(tempDir('rls'), 'trainer.db');
    await initClass(db, trainerUrl);
    const connect = async (code: string) => {
      const x = decodeJoinCode(code);
      const c = new pg.Client({ host: x.host, port: x.port, database: x.database, user: x.user, password: x.password });
      await c.connect();
      return { c, role: x.user };
    };
    ({ c: a, role: roleA } = await connect((await inviteLearner(db, 'ana')).joinCode));
    ({ c: b, role: roleB } = await connect((await inviteLearner(db, 'ben')).joinCode));
    trainer = new pg.Client({ connectionString: trainerUrl });
    await trainer.connect();
    await insert(a, 1);
    await a.query(`INSERT INTO pmp_class.card_states (bank_id, question_id, phase, stability, difficulty, last_review_at, lapses) VALUES ('bank', 'q1', 'review', 3, 5, $1, 0)`, [T]);
    await a.query(`INSERT INTO pmp_class.learner_settings (key, value) VALUES ('examDate', '"2027-02-15"')`);
  }, 60_000);
  afterAll(async () => {
    for (const c of [a, b, trainer]) await c?.end().catch(() => undefined);
    server?.stop();
  });

  describe('a learner', () => {
    test('reads its own rows and none of another learner', async () => {
      expect((await a.query('SELECT learner FROM pmp_class.answers')).rows).toEqual([{ learner: roleA }]);
      for (const table of ['answers', 'card_states', 'learner_settings', 'undos', 'exam_results']) {
        expect((await b.query(`SELECT * FROM pmp_class.${table}`)).rowCount).toBe(0);
      }
    });

    test("cannot read or write the server's summaries, nor take a learner out of them", async () => {
      for (const table of ['activity', 'learner_questions', 'question_choices', 'question_times']) {
        await expect(b.query(`SELECT * FROM pmp_class.${table}`)).rejects.toMatchObject({ code: '42501' });
        await expect(b.query(`DELETE FROM pmp_class.${table}`)).rejects.toMatchObject({ code: '42501' });
      }
      await expect(b.query('SELECT pmp_class.forget_learner($1)', [roleA])).rejects.toMatchObject({ code: '42501' });
      // What a learner's answers add to them is the server's doing: ana's one answer is counted.
      expect((await trainer.query('SELECT learner, before[96] AS n FROM pmp_class.activity')).rows).toEqual([{ learner: roleA, n: 1 }]);
    });

    test('cannot read the list of learners', async () => {
      await expect(b.query('SELECT * FROM pmp_class.learners')).rejects.toMatchObject({ code: '42501' });
    });

    test("cannot change or delete answers, another's or its own", async () => {
      for (const c of [a, b]) {
        await expect(c.query('UPDATE pmp_class.answers SET correct = false')).rejects.toMatchObject({ code: '42501' });
        await expect(c.query('DELETE FROM pmp_class.answers')).rejects.toMatchObject({ code: '42501' });
      }
      await expect(b.query('DELETE FROM pmp_class.card_states')).rejects.toMatchObject({ code: '42501' });
      expect((await trainer.query('SELECT correct FROM pmp_class.answers')).rows).toEqual([{ correct: true }]);
    });

    test("cannot change another learner's memory states: the policy hides them from UPDATE", async () => {
      const r = await b.query(`UPDATE pmp_class.card_states SET stability = 999`);
      expect(r.rowCount).toBe(0);
      expect((await trainer.query('SELECT stability FROM pmp_class.card_states')).rows).toEqual([{ stability: 3 }]);
    });

    test('cannot insert as another learner: the server policy refuses it', async () => {
      await expect(insert(b, 2, { learner: roleA })).rejects.toThrow(/row-level security/);
      await expect(b.query(`INSERT INTO pmp_class.learner_settings (learner, key, value) VALUES ($1, 'examDate', '"2030-01-01"')`, [roleA])).rejects.toThrow(/row-level security/);
      await insert(b, 3);
      await expect(b.query(`UPDATE pmp_class.card_states SET learner = $1`, [roleA])).resolves.toMatchObject({ rowCount: 0 });
      await b.query(`INSERT INTO pmp_class.card_states (bank_id, question_id, phase, stability, difficulty, last_review_at, lapses) VALUES ('bank', 'q2', 'review', 3, 5, $1, 0)`, [T]);
      await expect(b.query(`UPDATE pmp_class.card_states SET learner = $1`, [roleA])).rejects.toThrow(/row-level security/);
    });

    test("cannot undo another learner's answer", async () => {
      await expect(b.query('INSERT INTO pmp_class.undos (answer_uid, undone_at) VALUES ($1, $2)', [uid(1), T])).rejects.toThrow(/row-level security/);
      await a.query('INSERT INTO pmp_class.undos (answer_uid, undone_at) VALUES ($1, $2)', [uid(1), T + 1000]);
    });

    test('cannot publish banks or create tables', async () => {
      await expect(b.query(`INSERT INTO pmp_class.banks (bank_id, content, content_hash) VALUES ('x', '{}', 'h')`)).rejects.toMatchObject({ code: '42501' });
      await expect(b.query('CREATE TABLE pmp_class.mine (x int)')).rejects.toMatchObject({ code: '42501' });
      await expect(b.query('CREATE TABLE public.mine (x int)')).rejects.toMatchObject({ code: '42501' });
    });
  });

  test.each([
    ['a rating outside 1..4', { rating: 9 }],
    ['an unknown mode', { mode: 'hack' }],
    ['a time before 2000', { answered_at: -5 }],
    ['a negative time taken', { elapsed_ms: -1 }],
    ['a recall above 1', { predicted_recall: 1.5 }],
    ['an unknown confidence', { confidence: 'certain' }],
    ['an empty question id', { question_id: '' }],
    ['a huge response', { response: JSON.stringify({ x: 'x'.repeat(10_000) }) }],
  ])('a hostile row is refused by the server: %s', async (_label, extra) => {
    await expect(insert(b, 100 + Object.keys(extra).length, extra)).rejects.toMatchObject({ code: '23514' });
  });

  test('malformed values are refused by their types', async () => {
    await expect(insert(b, 200, { uid: 'not-a-uuid' })).rejects.toMatchObject({ code: '22P02' });
    await expect(insert(b, 201, { response: '{not json' })).rejects.toMatchObject({ code: '22P02' });
  });

  test('the trainer reads every learner', async () => {
    const r = await trainer.query('SELECT learner FROM pmp_class.answers ORDER BY learner');
    expect(r.rows.map((x: { learner: string }) => x.learner).sort()).toEqual([roleA, roleB].sort());
  });
});
