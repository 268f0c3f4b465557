/**
 * The server's summaries (class schema step 2) against the answers they summarise, on a real
 * PostgreSQL: six learners send answers (a batch twice, batches out of time order, practice mixed
 * in), undo some (first answers among them), and one is removed. After each step, what the report
 * reads — activity per study day, first sight per domain, item analysis — equals what plain code
 * computes from the answers left, and recall_states equals the memory states joined with the first
 * answers; and the server's recall sums equal app/learner-recall.ts.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { join } from 'node:path';
import pg from 'pg';
import { decodeJoinCode } from '../../src/app/class/join-code.js';
import { initClass, inviteLearner } from '../../src/app/class/trainer.js';
import { recallWith } from '../../src/app/learner-recall.js';
import { analyseItems, chosenOptionIds } from '../../src/domain/item-analysis.js';
import type { Response } from '../../src/domain/question.js';
import { createScheduler, DEFAULT_FSRS_WEIGHTS, DEFAULT_SCHEDULER_SETTINGS, forgettingCurve } from '../../src/domain/scheduler.js';
import { pushAnswers, pushStates, pushUndos } from '../../src/storage/class/learner-store.js';
import { readReadinessSums } from '../../src/storage/class/readiness-sums.js';
import { putClassQuestions, readActivity, readFirstSight, readItems, type QuestionShapeRow } from '../../src/storage/class/report-store.js';
import { publishBank, removeLearner } from '../../src/storage/class/trainer-store.js';
import type { OutgoingAnswer } from '../../src/storage/class-sync-queries.js';
import { createTrainer, describeWithPostgres, startPostgres, type PgServer } from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp.js';

const DAY = 86_400_000;
const T = Date.UTC(2026, 9, 1);
const QUESTIONS: QuestionShapeRow[] = Array.from({ length: 12 }, (_, i) => ({
  bankId: 'bank',
  questionId: `q${i + 1}`,
  outline: 'eco-2026',
  domain: i % 2 === 0 ? 'people' : 'process',
  task: 1 + (i % 3),
  type: i % 4 === 3 ? 'multiple' : 'single',
  options: 4,
  keys: i % 4 === 3 ? 2 : 1,
}));

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sent extends OutgoingAnswer {
  readonly role: string;
  undone: boolean;
}

describeWithPostgres('the class summaries kept by the server', () => {
  let server: PgServer;
  let trainer: pg.Client;
  const learners: { role: string; c: pg.Client }[] = [];
  const sent: Sent[] = [];
  const rnd = random(17);

  beforeAll(async () => {
    server = await startPostgres();
    const trainerUrl = await createTrainer(server, { database: 'cls', password: 'tpw' });
    const db = join(tempDir('summaries'), 'trainer.db');
    await initClass(db, trainerUrl);
    for (const name of ['ana', 'ben', 'cy', 'dan', 'eve', 'fay']) {
      const x = decodeJoinCode((await inviteLearner(db, name)).joinCode);
      const c = new pg.Client({ host: x.host, port: x.port, database: x.database, user: x.user, password: x.password });
      await c.connect();
      learners.push({ role: x.user, c });
    }
    trainer = new pg.Client({ connectionString: trainerUrl });
    await trainer.connect();
    await putClassQuestions(trainer, QUESTIONS);
  }, 90_000);
  afterAll(async () => {
    for (const c of [trainer, ...learners.map((l) => l.c)]) await c?.end().catch(() => undefined);
    server?.stop();
  });

  function answersOf(role: string, n: number): Sent[] {
    return Array.from({ length: n }, (_, i) => {
      const q = QUESTIONS[Math.floor(rnd() * QUESTIONS.length)] as QuestionShapeRow;
      const response: Response =
        q.type === 'single' ? { type: 'single', optionId: 'abcd'[Math.floor(rnd() * 4)] as string } : { type: 'multiple', optionIds: rnd() < 0.5 ? ['a', 'b'] : ['b', 'c'] };
      const m = rnd();
      return {
        role,
        id: i,
        uid: [8, 4, 4, 4, 12].map((k) => Array.from({ length: k }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('')).join('-'),
        bankId: q.bankId,
        questionId: q.questionId,
        mode: m < 0.2 ? 'cram' : m < 0.3 ? 'exam' : 'study',
        // Any minute of 20 days: study days cut at 04:00 in the report's zone fall anywhere.
        answeredAt: T + Math.floor(rnd() * 20 * 24 * 60) * 60_000,
        correct: rnd() < 0.6,
        elapsedMs: 100 * Math.floor(1 + rnd() * 95), // under 10 s: 100 ms bins
        confidence: null,
        rating: 1 + Math.floor(rnd() * 4),
        predictedRecall: rnd(),
        response: JSON.stringify(response),
        undone: false,
      };
    });
  }

  /** What the report must read, computed in plain code from the answers that are not undone. */
  function expected(offsetMinutes: number) {
    const live = sent.filter((a) => !a.undone && learners.some((l) => l.role === a.role)).sort((a, b) => a.answeredAt - b.answeredAt || a.uid.localeCompare(b.uid));
    const dayOf = (t: number) => Math.floor((t + offsetMinutes * 60_000 - 4 * 3_600_000) / DAY);
    const activity = new Map<string, Map<number, number>>();
    for (const a of live) {
      const m = activity.get(a.role) ?? new Map<number, number>();
      m.set(dayOf(a.answeredAt), (m.get(dayOf(a.answeredAt)) ?? 0) + 1);
      activity.set(a.role, m);
    }
    const firsts = new Map<string, Sent>();
    for (const a of live) if (!firsts.has(`${a.role}|${a.questionId}`)) firsts.set(`${a.role}|${a.questionId}`, a);
    const sight = new Map<string, { seen: number; right: number }>();
    for (const a of firsts.values()) {
      const k = `${a.role}|${QUESTIONS.find((q) => q.questionId === a.questionId)?.domain}`;
      const s = sight.get(k) ?? { seen: 0, right: 0 };
      sight.set(k, { seen: s.seen + 1, right: s.right + (a.correct ? 1 : 0) });
    }
    const histories = new Map<string, { learner: string; questionId: string; answers: { correct: boolean; elapsedMs: number; chosen: string[] }[]; lapses: number }>();
    for (const a of live.filter((x) => x.mode !== 'cram')) {
      const k = `${a.role}|${a.questionId}`;
      const h = histories.get(k) ?? { learner: a.role, questionId: a.questionId, answers: [], lapses: 0 };
      h.answers.push({ correct: a.correct, elapsedMs: a.elapsedMs, chosen: chosenOptionIds(JSON.parse(a.response) as Response) });
      histories.set(k, h);
    }
    return { activity, sight, items: analyseItems([...histories.values()], () => []) };
  }

  /** recall_states (class schema step 3) against what it summarises: card_states with learner_questions' first answers. */
  async function expectRecallStatesToMatch(): Promise<void> {
    const r = await trainer.query(`
      WITH want AS (
             SELECT COALESCE(cs.learner, lq.learner) AS learner, COALESCE(cs.bank_id, lq.bank_id) AS bank_id, COALESCE(cs.question_id, lq.question_id) AS question_id,
                    cs.phase, cs.stability, cs.last_review_at, cs.lapses, lq.first_correct, lq.item_first_correct, COALESCE(lq.item_answers, 0) AS item_answers
             FROM pmp_class.card_states cs FULL JOIN pmp_class.learner_questions lq USING (learner, bank_id, question_id)),
           got AS (
             SELECT ln.learner, qn.bank_id, qn.question_id, rs.phase, rs.stability, rs.last_review_at, rs.lapses, rs.first_correct, rs.item_first_correct, rs.item_answers
             FROM pmp_class.recall_states rs JOIN pmp_class.learner_numbers ln ON ln.no = rs.learner_no JOIN pmp_class.question_numbers qn ON qn.no = rs.question_no),
           said AS (SELECT * FROM want WHERE phase IS NOT NULL OR first_correct IS NOT NULL OR item_first_correct IS NOT NULL OR item_answers <> 0),
           kept AS (SELECT * FROM got WHERE phase IS NOT NULL OR first_correct IS NOT NULL OR item_first_correct IS NOT NULL OR item_answers <> 0)
      SELECT (SELECT count(*) FROM said)::int AS rows, (SELECT count(*) FROM said WHERE first_correct = false)::int AS wrong,
             (SELECT count(*) FROM said WHERE phase IS NOT NULL)::int AS states,
             (SELECT count(*) FROM (SELECT * FROM said EXCEPT ALL SELECT * FROM kept) x)::int AS missing,
             (SELECT count(*) FROM (SELECT * FROM kept EXCEPT ALL SELECT * FROM said) x)::int AS extra`);
    expect(r.rows[0]).toMatchObject({ missing: 0, extra: 0 });
    expect(r.rows[0].rows).toBeGreaterThan(0);
    expect(r.rows[0].wrong).toBeGreaterThan(0);
    expect(r.rows[0].states).toBeGreaterThan(0);
  }

  async function expectSummariesToMatch(offsetMinutes: number): Promise<void> {
    await expectRecallStatesToMatch();
    // The class's questions carry their numbers as of when they are put: put again, as each report does.
    await trainer.query('DROP TABLE pg_temp.class_questions');
    await putClassQuestions(trainer, QUESTIONS);
    const want = expected(offsetMinutes);
    const read = await readActivity(trainer, 4 * 3_600_000 - offsetMinutes * 60_000, 0);
    for (const l of learners) {
      const got = read.get(l.role);
      const days = want.activity.get(l.role) ?? new Map<number, number>();
      expect(Object.fromEntries(got?.perDay ?? [])).toEqual(Object.fromEntries(days));
      expect(got?.total ?? 0).toBe([...days.values()].reduce((x, y) => x + y, 0));
      expect(got?.lastDay ?? null).toBe(days.size > 0 ? Math.max(...days.keys()) : null);
    }
    const sight = await readFirstSight(trainer, 'eco-2026');
    expect(Object.fromEntries(sight.map((s) => [`${s.role}|${s.domain}`, { seen: s.seen, right: s.right }]))).toEqual(Object.fromEntries(want.sight));
    const items = await readItems(trainer, 8);
    expect(items.map((i) => i.questionId).sort()).toEqual(want.items.map((i) => i.questionId).sort());
    for (const w of want.items) {
      const got = items.find((i) => i.questionId === w.questionId);
      expect(got).toMatchObject({ answers: w.answers, learners: w.learners, chosen: w.chosen });
      expect((got?.firstRight ?? 0) / (got?.learners ?? 1)).toBeCloseTo(w.firstSightRight ?? 0, 12);
      if (w.discrimination !== null) expect(got?.discrimination).toBeCloseTo(w.discrimination, 10);
      // Times are counted in 100 ms bins under 10 s and read at the bin's middle.
      expect(Math.abs((got?.medianElapsedMs ?? 0) - (w.medianElapsedMs ?? 0))).toBeLessThanOrEqual(50);
    }
  }

  test('answers sent in batches, one twice and some out of time order, are counted once', async () => {
    for (const [i, l] of learners.entries()) {
      // The first learner's answers arrive before the bank is assigned: assigning it brings them in.
      if (i === 1) await publishBank(trainer, 'bank', JSON.stringify({ id: 'bank', questions: QUESTIONS.map((q) => ({ id: q.questionId })) }), 'h1');
      const mine = answersOf(l.role, 60);
      const [a, b, c] = [mine.slice(0, 25), mine.slice(25, 45), mine.slice(45)];
      // Out of time order on purpose: a first answer may arrive after later ones (a restored backup).
      for (const batch of [c, a, b, a]) await pushAnswers(l.c, batch);
      sent.push(...mine);
      // Memory states, sent by the learner's own role, for some questions (before or after their answers); sent again, changed.
      const states = QUESTIONS.filter(() => rnd() < 0.7).map((q) => ({ bankId: q.bankId, questionId: q.questionId, phase: 'review', stability: 1 + rnd() * 30, difficulty: 5, lastReviewAt: T + Math.floor(rnd() * 20) * DAY, lapses: Math.floor(rnd() * 3) }));
      await pushStates(l.c, states);
      await pushStates(l.c, states.filter(() => rnd() < 0.5).map((x) => ({ ...x, stability: x.stability * 2, lapses: x.lapses + 1 })));
    }
    await expectSummariesToMatch(0);
    await expectSummariesToMatch(330); // a study day that starts at 04:00 in India cuts UTC days at 22:30
    await expectSummariesToMatch(-300);
  }, 60_000);

  test('undone answers leave every summary, and a first answer undone gives way to the next', async () => {
    for (const l of learners) {
      const mine = sent.filter((a) => a.role === l.role);
      const earliest = [...mine].sort((a, b) => a.answeredAt - b.answeredAt)[0] as Sent;
      const undo = [earliest, ...mine.filter((a) => a !== earliest && rnd() < 0.1)];
      await pushUndos(l.c, undo.map((a) => ({ uid: a.uid, undoneAt: a.answeredAt + 1000 })));
      for (const a of undo) a.undone = true;
    }
    await expectSummariesToMatch(0);
  }, 60_000);

  test('class remove takes the learner out of the class-wide counts', async () => {
    const gone = learners.splice(1, 1)[0] as { role: string; c: pg.Client };
    await gone.c.end();
    await removeLearner(trainer, 'cls', 'ben');
    await expectSummariesToMatch(0);
    const left = await trainer.query('SELECT count(*)::int AS n FROM pmp_class.learner_questions WHERE learner = $1', [gone.role]);
    expect(left.rows[0].n).toBe(0);
  }, 60_000);

  test('the recall sums the server makes equal app/learner-recall.ts, edge cases included', async () => {
    const role = (learners[0] as { role: string }).role;
    const weights = [...DEFAULT_FSRS_WEIGHTS];
    weights[20] = 0.33;
    const at = T + 40 * DAY;
    // Half-day gaps (where rounding decides the day), less than a day, tiny and huge stabilities.
    const states = QUESTIONS.map((q, i) => ({
      q,
      stability: [0.004, 1e-9, 2.5, 3.141592653589793, 17.123456789, 250, 1e6][i % 7] as number,
      lastReviewAt: at - [DAY / 2, 1.5 * DAY, 3600_000, 20.5 * DAY, 7 * DAY + 1, 0, 400 * DAY][i % 7]!,
      lapses: i % 3,
    }));
    await trainer.query(`DELETE FROM pmp_class.card_states`);
    await trainer.query(
      `INSERT INTO pmp_class.card_states (learner, bank_id, question_id, phase, stability, difficulty, last_review_at, lapses)
       SELECT $1, 'bank', q, 'review', s, 5, t, l FROM unnest($2::text[], $3::float8[], $4::bigint[], $5::integer[]) AS x(q, s, t, l)`,
      [role, states.map((s) => s.q.questionId), states.map((s) => s.stability), states.map((s) => s.lastReviewAt), states.map((s) => s.lapses)],
    );
    await expectRecallStatesToMatch();
    // A question's misses: its lapses, plus one when its first answer (from the synced answers) was wrong.
    const firsts = await trainer.query(`SELECT question_id, first_correct FROM pmp_class.learner_questions WHERE learner = $1 AND bank_id = 'bank'`, [role]);
    const firstWrong = new Set(firsts.rows.filter((r: { first_correct: boolean | null }) => r.first_correct === false).map((r: { question_id: string }) => r.question_id));
    expect(firstWrong.size).toBeGreaterThan(0);
    const missesOf = (s: (typeof states)[number]) => s.lapses + (firstWrong.has(s.q.questionId) ? 1 : 0);
    for (const calibration of [{ a: 0, b: 1, c: 0 }, { a: -0.7, b: 1.6, c: -0.8 }, { a: 900, b: -800, c: 3 }]) {
      const rows = await readReadinessSums(trainer, 'eco-2026', [{ role, ...forgettingCurve(weights), ...calibration, at }]);
      const recall = recallWith({ ...calibration, answers: 0, covariance: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] }, createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, weights }));
      for (const row of rows) {
        const mine = states.filter((s) => s.q.domain === row.domain && s.q.task === row.task && s.q.type === row.type);
        expect(row.seen).toBe(mine.length);
        expect(row.recallSum).toBeCloseTo(mine.reduce((x, s) => x + recall.from(s.stability, s.lastReviewAt, at, missesOf(s)), 0), 12);
        expect(row.slopeASum).toBeCloseTo(mine.reduce((x, s) => x + recall.slopes(s.stability, s.lastReviewAt, at, missesOf(s)).da, 0), 12);
        expect(row.slopeBSum).toBeCloseTo(mine.reduce((x, s) => x + recall.slopes(s.stability, s.lastReviewAt, at, missesOf(s)).db, 0), 12);
        expect(row.slopeCSum).toBeCloseTo(mine.reduce((x, s) => x + recall.slopes(s.stability, s.lastReviewAt, at, missesOf(s)).dc, 0), 12);
      }
      expect(rows.reduce((x, r) => x + r.seen, 0)).toBe(QUESTIONS.length);
    }
  }, 60_000);
});
