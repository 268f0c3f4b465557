/**
 * Thousands of generated and mutated inputs thrown at every reader: each ends in a clean bank or
 * in problems that name a place — never an exception, never a hang (jest's timeout would catch it).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadOutlines } from '../../src/app/outlines.js';
import { checkLooseBank, questionLineLocator, readJsonBank, type BankReadResult } from '../../src/import/json-bank.js';
import { readAiken } from '../../src/import/readers/aiken.js';
import { readCsv, readTsv } from '../../src/import/readers/csv.js';
import { readGift } from '../../src/import/readers/gift.js';
import type { BankReader } from '../../src/import/readers/types.js';
import { MAX_PROBLEMS } from '../../src/errors.js';
import { bankFile } from '../helpers/fixtures.js';

const outlines = loadOutlines();
const options = { file: 'f', bankId: 'b', title: 't', version: '1', language: 'en' };

const SAMPLES: Record<string, string> = {
  json: JSON.stringify(bankFile(3), null, 1),
  csv: 'id,prompt,prompt_ko,option_a,option_b,option_c,answer,explanation\nq1,"Who, then?",누구?,A one,B two,C three,B,Because.\nq2,Next?,다음?,x,y,z,"A,C",\n',
  tsv: 'prompt\toption_a\toption_b\tanswer\nWhich?\tThis\tThat\tA\n',
  aiken: 'Which document authorizes the project?\nA. Charter\nB) Plan\nANSWER: A\n\nSecond?\nA. x\nB. y\nANSWER: B\n',
  gift: '::t1:: Is a project temporary? {T}\n\n::t2:: Pick the win-win mode {=Collaborate ~Force ~Withdraw}\n\n::t3:: Channels for 5? {#10}\n\n::m:: Match {=a -> 1 =b -> 2}\n',
};

function readerFor(format: string): (text: string) => BankReadResult {
  if (format === 'json') return (text) => readJsonBank(text, 'f', outlines);
  const reader: BankReader = { csv: readCsv, tsv: readTsv, aiken: readAiken, gift: readGift }[format] as BankReader;
  return (text) => {
    const r = reader(text, options);
    return r.ok ? checkLooseBank(r.bank, 'f', questionLineLocator(r.questionLines), outlines) : { ok: false, problems: r.problems };
  };
}

/** A clean result or well-formed problems: each names the file and a place, and says something. */
function assertWellBehaved(result: BankReadResult): void {
  if (result.ok) {
    expect(result.bank.questions.length).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  for (const p of result.problems) {
    expect(p.file).toBe('f');
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** Edits a text at random places: insertions, deletions, replacements, truncation. */
const mutated = (sample: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: sample.length }),
        kind: fc.constantFrom('insert', 'delete', 'replace', 'truncate'),
        text: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', ',', '\n', '{', '}', '[', ']', '\\', ':', '=', '~', '#', '\t', '\u0000', '\u001b[2J', 'ANSWER: Z', '__proto__')),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) =>
      edits.reduce((s, e) => {
        const at = Math.min(e.at, s.length);
        if (e.kind === 'insert') return s.slice(0, at) + e.text + s.slice(at);
        if (e.kind === 'delete') return s.slice(0, at) + s.slice(at + e.text.length + 1);
        if (e.kind === 'replace') return s.slice(0, at) + e.text + s.slice(at + e.text.length);
        return s.slice(0, at);
      }, sample),
    );

describe.each(Object.keys(SAMPLES))('the %s reader under generated input', (format) => {
  const read = readerFor(format);
  const sample = SAMPLES[format] as string;

  it('reads its own sample cleanly', () => {
    expect(read(sample).ok).toBe(true);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => assertWellBehaved(read(text))), { numRuns: 1000 });
  });

  it('never throws on random Unicode, including controls and lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertWellBehaved(read(text))), { numRuns: 500 });
  });

  it('never throws on mutated valid files', () => {
    fc.assert(fc.property(mutated(sample), (text) => assertWellBehaved(read(text))), { numRuns: 1500 });
  });
});

describe('imports of mutated files into a database', () => {
  it('either apply whole or leave the database exactly as it was', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { importFiles } = await import('../../src/app/import-files.js');
    const { PmpError } = await import('../../src/errors.js');
    const { memoryDbWithBank, parseBank } = await import('../helpers/fixtures.js');
    const db = memoryDbWithBank(parseBank(bankFile(5, { id: 'existing' })));
    const snapshot = () => JSON.stringify([db.prepare('SELECT * FROM banks').all(), db.prepare('SELECT * FROM questions').all(), db.prepare('SELECT * FROM card_state').all()]);
    const { tempDir } = await import('../helpers/temp.js');
    const dir = tempDir('prop');
    let applied = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutated(SAMPLES.json as string), async (text) => {
        const path = join(dir, 'm.json');
        writeFileSync(path, text);
        const before = snapshot();
        try {
          await importFiles(db, [path], { textLanguage: 'en', dryRun: false, at: 1 });
          applied++;
        } catch (error) {
          expect(error).toBeInstanceOf(PmpError);
          expect(snapshot()).toBe(before);
          refused++;
        }
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(0);
    void applied;
  });
});
