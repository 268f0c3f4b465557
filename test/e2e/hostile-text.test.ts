/**
 * Text from a bank is untrusted. A bank full of terminal escape sequences imports (text is stored
 * as given) but nothing it holds reaches the terminal with its control sequences intact — checked
 * on the bytes actually written, in plain mode, reports, JSON, error messages and a real terminal.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cliEnv, runCli } from '../helpers/cli.js';
import { freshDb } from '../helpers/fresh-db.js';
import { CTRL_C, ENTER, killTerminals, terminal } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const EVIL = [
  '\u001b[2J\u001b[H', // clear screen, cursor home
  '\u001b[5A', // cursor up
  '\u001b]0;pwned title\u0007', // window title (OSC)
  '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', // OSC 8 hyperlink
  '\u009b31m', // C1 CSI
  '\u202eevil\u202c', // bidi override
  '\u0000', // NUL
  '\r', // carriage return: overwrite the line
  '\u0008\u0008', // backspaces
].join('');

/** Any of these bytes in output means a sequence from the bank got through. */
const FORBIDDEN = ['\u001b[2J', '\u001b[5A', '\u001b]0;', '\u001b]8;', '\u009b', '\u202e', '\u0000', '\u0007', '\u0008'];

function expectInert(output: string): void {
  for (const seq of FORBIDDEN) expect({ found: JSON.stringify(seq), in: output.includes(seq) }).toEqual({ found: JSON.stringify(seq), in: false });
}

const t = (en: string) => ({ en: `${en} ${EVIL}`, ko: `${en} ${EVIL} 한국어` });
const hostileBank = {
  format: 'pmp-bank/1',
  id: 'hostile',
  title: t('Title'),
  version: '1\u001b[2J\u202e', // versions and tags are short: a few sequences only
  outline: 'eco-2026',
  languages: ['en', 'ko'],
  license: `MIT ${EVIL}`,
  authors: [`Mallory ${EVIL}`],
  questions: [
    {
      id: 'h1',
      type: 'single',
      prompt: t('Which is right?'),
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: t(`Option ${id}`), rationale: t(`Because ${id}`) })),
      answer: 'a',
      explanation: t('Explained'),
      eco: { domain: 'people', task: 1 },
      references: [t('Ref')],
      tags: ['tag\u001b]0;x\u0007\u009b'],
    },
  ],
};

