/**
 * The full-screen exam in a real pseudo-terminal (test/helpers/pty-relay.py), read through a real
 * terminal emulator (test/helpers/screen.ts): the clock ticks by rewriting its row only, strike-out,
 * the calculator, the review grid, the break, a resize, and the terminal given back on Ctrl-C and
 * SIGTERM; answers are saved and the exam resumes.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import stringWidth from 'string-width';
import { cliEnv, tempDb } from '../helpers/cli.js';
import { CTRL_C, ENTER, killTerminals, terminal, type Terminal } from '../helpers/pty.js';
import { rowsWritten, screenOf } from '../helpers/screen.js';

const RIGHT = '\u001b[C';
const PAGE_DOWN = '\u001b[6~';
const ESC = '\u001b';
const BACKSPACE = '\u007f';
const ENTER_ALT = '\u001b[?1049h';
const LEAVE_ALT = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The screen now, once the program has stopped writing. */
async function look(t: Terminal, columns: number, rows: number): Promise<string[]> {
  await t.settle(150);
  return screenOf(t.raw, columns, rows);
}

/** Two looks a second apart differ only in the clock, which is rewritten in place: no row scrolls. */
async function expectClockTicksInPlace(t: Terminal, columns: number, rows: number, clock: RegExp): Promise<void> {
  const before = await look(t, columns, rows);
  const from = t.raw.length;
  await sleep(1100);
  const after = await look(t, columns, rows);
  const written = t.raw.slice(from);
  expect(before).toHaveLength(rows);
  expect(after).toHaveLength(rows);
  const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
  expect(changed).toEqual([changed.find((i) => clock.test(after[i] ?? ''))]);
  expect(clock.exec(before.join('\n'))?.[0]).not.toEqual(clock.exec(after.join('\n'))?.[0]);
  expect(written).not.toContain('\n');
  expect(rowsWritten(written).map((r) => r.row)).toEqual([(changed[0] ?? 0) + 1]);
}

/** What was written after the screen was last entered: the restore must be in it. */
const sinceEntered = (raw: string) => raw.slice(raw.lastIndexOf(ENTER_ALT));

