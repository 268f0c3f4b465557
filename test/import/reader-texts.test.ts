/**
 * Every problem a reader reports carries a code of the readers catalog and the parameters that
 * fill it: the English message is the catalog's text, and the Korean one says the same with the
 * file's text kept as found. Bad files of every reader, read directly.
 */
import { describe, expect, it } from '@jest/globals';
import type { InputProblem } from '../../src/errors.js';
import { loadMessages, translator } from '../../src/i18n/index.js';
import { readersEn } from '../../src/i18n/readers.en.js';
import { readersKo } from '../../src/i18n/readers.ko.js';
import { readAiken } from '../../src/import/readers/aiken.js';
import { readCsv } from '../../src/import/readers/csv.js';
import { readGift } from '../../src/import/readers/gift.js';
import { readMoodleXml } from '../../src/import/readers/moodle-xml.js';
import type { BankReader, ReaderOptions } from '../../src/import/readers/types.js';
import { readerText } from '../../src/cli/report-error.js';

// The messages load per language (src/i18n/index.ts), as main.ts loads them.
await loadMessages('en');
await loadMessages('ko');

const OPTIONS: ReaderOptions = { file: 'bad', bankId: 'bad', title: 'Bad', version: 'sha256:0', language: 'en' };

function problemsOf(reader: BankReader, text: string): readonly InputProblem[] {
  const result = reader(text, OPTIONS);
  if (result.ok) return result.warnings ?? [];
  return result.problems;
}

const BAD_FILES: readonly [string, BankReader, string][] = [
  ['Aiken', readAiken, 'A. first\nQ?\nA. x\nC. \nANSWER: E\nANSWER: B\nQ2?\nA. x\nB. y\nz) stray\nANSWER: A\nQ3?\n'],
  [
    'CSV',
    readCsv,
    'type,prompt,option_a,option_b,answer,prompt,difficulty,domain,colour\n' +
      'single,Q1,x,y,Z,,4,people,\n' +
      'multiple,Q2,x,y,A,,,,\n' +
      'matching,Q3,,,1-z,,,,\n' +
      'numeric,Q4,,,abc,,,,\n' +
      'essay,Q5,x,y,A,,,,\n' +
      'single,"Q6,x,y,A\n',
  ],
  ['GIFT', readGift, '::q1:: Which? {=a =b ~c}\n\n::q2:: Essay {}\n\n::q3:: Weights {~%abc%a ~b}\n\n::q4:: None {~a ~b}\n\n::q5 Which one? {=a ~b}\n'],
  [
    'Moodle XML',
    readMoodleXml,
    '<quiz>\n<question type="essay"><name><text>e1</text></name><questiontext><text>Why?</text></questiontext></question>\n' +
      '<question type="multichoice"><name><text>m1</text></name><questiontext><text>Which?</text></questiontext><answer fraction="100"><text>a</text></answer></question>\n' +
      '<question type="truefalse"><questiontext><text>Is it?</text></questiontext><answer fraction="0"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>\n' +
      '<question type="matching"><name><text>p1</text></name><questiontext><text>Pair</text></questiontext><subquestion><text>1</text><answer><text>a</text></answer></subquestion></question>\n' +
      '</quiz>\n',
  ],
];

describe('reader problems: code, parameters, English and Korean', () => {
  const ko = translator('ko');
  const en = translator('en');
  for (const [name, reader, text] of BAD_FILES) {
    it(`${name}: every problem has a catalog code; English is the catalog's text; Korean has no English sentence left`, () => {
      const problems = problemsOf(reader, text);
      expect(problems.length).toBeGreaterThanOrEqual(3);
      for (const p of problems) {
        expect(Object.keys(readersEn)).toContain(p.code);
        expect(readerText(en, p)).toBe(p.message);
        const korean = readerText(ko, p) as string;
        expect(korean).toMatch(/[가-힣]/);
        // The English sentence must not survive in Korean (a fallback would show it whole).
        expect(korean).not.toBe(p.message);
        expect(korean).not.toMatch(/\b(is not|expected|the question|has no|must be)\b/);
      }
    });
  }

  it('says the text found in the file as found, in both languages', () => {
    const [p] = problemsOf(readAiken, 'Q?\nA. x\nB. y\nANSWER: 가나\n');
    expect(p).toMatchObject({ line: 4, code: 'aiken.answer-not-letter', params: { found: '가나' } });
    expect(readerText(en, p as InputProblem)).toBe('the ANSWER line names "가나"; expected one option letter, e.g. "ANSWER: B"');
    expect(readerText(ko, p as InputProblem)).toBe('ANSWER 줄에 "가나"이(가) 있습니다. 선택지 글자 하나가 와야 합니다(예: "ANSWER: B")');
  });

  it('has a Korean text for every English one', () => {
    expect(Object.keys(readersKo).sort()).toEqual(Object.keys(readersEn).sort());
  });
});
