/**
 * A valid bank is read question by question (json-bank.ts): the result must be exactly what the
 * full schema check followed by normalizeBank gives, and an invalid bank must still be refused.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBank } from '../../bench/data/bank.js';
import { loadOutlines } from '../../src/app/outlines.js';
import { BUNDLED_BANKS_DIR } from '../../src/app/package-files.js';
import { bankSchema } from '../../src/import/bank-schema.js';
import { readJsonBank } from '../../src/import/json-bank.js';
import { normalizeBank } from '../../src/import/normalize-bank.js';
import { bankFile } from '../helpers/fixtures.js';

const shipped = readdirSync(BUNDLED_BANKS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => readFileSync(join(BUNDLED_BANKS_DIR, f), 'utf8'));

describe('reading a valid bank', () => {
  it.each([
    ['a generated bank', JSON.stringify(generateBank({ questions: 400, seed: 11 }))],
    ['a numeric question without tolerance', JSON.stringify(bankFile(2, { questions: [{ id: 'n1', type: 'numeric', prompt: 'How many?', answer: { value: 4 } }] }))],
    ...shipped.map((text, i): [string, string] => [`shipped bank ${i + 1}`, text]),
  ])('gives the same bank as the full check: %s', (_name, text) => {
    const read = readJsonBank(text, 'bank.json', loadOutlines());
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
    expect(read.bank).toEqual(normalizeBank(bankSchema.parse(JSON.parse(text))));
  });

  it('still refuses unknown top-level fields, a bad question and a dangling scenario', () => {
    const outlines = loadOutlines();
    const bad = [
      bankFile(3, { extra: true }),
      bankFile(3, { questions: [{ ...(bankFile(1).questions as object[])[0], answer: 'z' }] }),
      bankFile(3, { questions: [{ ...(bankFile(1).questions as object[])[0], scenario: 'nowhere' }] }),
      bankFile(3, { questions: [{ ...(bankFile(1).questions as object[])[0], type: 'single', options: [] }] }),
    ];
    for (const file of bad) expect(readJsonBank(JSON.stringify(file), 'bad.json', outlines).ok).toBe(false);
  });
});
