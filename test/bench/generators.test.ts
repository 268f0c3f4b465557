/** The benchmark's data generators: the same seed gives the same data, and the data is valid. */
import { describe, expect, it } from '@jest/globals';
import { aikenFromBank } from '../../bench/data/aiken.js';
import { generateBank } from '../../bench/data/bank.js';
import { writeHistory } from '../../bench/data/history.js';
import { loadOutlines } from '../../src/app/outlines.js';
import { rebuildAllStates } from '../../src/app/rebuild.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { checkLooseBank, readJsonBank } from '../../src/import/json-bank.js';
import { readAiken } from '../../src/import/readers/aiken.js';
import type { Db } from '../../src/storage/database.js';
import { memoryDbWithBank, parseBank, T0 } from '../helpers/fixtures.js';

describe('bench bank generator', () => {
  it('gives the same file for the same seed and another for another seed', () => {
    const a = JSON.stringify(generateBank({ questions: 80, seed: 7 }));
    expect(JSON.stringify(generateBank({ questions: 80, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateBank({ questions: 80, seed: 8 }))).not.toBe(a);
  });

  it('makes a bank that passes validation, with every question type and scenario sets', () => {
    const result = readJsonBank(JSON.stringify(generateBank({ questions: 300, seed: 3 })), 'bench.json', loadOutlines());
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.bank.questions).toHaveLength(300);
    expect(new Set(result.bank.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'ordering', 'matching', 'numeric']));
    expect(result.bank.questions.some((q) => q.scenario !== undefined)).toBe(true);
  });

  it('never gives two options of a question the same text, at the size of the benchmark (import refuses those)', () => {
    const bank = generateBank({ questions: 100_000, seed: 42 }) as { questions: { options?: { text: unknown }[] }[] };
    const repeated = bank.questions.filter((q) => q.options && new Set(q.options.map((o) => JSON.stringify(o.text))).size < q.options.length);
    expect(repeated).toHaveLength(0);
  });
});

describe('bench Aiken generator', () => {
  it('writes every question of the bank as a valid Aiken question, keys where the bank has them', () => {
    const bank = generateBank({ questions: 300, seed: 3 });
    const read = readAiken(aikenFromBank(bank), { file: 'b.aiken', bankId: 'b', title: 'b', version: '1', language: 'en' });
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
    const checked = checkLooseBank(read.bank, 'b.aiken', () => undefined, loadOutlines());
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems.slice(0, 3)));
    expect(checked.bank.questions).toHaveLength(300);
    const first = (bank.questions as { type: string; answer: string }[]).findIndex((q) => q.type === 'single');
    expect(checked.bank.questions[first]).toMatchObject({ type: 'single', answer: (bank.questions as { answer: string }[])[first]!.answer });
  });
});

describe('bench history generator', () => {
  const history = (seed: number): Db => {
    const db = memoryDbWithBank(parseBank(generateBank({ questions: 200, seed: 1 })));
    writeHistory(db, { rows: 1200, seed, now: T0, spanDays: 120 });
    return db;
  };
  const rows = (db: Db) => db.prepare('SELECT question_pk, answered_at, rating, correct, predicted_recall, response FROM review_log ORDER BY id').all();

  it('writes the asked number of rows, the same for the same seed', () => {
    const a = history(5);
    expect(rows(a)).toHaveLength(1200);
    expect(rows(history(5))).toEqual(rows(a));
    expect(rows(history(6))).not.toEqual(rows(a));
  });

  it('leaves memory states that a replay of the log agrees with, and fills predicted recall after the first answer', () => {
    const db = history(5);
    expect(rebuildAllStates(db, createScheduler(), { checkOnly: true }).mismatched).toEqual([]);
    const firsts = db
      .prepare('SELECT COUNT(*) FROM review_log r WHERE r.id = (SELECT MIN(id) FROM review_log x WHERE x.question_pk = r.question_pk)')
      .pluck()
      .get() as number;
    const withoutPrediction = db.prepare('SELECT COUNT(*) FROM review_log WHERE predicted_recall IS NULL').pluck().get() as number;
    expect(withoutPrediction).toBe(firsts);
    const mix = db.prepare('SELECT SUM(correct) AS right, COUNT(*) AS total, MAX(answered_at) AS last FROM review_log').get() as { right: number; total: number; last: number };
    expect(mix.right / mix.total).toBeGreaterThan(0.5);
    expect(mix.right / mix.total).toBeLessThan(0.98);
    expect(mix.last).toBeLessThanOrEqual(T0);
  });
});
