/**
 * What the readers say about a bad file reaches a Korean reader in Korean and an English one in
 * English, with the file, line and column, exit 3, a stable code in --json, and the database left
 * as it was: one real bad file per reader (CSV, Aiken, GIFT, Moodle XML), run through the binary.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDb } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

interface Case {
  readonly reader: string;
  readonly name: string;
  readonly text: string;
  /** "file:line:column" (or "file:line") of the problem, after the file's path. */
  readonly place: string;
  readonly code: string;
  readonly en: string;
  readonly ko: string;
}

const CASES: readonly Case[] = [
  {
    reader: 'CSV',
    name: 'bad.csv',
    text: 'type,prompt,option_a,option_b,answer\nsingle,Which one?,x,y,Z\n',
    place: ':2:5: ',
    code: 'csv.answer-unknown',
    en: 'column "answer": "Z" is not one of the options A, B',
    ko: '"answer" 열: "Z"은(는) 선택지 A, B에 없습니다',
  },
  {
    reader: 'Aiken',
    name: 'bad.txt',
    text: 'Which one?\nA. x\nB. y\nANSWER: E\n',
    place: ':4: ',
    code: 'aiken.answer-not-option',
    en: 'ANSWER "E" is not one of the options A, B',
    ko: 'ANSWER "E"은(는) 선택지 A, B에 없습니다',
  },
  {
    reader: 'GIFT',
    name: 'bad.gift',
    text: '::q1:: Which one? {=a ~b}\n\n::q2:: Which weight? {~%abc%a ~b}\n',
    place: ':3:25: ',
    code: 'gift.syntax',
    en: 'unexpected "abc"; expected a weight between -100 and 100, such as ~%50%',
    ko: '예상하지 못한 "abc"입니다. -100에서 100 사이의 가중치(예: ~%50%)이(가) 와야 합니다',
  },
  {
    reader: 'Moodle XML',
    name: 'bad.xml',
    text: '<?xml version="1.0"?>\n<quiz>\n  <question type="truefalse">\n    <name><text>tf1</text></name>\n    <questiontext format="html"><text>Is it?</text></questiontext>\n    <answer fraction="100"><text>true</text></answer>\n    <answer fraction="100"><text>false</text></answer>\n  </question>\n</quiz>\n',
    place: ':3:3: (tf1): ',
    code: 'moodle.true-false-same',
    en: 'question "tf1" grades "true" and "false" the same; the right one has fraction="100"',
    ko: '문제 "tf1"은(는) "true"와 "false"에 같은 점수를 줍니다. 정답에 fraction="100"을 주세요',
  },
];

/** What the database holds: banks and questions, counted. */
function contents(db: string): { banks: number; questions: number } {
  const handle = new Database(db, { readonly: true });
  try {
    const count = (table: string) => (handle.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { banks: count('banks'), questions: count('questions') };
  } finally {
    handle.close();
  }
}

describe('reader problems in the learner\'s language', () => {
  for (const c of CASES) {
    it(`${c.reader}: Korean and English, with the place, exit 3, the code in --json, nothing written`, () => {
      const file = join(tempDir('reader-lang'), c.name);
      writeFileSync(file, c.text);
      const db = tempDb();
      expect(runCli(['banks', 'list', '--db', db]).code).toBe(0);
      const before = contents(db);

      const ko = runCli(['import', file, '--db', db, '--lang', 'ko']);
      expect(ko.code).toBe(3);
      expect(ko.stderr).toContain(`${file}${c.place}${c.ko}`);
      expect(ko.stderr).not.toContain(c.en);

      const en = runCli(['import', file, '--db', db, '--lang', 'en']);
      expect(en.code).toBe(3);
      expect(en.stderr).toContain(`${file}${c.place}${c.en}`);

      // Scripts match the code, whatever the language of the message.
      const json = runCli(['import', file, '--db', db, '--lang', 'ko', '--json']);
      expect(json.code).toBe(3);
      const problem = JSON.parse(json.stdout).problems[0];
      expect(problem).toMatchObject({ file, code: c.code, message: c.ko });

      // validate says it in Korean too.
      const validated = runCli(['validate', file, '--lang', 'ko']);
      expect(validated.code).toBe(3);
      expect(validated.stdout).toContain(c.ko);

      expect(contents(db)).toEqual(before);
    });
  }
});
