/** Each learner's own order of new questions: seeded once per database, interleaved by the blueprint, scenario sets together. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ensureBundledBanks } from '../../src/app/bundled-banks.js';
import { ensureNewOrder, orderNewQuestions, presetNewOrderSeed } from '../../src/app/new-order.js';
import { importBank } from '../../src/app/import-bank.js';
import { generateBank } from '../../bench/data/bank.js';
import { GENTLE_START_COUNT, STARTER_BANK, withGentleStart } from '../../src/domain/gentle-start.js';
import { newQuestionOrder, type NewOrderItem } from '../../src/domain/new-order.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { getSetting, SETTING } from '../../src/storage/settings.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { parseBank, T0 } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';

interface Row {
  readonly id: string;
  readonly domain: string | null;
  readonly scenario: string | null;
}

/** Every question being studied, in the order new questions are introduced. */
function order(db: Db): Row[] {
  return db
    .prepare(
      `SELECT q.bank_id || '/' || q.question_id AS id, q.domain AS domain, CASE WHEN q.scenario_id IS NULL THEN NULL ELSE q.bank_id || '/' || q.scenario_id END AS scenario
       FROM card_state cs JOIN questions q ON q.pk = cs.question_pk WHERE cs.active = 1 AND cs.phase = 'new' ORDER BY cs.new_rank, cs.question_pk`,
    )
    .all() as Row[];
}

/** The first `n` new questions the study queue hands out, one after the other. */
function firstNew(db: Db, n: number): string[] {
  const store = new StudyStore(db);
  const seen: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const card = store.nextNew(T0, {}, seen);
    if (!card) break;
    seen.push(card.questionPk);
    ids.push(`${card.bankId}/${card.questionId}`);
  }
  return ids;
}

async function bundledDb(path: string, seed?: number): Promise<Db> {
  const db = openDatabase(path);
  if (seed !== undefined) presetNewOrderSeed(db, seed);
  await ensureBundledBanks(db, T0);
  ensureNewOrder(db);
  return db;
}

describe("a learner's order of new questions", () => {
  it('differs between two databases and stays the same for each across sessions', async () => {
    const dir = tempDir('new-order');
    const paths = [join(dir, 'ana.db'), join(dir, 'ben.db')];
    const first: string[][] = [];
    const seeds: number[] = [];
    for (const path of paths) {
      const db = await bundledDb(path);
      seeds.push(getSetting<number>(db, SETTING.newOrderSeed)!);
      first.push(firstNew(db, 10));
      db.close();
    }
    expect(seeds[0]).not.toBe(seeds[1]);
    expect(first[0]).toHaveLength(10);
    expect(first[0]).not.toEqual(first[1]);

    // Each database, opened again (a later session, the bundled banks checked again), keeps its order.
    for (const [i, path] of paths.entries()) {
      const db = await bundledDb(path);
      expect(getSetting<number>(db, SETTING.newOrderSeed)).toBe(seeds[i]);
      expect(firstNew(db, 10)).toEqual(first[i]);
      db.close();
    }
  });

  it('gives two fixed seeds different first questions', async () => {
    const dir = tempDir('new-order');
    const a = await bundledDb(join(dir, 'a.db'), 1);
    const b = await bundledDb(join(dir, 'b.db'), 2);
    try {
      expect(firstNew(a, 1)[0]).not.toBe(firstNew(b, 1)[0]);
      expect(order(a).map((r) => r.id).sort()).toEqual(order(b).map((r) => r.id).sort()); // the same questions, each in its own order
    } finally {
      a.close();
      b.close();
    }
  });

  it('covers the domains near the blueprint shares from the first questions on, with scenario sets kept together', async () => {
    const dir = tempDir('new-order');
    for (const seed of [1, 2, 3, 4, 5]) {
      const db = await bundledDb(join(dir, `s${seed}.db`), seed);
      try {
        const rows = order(db);
        // ECO 2026: People 33 %, Process 41 %, Business Environment 26 %.
        for (const n of [20, 60, 150]) {
          const share = (d: string) => rows.slice(0, n).filter((r) => r.domain === d).length / n;
          const slack = n === 20 ? 0.15 : 0.08; // a scenario set of up to 5 questions moves a short window
          expect(Math.abs(share('people') - 0.33)).toBeLessThanOrEqual(slack);
          expect(Math.abs(share('process') - 0.41)).toBeLessThanOrEqual(slack);
          expect(Math.abs(share('business-environment') - 0.26)).toBeLessThanOrEqual(slack);
        }
        // Every scenario set's questions come one after the other.
        const sets = new Map<string, number[]>();
        rows.forEach((r, i) => r.scenario !== null && sets.set(r.scenario, [...(sets.get(r.scenario) ?? []), i]));
        expect(sets.size).toBeGreaterThan(20);
        for (const places of sets.values()) expect(places[places.length - 1]! - places[0]!).toBe(places.length - 1);
      } finally {
        db.close();
      }
    }
  });
});

