/**
 * The hand check of the fast road (question-fast-check.ts) may only ever say "valid" where the
 * schema says valid and leaves the question as it is; and it must say so for ordinary questions,
 * or the fast road is not taken. Checked on every question of a generated bank and on thousands
 * of seeded mutations of them.
 */
import { describe, expect, it } from '@jest/globals';
import { generateBank } from '../../bench/data/bank.js';
import { seededRandom, type Random } from '../../src/domain/random.js';
import { questionSchema } from '../../src/import/bank-schema.js';
import { isCertainlyValidQuestion } from '../../src/import/question-fast-check.js';

const questions = (generateBank({ questions: 300, seed: 5 }).questions as Record<string, unknown>[]).map((q) => JSON.parse(JSON.stringify(q)) as Record<string, unknown>);

/** Values a mutation may put anywhere: wrong types, edge lengths, hostile keys. */
const ODD_VALUES: readonly unknown[] = [
  undefined, null, 0, -1, 1.5, 31, 4, 2, true, '', ' ', 'x', 'has space', 'a'.repeat(129), 'b'.repeat(20_001), '1ok', '-bad',
  [], [''], ['a'], ['a', 'b'], {}, { en: '' }, { EN: 'x' }, { en: 'x', 'ko-KR': 'y' }, { en: 1 }, { __proto__: null, en: 'x' },
  JSON.parse('{"__proto__": "x"}'), 'single', 'multiple', 'numeric', 'matching', 'ordering', 'people', 'agile', Number.NaN, Infinity,
  { domain: 'people', task: 3 }, { domain: 'people', task: 0 }, { value: 1 }, { value: 1, tolerance: -1 }, { value: 1, tolerance: 0 },
];

function mutate(value: unknown, random: Random, depth = 0): unknown {
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    const roll = random();
    if (copy.length > 0 && roll < 0.3) copy.splice(Math.floor(random() * copy.length), 1);
    else if (roll < 0.5) copy.push(copy.length > 0 && random() < 0.5 ? copy[0] : pick(random));
    else if (copy.length > 0) {
      const i = Math.floor(random() * copy.length);
      copy[i] = depth < 4 && random() < 0.6 ? mutate(copy[i], random, depth + 1) : pick(random);
    }
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const roll = random();
    if (keys.length > 0 && roll < 0.25) delete copy[keys[Math.floor(random() * keys.length)] as string];
    else if (roll < 0.4) copy[['extra', 'unit', 'calc', 'exhibit', 'fixed', 'trap', 'rationale', 'tolerance', 'ko', 'left'][Math.floor(random() * 10)] as string] = pick(random);
    else if (keys.length > 0) {
      const key = keys[Math.floor(random() * keys.length)] as string;
      copy[key] = depth < 4 && random() < 0.6 ? mutate(copy[key], random, depth + 1) : pick(random);
    }
    return copy;
  }
  return pick(random);
}

function pick(random: Random): unknown {
  return ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
}

describe('the hand check of the fast road', () => {
  it('takes every ordinary question of a generated bank (all but numeric ones without a tolerance)', () => {
    for (const q of questions) {
      const needsDefault = q.type === 'numeric' && (q.answer as { tolerance?: unknown }).tolerance === undefined;
      expect(isCertainlyValidQuestion(q)).toBe(!needsDefault);
    }
  });

  it('says valid only where the schema accepts the question and leaves it unchanged (seeded mutations)', () => {
    const random = seededRandom(2026);
    let accepted = 0;
    let refused = 0;
    for (let round = 0; round < 6000; round++) {
      let q: unknown = questions[round % questions.length];
      const steps = 1 + Math.floor(random() * 3);
      for (let s = 0; s < steps; s++) q = mutate(q, random);
      if (!isCertainlyValidQuestion(q)) {
        refused++;
        continue;
      }
      accepted++;
      const checked = questionSchema.safeParse(q);
      if (!checked.success) throw new Error(`hand check took what the schema refuses: ${JSON.stringify(q)}\n${checked.error.message}`);
      expect(checked.data).toEqual(q);
    }
    // Both answers were exercised.
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(1000);
  });

  it('refuses shapes it leaves to the schema, and odd objects', () => {
    const single = questions.find((q) => q.type === 'single') as Record<string, unknown>;
    expect(isCertainlyValidQuestion(single)).toBe(true);
    expect(isCertainlyValidQuestion({ ...single, type: 'toString' })).toBe(false);
    expect(isCertainlyValidQuestion({ ...single, exhibit: { columns: ['a'], rows: [['b']] } })).toBe(false);
    expect(isCertainlyValidQuestion(Object.assign(Object.create({ inherited: 1 }) as object, single))).toBe(false);
    expect(isCertainlyValidQuestion({ ...single, tags: ['x'.repeat(65)] })).toBe(false);
    expect(isCertainlyValidQuestion({ ...single, prompt: { en: 'x', 'en-GB': 'y' } })).toBe(true);
  });
});