function writeBank(content: unknown): string {
  const path = join(tempDir('evil'), 'hostile.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('hostile text from a bank', () => {
  afterEach(killTerminals);

  it('is stored as given', () => {
    const db = freshDb();
    expect(runCli(['import', writeBank(hostileBank), '--db', db]).code).toBe(0);
    const body = new Database(db, { readonly: true }).prepare(`SELECT body FROM questions WHERE question_id = 'h1'`).pluck().get() as string;
    expect(JSON.parse(body).prompt.en).toBe(`Which is right? ${EVIL}`);
  });

  it('is neutralised in plain study, reports and JSON, in both languages', () => {
    const db = freshDb();
    const imported = runCli(['import', writeBank(hostileBank), '--db', db]);
    expectInert(imported.stdout + imported.stderr);
    for (const lang of ['en', 'ko']) {
      // The second run practises (--cram): the question answered in the first is not due again today.
      const study = runCli(['study', '--bank', 'hostile', '--lang', lang, '--db', db, ...(lang === 'ko' ? ['--cram'] : [])], { input: 'B\nq\n' });
      expect(study.stdout).toContain('␛[2J'); // shown, visibly, as symbols
      expectInert(study.stdout + study.stderr);
    }
    for (const args of [['banks', 'list'], ['banks', 'list', '--json'], ['banks', 'show', 'hostile'], ['banks', 'show', 'hostile', '--json'], ['banks', 'export', 'hostile'], ['coverage'], ['banks', 'stats', 'hostile', '--json']]) {
      const r = runCli([...args, '--db', db]);
      expect(r.code).toBe(0);
      expectInert(r.stdout + r.stderr);
    }
    // JSON stays the same data: a program reading it gets the text back exactly.
    const exported = JSON.parse(runCli(['banks', 'export', 'hostile', '--db', db]).stdout);
    expect(exported.questions[0].prompt.en).toBe(`Which is right? ${EVIL}`);
  });

  it('is neutralised in validation reports and error messages', () => {
    const broken = structuredClone(hostileBank) as Record<string, unknown>;
    (broken.questions as Record<string, unknown>[])[0]![`bad${EVIL}key`] = 1;
    (broken.questions as Record<string, unknown>[])[0]!.answer = 'z';
    const path = writeBank(broken);
    for (const args of [['validate', path], ['validate', path, '--json'], ['import', path], ['import', path, '--json']]) {
      const r = runCli([...args, '--db', freshDb()]);
      expect(r.code).toBe(3);
      expectInert(r.stdout + r.stderr);
    }
    const evilName = join(tempDir('evil'), `name\u001b]0;x\u0007.json`);
    const missing = runCli(['import', evilName, '--db', freshDb()]);
    expect(missing.code).toBe(3);
    expectInert(missing.stderr);
  });

  it('is neutralised in a CSV export to a terminal; a pipe gets the exact bytes', async () => {
    const db = freshDb();
    // CSV holds references in one language only, and tags without ";".
    const oneLanguageReferences = { ...hostileBank, questions: hostileBank.questions.map((q) => ({ ...q, references: [{ en: `Ref ${EVIL}` }], tags: ['tag\u001b[5A\u0007\u202e'] })) };
    expect(runCli(['import', writeBank(oneLanguageReferences), '--db', db]).code).toBe(0);
    const t = terminal(['banks', 'export', 'hostile', '--format', 'csv', '--db', db], cliEnv());
    expect(await t.exited).toBe(0);
    expect(t.raw).toContain('Which is right? ␛[2J');
    expectInert(t.raw);
    const piped = runCli(['banks', 'export', 'hostile', '--format', 'csv', '--db', db]);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain(`Which is right? ${EVIL}`);
  });

  it('is neutralised in the interactive mode (a real pseudo-terminal)', async () => {
    const db = freshDb();
    runCli(['import', writeBank(hostileBank), '--db', db]);
    const t = terminal(['study', '--bank', 'hostile', '--db', db], cliEnv());
    await t.waitFor(/Your answer/);
    t.keys(ENTER); // pick the first option
    await t.waitFor(/How sure/);
    t.keys(ENTER);
    await t.waitFor(/⏎ next/);
    t.keys(CTRL_C);
    await t.waitFor(/Session over/);
    expect(t.raw).toContain('␛[2J');
    // The prompt library draws with its own escapes; none of the bank's may appear.
    expectInert(t.raw);
  });
  it('is neutralised on the full-screen exam, and so is what is typed into it', async () => {
    const db = freshDb();
    const question = hostileBank.questions[0] as (typeof hostileBank.questions)[number];
    const questions = (['people', 'process', 'business-environment'] as const).map((domain, i) => ({ ...question, id: `h${i + 1}`, eco: { domain, task: 1 } }));
    expect(runCli(['import', writeBank({ ...hostileBank, questions }), '--db', db]).code).toBe(0);
    const exam = terminal(['exam', '--bank', 'hostile', '--questions', '3', '--seed', '1', '--db', db], cliEnv(), 80, { rows: 24 });
    await exam.waitFor(/Question 1 of 3/);
    exam.keys('r'); // the grid
    await exam.waitFor(/Review: 0 of 3 answered/);
    exam.keys('\u001b');
    await new Promise((r) => setTimeout(r, 700));
    exam.keys('='); // the calculator echoes what is typed
    await exam.waitFor(/Calculator/);
    exam.keys(`1\u009b31m\u202e+1${ENTER}`);
    await exam.waitFor(/= 2|Only numbers|Not a complete/);
    exam.keys(CTRL_C);
    await exam.waitFor(/stays in progress/);
    expectInert(exam.raw);
  }, 60_000);
});
