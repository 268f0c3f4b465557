/**
 * The interactive mode in a real pseudo-terminal (through test/helpers/pty-relay.py): the
 * prompts render, keys answer them, Ctrl-C ends cleanly, and answers reach the database.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { cliEnv, tempDb } from '../helpers/cli.js';
import { CTRL_C, DOWN, ENTER, killTerminals, terminal } from '../helpers/pty.js';
import { answerOne } from '../helpers/study-keys.js';


describe('pmp study in a terminal', () => {
  afterEach(killTerminals);

  it('answers with the keyboard, shows feedback, and quits from the menu with a summary', async () => {
    const db = tempDb();
    const t = terminal(['study', '--db', db, '--no-confidence', '--seed', '5'], cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' }));
    for (let i = 0; i < 3; i++) {
      await answerOne(t);
      await t.waitFor(/Why/);
      await t.waitFor(/⏎ next/);
      t.keys(i < 2 ? ENTER : 'q'); // the one-line menu: Enter for the next question, q to quit
    }
    await t.waitFor(/Session over/);
    expect(await t.exited).toBe(0);
    expect(t.screen).toMatch(/3 answered/);
    const rows = new Database(db, { readonly: true }).prepare('SELECT COUNT(*) FROM review_log').pluck().get();
    expect(rows).toBe(3);
  });

  it('flags from the menu after an answer and suspends from the question menu', async () => {
    const db = tempDb();
    // PMP_SEED fixes the new database's own order of new questions too: with seed 1 the second one is single-answer.
    const t = terminal(['study', '--db', db, '--no-confidence', '--bank', 'pmp-eco2026-people', '--seed', '2'], cliEnv({ PMP_SEED: '1' }));
    await answerOne(t);
    await t.waitFor(/⏎ next/);
    t.keys('f'); // flag
    await t.waitFor(/flagged: /);
    // Skip to a single-answer question, whose menu offers the marks too.
    for (let i = 0; i < 30; i++) {
      const screen = (await t.waitFor(/(Your answer|⏎ next)/)) + (await t.settle());
      if (/⏎ next/.test(screen) && !/Your answer/.test(screen)) {
        t.keys(ENTER);
        continue;
      }
      if (/Suspend \(never show/.test(screen)) {
        t.keys(`${DOWN.repeat(20)}`); // to the bottom: quit; two up: bury; three up: suspend
        t.keys('\u001b[A\u001b[A\u001b[A\r');
        break;
      }
      t.keys('q\r');
      throw new Error('expected a single-answer question among the first ones');
    }
    await t.waitFor(/suspended: /);
    await t.waitFor(/Your answer/);
    t.keys(CTRL_C);
    await t.waitFor(/Session over/);
    expect(await t.exited).toBe(0);
    const marks = new Database(db, { readonly: true }).prepare('SELECT kind FROM card_marks ORDER BY id').pluck().all();
    expect(marks).toEqual(['flag', 'suspend']);
  });

  it('asks how sure the learner was and stores it', async () => {
    const db = tempDb();
    const t = terminal(['study', '--db', db, '--seed', '5'], cliEnv());
    await answerOne(t);
    await t.waitFor(/How sure were you\?/);
    t.keys(`${DOWN}${ENTER}`);
    await t.waitFor(/⏎ next/);
    t.keys(CTRL_C);
    await t.waitFor(/Session over/);
    expect(await t.exited).toBe(0);
    const row = new Database(db, { readonly: true }).prepare('SELECT confidence FROM review_log').get() as { confidence: string };
    expect(row.confidence).toBe('unsure');
  });

  it('ends cleanly on Ctrl-C at a prompt, in Korean (key hints too) at 40 columns', async () => {
    const db = tempDb();
    const t = terminal(['study', '--db', db, '--lang', 'ko'], cliEnv(), 40);
    await answerOne(t);
    await t.waitFor(/얼마나 확신했나요\?/);
    await t.waitFor(/이동/); // inquirer's key hints, in Korean
    // Nothing wider than the terminal was printed by us (prompt lines are inquirer's own).
    t.keys(CTRL_C);
    await t.waitFor(/세션 종료/);
    expect(await t.exited).toBe(0);
  });
});
