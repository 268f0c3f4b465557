/**
 * pmp exam in a real pseudo-terminal (test/helpers/pty-relay.py): the countdown ticks, keys answer,
 * flag and review, a section end offers the break, Ctrl-C stops for now, and --resume submits.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import stringWidth from 'string-width';
import { cliEnv, tempDb } from '../helpers/cli.js';
import { CTRL_C, DOWN, ENTER, killTerminals, terminal, type Terminal } from '../helpers/pty.js';


/** Answers the question on screen with the keys its type needs. */
async function answer(t: Terminal): Promise<void> {
  const screen = (await t.waitFor(/(n next|n 다음|n p f r s q)[^\n]*/)).replace(/\r?\n/g, ' ');
  const choose = /Choose (\d+):/.exec(screen);
  const ordering = /Type all (\d+) letters/.exec(screen);
  if (/Type a number/.test(screen)) t.keys(`0${ENTER}`);
  else if (ordering) t.keys(`${'ABCDEFGH'.slice(0, Number(ordering[1]))}${ENTER}`);
  else if (/Pair each number/.test(screen)) t.keys(pairs(screen) + ENTER);
  else if (choose) {
    for (let i = 0; i < Number(choose[1]); i++) t.keys(` ${DOWN}`);
    t.keys(ENTER);
  } else t.keys(ENTER);
  await t.waitFor(/saved: /);
}

function pairs(screen: string): string {
  const items = screen.split(/ Items /)[1]?.split(/ Matches /)[0] ?? '';
  const n = (items.match(/\d+\. /g) ?? []).length;
  return Array.from({ length: n }, (_, i) => `${i + 1}-${'abcdefgh'[i]}`).join(' ');
}

describe('pmp exam in a terminal', () => {
  afterEach(killTerminals);

  it('counts down, answers, flags, reviews, offers the break, stops on Ctrl-C and resumes to a score report', async () => {
    const db = tempDb();
    const env = cliEnv();
    const t = terminal(['exam', '--db', db, '--questions', '12', '--minutes', '20', '--seed', '5'], env, 100);
    // The countdown is redrawn each second without a key being pressed.
    const first = await t.waitFor(/\[1\/12 · 0:(\d\d):(\d\d) left\]/);
    const later = await t.waitFor(/\[1\/12 · 0:(\d\d):(\d\d) left\]/, 5000);
    expect(later).not.toEqual(first);
    await answer(t);
    t.keys('f');
    await t.waitFor(/Question 2 flagged for review/);
    t.keys('r');
    await t.waitFor(/Flagged: 2/);
    t.keys(ENTER); // back to the question
    await answer(t);
    await answer(t);
    await answer(t);
    await t.waitFor(/Take the 10-minute break/);
    t.keys(`${DOWN}${ENTER}`); // go on without it
    await t.waitFor(/\[5\/12 · /);
    t.keys(CTRL_C);
    await t.waitFor(/stays in progress/);
    expect(await t.exited).toBe(0);

    const again = terminal(['exam', '--resume', '--db', db], env, 100);
    await again.waitFor(/Resuming mock exam 1: question 5 of 12/);
    await again.waitFor(/\[5\/12 · /);
    again.keys('p'); // the section before is locked
    await again.waitFor(/first question of the section/);
    again.keys('s');
    await again.waitFor(/Submit with 8 unanswered/);
    again.keys(ENTER);
    await again.waitFor(/Every question with its explanation/);
    expect(await again.exited).toBe(0);
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare(`SELECT COUNT(*) FROM review_log WHERE mode = 'exam'`).pluck().get()).toBe(4);
    expect(raw.prepare(`SELECT status FROM exams`).pluck().get()).toBe('submitted');
    raw.close();
  }, 60_000);

  it('shows the Korean exam screen lined up at 40 columns', async () => {
    const t = terminal(['exam', '--db', tempDb(), '--questions', '12', '--lang', 'ko', '--seed', '5'], cliEnv(), 40);
    const screen = await t.waitFor(/q 잠시 중단/);
    expect(screen.replace(/\r?\n/g, '')).toMatch(/\[1\/12 · 남은 시간 0:1\d:\d\d\]/);
    // Nothing we print is wider than the terminal (Hangul counts two columns).
    const tooWide = screen.split(/\r?\n/).filter((line) => stringWidth(line) > 40);
    expect(tooWide).toEqual([]);
    t.keys(CTRL_C);
    await t.waitFor(/진행 중으로 남아/);
    expect(await t.exited).toBe(0);
  });
});