describe('an import places its cards in the order as it writes them', () => {
  /** Every card's place; the same as a reorder from scratch gives, when the import placed them right. */
  const places = (db: Db) => db.prepare('SELECT question_pk AS pk, new_rank AS rank, active FROM card_state ORDER BY question_pk').all();
  const expectInPlace = (db: Db) => {
    const written = places(db);
    orderNewQuestions(db);
    expect(places(db)).toEqual(written);
  };
  type Q = { id: string; eco: { domain: string; task: number }; answer: unknown; type: string };
  const version = (questions: readonly Q[], n: number) => ({ ...generateBank({ questions: 0, seed: 5 }), version: String(n), scenarios: all.scenarios, questions });
  const all = generateBank({ questions: 160, seed: 5 }) as { scenarios: unknown[]; questions: Q[] };

  it('for added, changed, answer-changed, retired and restored questions, beside another bank', async () => {
    const db = openDatabase(join(tempDir('order'), 'order.db'));
    presetNewOrderSeed(db, 11);
    await ensureBundledBanks(db, T0);
    const apply = (file: unknown, at: number) => importBank(db, { bank: parseBank(file), fileHash: `h${at}` }, { source: 'import', at });

    apply(version(all.questions.slice(0, 120), 1), T0);
    expectInPlace(db);

    // Twenty retired, forty added, one moved to another domain, one with a new key.
    const v2 = all.questions.slice(20, 160).map((q) => ({ ...q }));
    const moved = v2.find((q) => q.type === 'single' && q.eco.domain !== 'process')!;
    moved.eco = { domain: 'process', task: 1 };
    const rekeyed = v2.find((q) => q.type === 'single' && q !== moved)!;
    rekeyed.answer = rekeyed.answer === 'a' ? 'b' : 'a';
    const { plan } = apply(version(v2, 2), T0 + 1);
    expect([plan.added.length, plan.retired.length, plan.updated.length, plan.answerChanged.length]).toEqual([40, 20, 1, 1]);
    expectInPlace(db);

    // The twenty come back.
    expect(apply(version(all.questions, 3), T0 + 2).plan.restored).toHaveLength(20);
    expectInPlace(db);
    db.close();
  });
});

