/**
 * The question-by-question road of our JSON format (json-slices.ts, valid-bank.ts) must read
 * exactly what JSON.parse of the whole file reads, or step aside: for texts that are tricky to
 * split (escaped quotes, brackets inside strings, a nested "questions", pretty printing) the
 * slices put back together equal the whole parse, and for texts it cannot be sure of it answers
 * undefined so the full road (with every problem placed) reads the file.
 */
import { describe, expect, it } from '@jest/globals';
import { loadOutlines } from '../../src/app/outlines.js';
import { readJsonBank } from '../../src/import/json-bank.js';
import { tooDeepAt } from '../../src/import/json-position.js';
import { sliceQuestions } from '../../src/import/json-slices.js';
import { readValidJsonBytes, readValidJsonText } from '../../src/import/valid-bank.js';
import { bankFile } from '../helpers/fixtures.js';

/** What the slices say the file holds, parsed piece by piece. */
function reassembled(text: string): unknown {
  const bytes = Buffer.from(text);
  const slices = sliceQuestions(bytes);
  if (!slices) return undefined;
  const shell = JSON.parse(`${bytes.subarray(0, slices.headEnd).toString()}[]${bytes.subarray(slices.tailStart).toString()}`) as Record<string, unknown>;
  return { ...shell, questions: slices.starts.map((start, i) => JSON.parse(bytes.subarray(start, slices.ends[i]).toString()) as unknown) };
}

const tricky = bankFile(3, {
  description: { en: 'Quotes \\" and "questions": [1, 2] inside a string, \\\\ a backslash at the end\\', ko: '{[,]}' },
  traps: { 'x-1': { en: 'a "questions" key', ko: '"]},' } },
});
(tricky.questions as Record<string, unknown>[])[1]!.prompt = { en: 'Is "a,b" [one] or {two}? \\\\"', ko: '\\"]' };

describe('slicing the questions out of a bank file', () => {
  it.each([
    ['compact', JSON.stringify(tricky)],
    ['pretty-printed', JSON.stringify(tricky, null, 2)],
    ['with tabs and CRLF', JSON.stringify(tricky, null, '\t').replace(/\n/g, '\r\n')],
    ['questions first', JSON.stringify({ questions: tricky.questions, ...tricky })],
    ['strings as elements', '{"a": {"questions": 1}, "questions": ["x", 1, [2, {"b": "]"}], "y\\"z"]}'],
    ['an empty array', '{"questions": [ ]}'],
    ['Korean text', JSON.stringify({ id: '한국어 "[', questions: [{ ko: '질문 ]}' }, '다음 중 옳은 것은?'] })],
  ])('gives back what JSON.parse gives: %s', (_name, text) => {
    expect(reassembled(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ['a repeated "questions" key', '{"questions": [1], "questions": [2]}'],
    ['an escaped key', '{"quest\\u0069ons": [1]}'],
    ['a trailing comma', '{"questions": [1, 2, ]}'],
    ['an empty element', '{"questions": [1, , 2]}'],
    ['a questions value that is no array', '{"questions": {"a": [1]}}'],
    ['no questions', '{"id": "x"}'],
    ['an unclosed string', '{"questions": [1, "abc]}'],
    ['nesting deeper than the limit', `{"questions": [${'['.repeat(70)}${']'.repeat(70)}]}`],
  ])('steps aside for %s', (_name, text) => {
    expect(sliceQuestions(Buffer.from(text))).toBeUndefined();
  });

  it('finds the same depth as the character-by-character scan it replaced, escaped quotes and all', () => {
    const texts = [
      `{"a": "\\\\", "b": "\\"[[[[", "c": ${'['.repeat(70)}${']'.repeat(70)}}`,
      `{"a": "${'['.repeat(100)}"}`,
      `{"a": "\\\\\\"[", "b":\n ${'{"x":'.repeat(64)}1${'}'.repeat(64)}}`,
      `{"a": "\\\\\\"[", "b":\n ${'{"x":'.repeat(63)}1${'}'.repeat(63)}}`,
      '{"unclosed": "[[[',
    ];
    for (const text of texts) expect(tooDeepAt(text)).toEqual(referenceDepth(text));
    expect(tooDeepAt(texts[0] as string)).toBeDefined();
  });

  it('leaves invalid UTF-8 and a BOM inside the file to the full road', () => {
    const outlines = loadOutlines();
    const bytes = Buffer.from(JSON.stringify(tricky));
    expect(readValidJsonBytes(bytes, outlines)).toBeDefined();
    expect(readValidJsonBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), outlines)).toBeDefined();
    const at = bytes.indexOf('Option a of 2');
    expect(readValidJsonBytes(Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]), outlines)).toBeUndefined();
    const inside = bytes.indexOf('{"id":"q002"');
    expect(at).toBeGreaterThan(0);
    expect(inside).toBeGreaterThan(0);
    expect(readValidJsonBytes(Buffer.concat([bytes.subarray(0, inside), Buffer.from([0xef, 0xbb, 0xbf]), bytes.subarray(inside)]), outlines)).toBeUndefined();
  });

  it('reads a valid bank to the same result as the full road, and leaves a bad one to it', () => {
    const outlines = loadOutlines();
    const text = JSON.stringify(tricky, null, 2);
    const fast = readValidJsonText(text, outlines);
    expect(fast).toBeDefined();
    expect(readJsonBank(text, 'bank.json', outlines)).toEqual({ ok: true, bank: fast });
    // A syntax error inside one question: the fast road steps aside, the full road places the error.
    const broken = text.replace('"answer": "b"', '"answer": "b",');
    expect(broken).not.toBe(text);
    expect(readValidJsonText(broken, outlines)).toBeUndefined();
    expect(readJsonBank(broken, 'bank.json', outlines)).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.objectContaining({ file: 'bank.json', line: expect.any(Number) })]) });
  });
});

/** The depth scan as it was before strings were skipped with indexOf. */
function referenceDepth(text: string, limit = 64): { line: number; column: number } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) {
        const before = text.slice(0, i).split('\n');
        return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}
