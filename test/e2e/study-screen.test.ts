/**
 * What a learner sees of interactive study, read through a terminal emulator (@xterm/headless) at
 * 80×24 and 40×20: the verdict and the right answer stay in view while the menu is open; no line
 * is wider than the window or broken inside a word; a resize is followed; the case comes back on a key.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cliEnv, tempDb } from '../helpers/cli.js';
import { CTRL_C, killTerminals, terminal, type Terminal } from '../helpers/pty.js';
import { answerOne, answerShown, waitForQuestion } from '../helpers/study-keys.js';
import { knownWords, midWordBreaks, visibleRows, type ScreenRow } from '../helpers/terminal-screen.js';

const WORDS = knownWords();

const CLEAR = '\u001b[H\u001b[J';

/** The screen now, from the last full redraw (each question and feedback page clears the screen first). */
async function screenNow(t: Terminal, columns: number, rows: number): Promise<ScreenRow[]> {
  const raw = t.raw;
  return visibleRows(raw.slice(Math.max(0, raw.lastIndexOf(CLEAR))), columns, rows);
}

/** Rows the terminal had to wrap, and rows broken inside a word: both should be none. */
function badRows(screen: readonly ScreenRow[]): string[] {
  return [...screen.filter((r) => r.softWrapped).map((r) => `wrapped by the terminal: ${r.text}`), ...midWordBreaks(screen, WORDS)];
}

const text = (screen: readonly ScreenRow[]) => screen.map((r) => r.text);

/** The question's header on top, at most two rows: its number, bank/id, then the rest. */
function expectQuestionHeader(lines: readonly string[]): void {
  expect(lines[0]).toMatch(/^(── )?\d+ · [\w-]+\/[\w.-]+( ·|$)/);
  const blank = lines.indexOf('');
  expect(blank).toBeGreaterThanOrEqual(1);
  expect(blank).toBeLessThanOrEqual(2);
}

interface Words {
  readonly verdict: RegExp;
  readonly right: RegExp;
  readonly menu: RegExp;
  readonly question: RegExp;
  /** The counts line under the question's header. */
  readonly counts: RegExp;
}

const EN: Words = { verdict: /^(✓ Correct\.|✗ Not quite\.)/, right: /^ {2}Right answer: /, menu: /⏎ next/, question: /Your answer/, counts: /^due \d+ · learning/ };
const KO: Words = { verdict: /^(✓ 정답입니다\.|✗ 틀렸습니다\.)/, right: /^ {2}정답: /, menu: /⏎ 다음/, question: /내 답/, counts: /^복습 예정/ };

/** Answers `n` questions; at each question and each feedback screen checks what is in view. */
async function studyAndLook(t: Terminal, words: Words, columns: number, rows: number, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const shown = await waitForQuestion(t);
    // The whole question as drawn since the screen was cleared (a tall window: a long case may scroll).
    const question = await screenNow(t, columns, 200);
    expect(badRows(question)).toEqual([]);
    // The header takes at most two rows: the counts line is the third at the latest (counted from
    // the header: the first question of a new database has the database's line above it).
    const top = text(question).findIndex((l) => /^(── )?\d+ · /.test(l));
    const counts = text(question).findIndex((l) => words.counts.test(l));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(counts - top).toBeGreaterThanOrEqual(1);
    expect(counts - top).toBeLessThanOrEqual(2);
    await answerShown(t, shown);
    await t.waitFor(words.menu);
    await t.settle();
    const feedback = await screenNow(t, columns, rows);
    const lines = text(feedback);
    // The verdict is the first row and the key right under it, with the menu open below.
    expect(lines[0]).toMatch(words.verdict);
    expect(lines.some((l) => words.right.test(l))).toBe(true);
    expect(lines.some((l) => words.menu.test(l))).toBe(true);
    expect(badRows(feedback)).toEqual([]);
    t.keys('\r');
  }
}