describe('newQuestionOrder', () => {
  const items: NewOrderItem[] = [];
  let pk = 1;
  for (const [domain, n] of [['people', 330], ['process', 410], ['business-environment', 260]] as const) {
    for (let i = 0; i < n; i++) items.push({ pk: pk++, bankId: `b-${domain}`, questionId: `q${i}`, domain, scenarioId: i % 10 < 3 ? `s${Math.floor(i / 10)}` : null });
  }
  const weights = new Map([['people', 0.33], ['process', 0.41], ['business-environment', 0.26]]);

  it('is a permutation that depends on the seed and not on the input order', () => {
    const a = newQuestionOrder(items, 7, weights);
    expect([...a].sort((x, y) => x - y)).toEqual(items.map((i) => i.pk));
    expect(newQuestionOrder([...items].reverse(), 7, weights)).toEqual(a);
    expect(newQuestionOrder(items, 8, weights)).not.toEqual(a);
  });

  it('keeps a scenario set in its bank order and follows the weights in every window', () => {
    const a = newQuestionOrder(items, 11, weights);
    const byPk = new Map(items.map((i) => [i.pk, i]));
    for (let start = 0; start + 100 <= a.length - 200; start += 50) {
      const window = a.slice(start, start + 100).map((p) => byPk.get(p)!.domain);
      expect(Math.abs(window.filter((d) => d === 'process').length / 100 - 0.41)).toBeLessThanOrEqual(0.06);
    }
    const sets = new Map<string, number[]>();
    a.forEach((p, i) => {
      const it = byPk.get(p)!;
      if (it.scenarioId !== null) sets.set(`${it.bankId}/${it.scenarioId}`, [...(sets.get(`${it.bankId}/${it.scenarioId}`) ?? []), i]);
    });
    for (const places of sets.values()) expect(places).toEqual(places.map((_, k) => places[0]! + k));
  });

  it('gives questions without a weighted domain their share of the bank', () => {
    const mixed = [...items, ...Array.from({ length: 100 }, (_, i) => ({ pk: 10_000 + i, bankId: 'x', questionId: `x${i}`, domain: null, scenarioId: null }))];
    const a = newQuestionOrder(mixed, 3, weights).slice(0, 220);
    const share = a.filter((p) => p >= 10_000).length / a.length;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.15);
  });
});

describe('a gentle start', () => {
  it("opens a new database with single-answer basics from the starter bank, then the learner's own order", async () => {
    const dir = tempDir('new-order');
    for (const seed of [1, 2, 3]) {
      const db = await bundledDb(join(dir, `g${seed}.db`), seed);
      try {
        const first = db
          .prepare(
            `SELECT q.bank_id AS bank, q.type AS type, q.difficulty AS difficulty, q.scenario_id AS scenario
             FROM card_state cs JOIN questions q ON q.pk = cs.question_pk WHERE cs.active = 1 AND cs.phase = 'new'
             ORDER BY cs.new_rank, cs.question_pk LIMIT ${GENTLE_START_COUNT}`,
          )
          .all() as { bank: string; type: string; difficulty: number; scenario: string | null }[];
        expect(first).toHaveLength(GENTLE_START_COUNT);
        for (const q of first) expect(q).toEqual({ bank: 'pmp-starter', type: 'single', difficulty: expect.any(Number), scenario: null });
        expect(Math.max(...first.map((q) => q.difficulty))).toBeLessThanOrEqual(2);
      } finally {
        db.close();
      }
    }
  });

  it('moves basics forward in the order they had, matching the domain of each opening place', () => {
    const item = (pk: number, domain: string, type = 'single', bankId = STARTER_BANK, scenarioId: string | null = null, difficulty = 1) => ({ pk, bankId, type, difficulty, scenarioId, domain });
    const items = [
      item(1, 'people', 'matching'),
      item(2, 'process', 'single', 'other'),
      item(3, 'process', 'single', STARTER_BANK, 'case-1'),
      item(4, 'people', 'single', STARTER_BANK, null, 3),
      item(5, 'process'),
      item(6, 'people'),
      item(7, 'people', 'single', 'other'),
    ];
    // The learner's order opens people, process: a starter basic of each domain takes the place.
    expect(withGentleStart([1, 2, 3, 4, 5, 6, 7], items, 2)).toEqual([6, 5, 1, 2, 3, 4, 7]);
    // Without starter basics left for a domain, another bank's basic of that domain comes first.
    expect(withGentleStart([1, 2, 3, 4, 5, 6, 7], items, 3)).toEqual([6, 5, 2, 1, 3, 4, 7]);
    expect(withGentleStart([], items)).toEqual([]);
  });
});