describe('the full-screen exam', () => {
  afterEach(killTerminals);

  it('at 80×24: ticks in place, strikes out, calculates, jumps from the grid, saves, gives the terminal back on Ctrl-C and resumes', async () => {
    const db = tempDb();
    const env = cliEnv();
    const t = terminal(['exam', '--db', db, '--questions', '12', '--minutes', '20', '--seed', '5'], env, 80, { rows: 24 });
    await t.waitFor(/Question 1 of 12 · Section 1 of 3 +Time left 0:\d\d:\d\d/);
    await expectClockTicksInPlace(t, 80, 24, /Time left \d:\d\d:\d\d/);

    t.keys('x'); // strike out option A (under the cursor)
    expect((await look(t, 80, 24)).find((l) => / A\. /.test(l))).toMatch(/^❯ \(✕\) A\. /);
    t.keys('x');
    expect((await look(t, 80, 24)).find((l) => / A\. /.test(l))).toMatch(/^❯ \( \) A\. /);

    t.keys('f');
    let screen = await look(t, 80, 24);
    expect(screen[0]).toMatch(/⚑ Flagged/);
    expect(screen.join('\n')).toMatch(/Question 1 flagged for review/);

    t.keys('=');
    await t.waitFor(/Calculator/);
    t.keys(`12*(3+4)${ENTER}`);
    expect((await look(t, 80, 24)).join('\n')).toMatch(/│ = 84 +│/);
    t.keys(`*2${ENTER}`); // an operator after a result goes on from it
    expect((await look(t, 80, 24)).join('\n')).toMatch(/│ › 84\*2▏ +│\n *│ = 168 +│/);
    t.keys(`${BACKSPACE.repeat(4)}process.exit()${ENTER}`);
    expect((await look(t, 80, 24)).join('\n')).toMatch(/Only numbers, \+ − × ÷ \( \) % and sqrt\./);
    t.keys(ESC);
    await sleep(700); // a lone Escape is told from the start of a sequence by a pause
    expect((await look(t, 80, 24)).join('\n')).not.toMatch(/Calculator/);

    t.keys('r');
    screen = await look(t, 80, 24);
    expect(screen.join('\n')).toMatch(/Review: 0 of 12 answered, 1 flagged\./);
    expect(screen.join('\n')).toMatch(/\[ 1○⚑\] +2○ +3○/);
    t.keys(`${RIGHT}${RIGHT}${ENTER}`);
    await t.waitFor(/Question 3 of 12/);

    t.keys(`b${ENTER}`);
    await t.waitFor(/saved: 3\/12 \S+ = B/);
    expect((await look(t, 80, 24))[0]).toMatch(/^Question 4 of 12/);
    t.keys('p');
    // A question opens at its top: this one's options are below its table, a page down.
    expect((await look(t, 80, 24))[2]).toBe('[Scenario]');
    t.keys(PAGE_DOWN);
    expect((await look(t, 80, 24)).find((l) => / B\. /.test(l))).toMatch(/\(•\) B\. /);

    t.keys(CTRL_C);
    await t.waitFor(/stays in progress/);
    expect(await t.exited).toBe(0);
    const restored = sinceEntered(t.raw);
    expect(restored).toContain(LEAVE_ALT);
    expect(restored).toContain(SHOW_CURSOR);
    expect(restored.indexOf(LEAVE_ALT)).toBeLessThan(restored.indexOf('stays in progress'));

    const raw = new Database(db, { readonly: true });
    expect(raw.prepare(`SELECT position FROM exam_items WHERE response IS NOT NULL`).pluck().all()).toEqual([3]);
    expect(raw.prepare(`SELECT position FROM exams`).pluck().get()).toBe(3);
    raw.close();

    const again = terminal(['exam', '--resume', '--db', db], env, 80, { rows: 24 });
    await again.waitFor(/Question 3 of 12/);
    again.keys(PAGE_DOWN);
    expect((await look(again, 80, 24)).find((l) => / B\. /.test(l))).toMatch(/\(•\) B\. /);
    again.keys('s');
    await again.waitFor(/Submit with 11 unanswered/);
    again.keys(ENTER);
    await again.waitFor(/Every question with its explanation/);
    expect(await again.exited).toBe(0);
    const after = new Database(db, { readonly: true });
    expect(after.prepare(`SELECT COUNT(*) FROM review_log WHERE mode = 'exam'`).pluck().get()).toBe(1);
    expect(after.prepare(`SELECT status FROM exams`).pluck().get()).toBe('submitted');
    after.close();
  }, 90_000);

  it('at 40×20 in Korean: fits, ticks in place, takes the break, re-lays out on resize and gives the terminal back on SIGTERM', async () => {
    const db = tempDb();
    const t = terminal(['exam', '--db', db, '--questions', '12', '--minutes', '20', '--seed', '5', '--lang', 'ko'], cliEnv(), 40, { rows: 20, resizeTo: '60x24' });
    await t.waitFor(/문제 1\/12 · 구간 1\/3 +남은 시간 0:\d\d:\d\d/);
    await expectClockTicksInPlace(t, 40, 20, /남은 시간 \d:\d\d:\d\d/);
    // Every row written fits 40 columns, Hangul counting two.
    const rows = rowsWritten(sinceEntered(t.raw));
    expect(rows.filter((r) => stringWidth(r.text) > 40)).toEqual([]);
    expect(Math.max(...rows.map((r) => r.row))).toBeLessThanOrEqual(20);

    t.keys('nnnn'); // on to the end of section 1 without answering
    await t.waitFor(/1구간이 끝났습니다/);
    t.keys(ENTER); // the first choice: the break
    await t.waitFor(/휴식[\s\S]*남은 시간 0:(09:5\d|10:00)/);
    t.keys(ENTER);
    await t.waitFor(/문제 5\/12/);

    const from = t.raw.length;
    t.resize();
    await sleep(300);
    const relaid = await screenOf(t.raw.slice(from), 60, 24);
    expect(relaid[0]).toMatch(/^문제 5\/12 · 구간 2\/3 +남은 시간 \d:\d\d:\d\d$/);
    const widths = rowsWritten(t.raw.slice(from)).map((r) => stringWidth(r.text));
    expect(Math.max(...widths)).toBeGreaterThan(40);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);

    process.kill(t.commandPid(), 'SIGTERM');
    await t.exited;
    const restored = sinceEntered(t.raw);
    expect(restored).toContain(LEAVE_ALT);
    expect(restored).toContain(SHOW_CURSOR);
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare(`SELECT status, position FROM exams`).get()).toEqual({ status: 'in-progress', position: 5 });
    raw.close();
  }, 90_000);
});