describe('study screens that fit the terminal', () => {
  afterEach(killTerminals);

  it('keeps the verdict and the right answer in view at 80×24, opening gently with single-answer basics', async () => {
    const t = terminal(['study', '--db', tempDb(), '--no-confidence'], cliEnv({ PMP_SEED: '3', PMP_NOW: '2026-11-25T09:00:00Z' }), 80, { rows: 24 });
    // A new database opens with single-answer questions from the starter bank.
    await t.waitFor(/pmp-starter\/st-\d+/);
    await studyAndLook(t, EN, 80, 24, 6);
    await t.waitFor(EN.question);
    t.keys(CTRL_C);
    expect(await t.exited).toBe(0);
  }, 120_000);

  it('does the same in Korean at 40×20, with a question header of at most two lines', async () => {
    const t = terminal(['study', '--db', tempDb(), '--no-confidence', '--lang', 'ko'], cliEnv({ PMP_SEED: '3', PMP_NOW: '2026-11-25T09:00:00Z' }), 40, { rows: 20 });
    await studyAndLook(t, KO, 40, 20, 6);
    await t.waitFor(KO.question);
    t.keys(CTRL_C);
    expect(await t.exited).toBe(0);
  }, 120_000);

  it('wraps every kind of question and its prompt at word boundaries at 40 columns, in Korean and English', async () => {
    for (const lang of ['ko', 'en']) {
      // Cram through the starter bank: matching, ordering, choose-two and number questions among the first ten.
      const t = terminal(['study', '--db', tempDb(), '--no-confidence', '--cram', '--bank', 'pmp-starter', '--seed', '4', '--lang', lang], cliEnv(), 40, { rows: 20 });
      const words = lang === 'ko' ? KO : EN;
      for (let i = 0; i < 10; i++) {
        const shown = await waitForQuestion(t);
        expect(badRows(await screenNow(t, 40, 200))).toEqual([]);
        await answerShown(t, shown);
        await t.waitFor(words.menu);
        t.keys('\r');
      }
      await t.waitFor(words.question);
      t.keys(CTRL_C);
      expect(await t.exited).toBe(0);
    }
  }, 120_000);

  it('pages a long explanation (m), shows the question again (c) and comes back (Enter)', async () => {
    const t = terminal(['study', '--db', tempDb(), '--no-confidence', '--lang', 'ko'], cliEnv({ PMP_SEED: '3' }), 40, { rows: 20 });
    await answerOne(t);
    const menu = (await t.waitFor(/q 종료/)) + (await t.settle());
    const pages = /m 더 보기 \(1\/(\d+)\)/.exec(menu.replace(/\s+/g, ' '));
    expect(pages).not.toBeNull(); // at 40×20 the explanation and the four options' reasons take more than a page
    t.keys('m');
    await t.waitFor(/m 더 보기 \(2\//);
    await t.settle();
    const second = text(await screenNow(t, 40, 20));
    expect(second[0]).toMatch(KO.verdict); // the verdict heads every page
    t.keys('c');
    await t.waitFor(/피드백으로 돌아가기/);
    await t.settle();
    const again = text(await screenNow(t, 40, 20));
    expect(again.some((l) => /^ {2}A\. /.test(l))).toBe(true); // the options, lettered as shown
    expectQuestionHeader(again);
    t.keys('\r');
    await t.waitFor(/m 더 보기 \(2\//); // back on the page it left
    t.keys('q');
    await t.waitFor(/세션 종료/);
    expect(await t.exited).toBe(0);
  });

  it('shows the question again (c) under its header at 80×24, in English', async () => {
    const t = terminal(['study', '--db', tempDb(), '--no-confidence'], cliEnv({ PMP_SEED: '3' }), 80, { rows: 24 });
    const shown = await waitForQuestion(t);
    const header = text(await screenNow(t, 80, 24)).find((l) => /^(── )?\d+ · /.test(l));
    await answerShown(t, shown);
    await t.waitFor(/q quit/);
    await t.settle();
    t.keys('c');
    await t.waitFor(/back to the feedback/i);
    await t.settle();
    const again = text(await screenNow(t, 80, 24));
    expectQuestionHeader(again);
    expect(again[0]).toBe(header); // the same header as the question had
    expect(again.some((l) => /^ {2}A\. /.test(l))).toBe(true);
    expect(again.length).toBeLessThanOrEqual(24);
    t.keys('q');
    expect(await t.exited).toBe(0);
  });

  for (const [lang, columns, rows, created] of [
    ['en', 80, 24, /^Created your database at /],
    ['ko', 40, 20, /^데이터베이스를 만들었습니다:/],
  ] as const) {
    it(`keeps the first run's database line in view on the first question (${lang}, ${columns}×${rows}), not on the next`, async () => {
      const t = terminal(['study', '--db', tempDb(), '--no-confidence', '--lang', lang], cliEnv({ PMP_SEED: '3' }), columns, { rows });
      const shown = await waitForQuestion(t);
      // Everything drawn since the screen was cleared: at 40×20 a long first question scrolls its
      // header, and the line above it, off the top, as it would without the line.
      const first = text(await screenNow(t, columns, rows === 24 ? rows : 200));
      expect(first[0]).toMatch(created);
      // The whole line (the path and the counts) fits above the question's header, which follows it.
      const header = first.findIndex((l) => /^(── )?\d+ · /.test(l));
      expect(first.slice(0, header).join(' ')).toMatch(lang === 'en' ? /1,034 questions from 13 banks\.$/ : /문제 1,034개\)$/);
      await answerShown(t, shown);
      await t.waitFor(lang === 'en' ? EN.menu : KO.menu);
      t.keys('\r');
      await waitForQuestion(t);
      const second = text(await screenNow(t, columns, rows === 24 ? rows : 200));
      expect(second.some((l) => created.test(l))).toBe(false);
      expect(second[0]).toMatch(/^(── )?\d+ · /);
      t.keys(CTRL_C);
      expect(await t.exited).toBe(0);
    });
  }

  it("says again at the end of a first session where the answers are kept (the first screen cleared that line); not on later runs", async () => {
    const db = tempDb();
    const session = async () => {
      const t = terminal(['study', '--db', db, '--no-confidence'], cliEnv({ PMP_SEED: '3' }), 80, { rows: 24 });
      const shown = await waitForQuestion(t);
      await answerShown(t, shown);
      await t.waitFor(EN.menu);
      t.keys('q');
      expect(await t.exited).toBe(0);
      return t.screen.replace(/\s+/g, ' ');
    };
    const first = await session();
    expect(first).toMatch(/Session over.*Your answers are kept in \S*study\.db \(--db or PMP_DB choose another file\)\./);
    expect(await session()).not.toMatch(/Your answers are kept in/);
  });

  it('lays the feedback out for the new width after the window is resized', async () => {
    const t = terminal(['study', '--db', tempDb(), '--no-confidence'], cliEnv({ PMP_SEED: '3' }), 80, { rows: 24, resizeTo: '40x20' });
    const shown = await waitForQuestion(t);
    t.resize();
    await new Promise((r) => setTimeout(r, 300));
    await answerShown(t, shown);
    await t.waitFor(/⏎ next/);
    await t.settle();
    const feedback = await screenNow(t, 40, 20);
    expect(text(feedback)[0]).toMatch(EN.verdict);
    expect(badRows(feedback)).toEqual([]);
    t.keys('q');
    expect(await t.exited).toBe(0);
  });
});
