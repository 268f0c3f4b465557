import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemStatus } from '../../../src/app/exam-ui.js';
import { gridRows, moveGridCursor } from '../../../src/cli/exam-screen/grid.js';
import { intentOf } from '../../../src/cli/exam-screen/keys.js';
import { choiceKeys } from '../../../src/cli/exam-screen/views.js';
import { fit, footerLines, headerLines, scrollToShow, viewport, type KeyLabel } from '../../../src/cli/exam-screen/layout.js';
import { displayWidth, loadDisplayWidth } from '../../../src/cli/terminal/wrap.js';
import { loadMessages, translator } from '../../../src/i18n/index.js';

// The messages load per language (src/i18n/index.ts), as main.ts loads them.
await loadMessages('en');
await loadMessages('ko');

beforeAll(loadDisplayWidth);

const keysIn = (lang: 'en' | 'ko'): KeyLabel[] => {
  const { t } = translator(lang);
  const k = (key: string, name: string) => ({ key, long: t(name as never), short: t(`${name}.short` as never) });
  return [k('↑↓ a-e', 'screen.key.move'), k('⏎', 'screen.key.answer'), k('x', 'screen.key.strike'), k('f', 'screen.key.flag'), k('n', 'screen.key.next'), k('p', 'screen.key.previous'), k('r', 'screen.key.grid'), k('=', 'screen.key.calc'), k('s', 'screen.key.submit'), k('q', 'screen.key.stop')];
};

describe('the exam screen layout', () => {
  it('puts the clock on the header line when it fits, else on a second line at the right edge', () => {
    expect(headerLines(80, ['Question 3 of 12', 'Section 1 of 3'], 'Time left 0:19:42')).toEqual([`Question 3 of 12 · Section 1 of 3${' '.repeat(30)}Time left 0:19:42`]);
    const narrow = headerLines(40, ['Question 3 of 12', 'Section 1 of 3', '⚑ Flagged'], 'Time left 0:19:42');
    expect(narrow).toEqual(['Question 3 of 12 · Section 1 of 3', `⚑ Flagged${' '.repeat(14)}Time left 0:19:42`]);
    const korean = headerLines(40, ['문제 3/12', '구간 1/3', '⚑ 표시함'], '남은 시간 0:19:42');
    expect(korean).toHaveLength(2);
    expect(korean.map(displayWidth).every((w) => w <= 40)).toBe(true);
  });

  it('fits the key footer: long labels at 80 columns, short ones at 40, never splitting a key', () => {
    for (const lang of ['en', 'ko'] as const) {
      const wide = footerLines(80, keysIn(lang));
      expect(wide.length).toBeLessThanOrEqual(2);
      const narrow = footerLines(40, keysIn(lang));
      expect(narrow.length).toBeLessThanOrEqual(3);
      expect(Math.max(...wide.map(displayWidth))).toBeLessThanOrEqual(80);
      expect(Math.max(...narrow.map(displayWidth))).toBeLessThanOrEqual(40);
      expect(narrow.join(' · ')).toContain(lang === 'en' ? 'x strike' : 'x 지움');
    }
    expect(footerLines(80, keysIn('en')).join(' · ')).toContain('r review grid');
  });

  it('cuts by display width and scrolls the body to keep a focus in view', () => {
    expect(fit('한국어 문장입니다', 9)).toBe('한국어 …');
    expect(displayWidth(fit('한국어 문장입니다', 9))).toBeLessThanOrEqual(9);
    const content = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    expect(viewport(content, 10, 25)).toMatchObject({ scroll: 20, above: true, below: 0 });
    expect(viewport(content, 10, 0)).toMatchObject({ scroll: 0, above: false, below: 20 });
    expect(scrollToShow(0, 10, 12, 14)).toBe(4);
    expect(scrollToShow(8, 10, 3, 4)).toBe(3);
    expect(scrollToShow(2, 10, 5, 7)).toBe(2);
  });
});

describe('the review grid', () => {
  const statuses: ItemStatus[] = Array.from({ length: 12 }, (_, i) => ({ position: i + 1, section: i < 4 ? 1 : 2, answered: i % 3 === 0, flagged: i === 1, locked: i < 4 }));

  it('marks answered, unanswered, flagged and locked questions and brackets the cursor', () => {
    const rows = gridRows(statuses, 40, 6, (text) => text);
    // Five cells of six columns and a space fit 40 columns.
    expect(rows[0]).toBe('  1▪     2▪⚑    3▪     4▪     5○  ');
    expect(rows[1]).toMatch(/^\[ 6○ \]   7● /);
    expect(rows.every((r) => displayWidth(r) <= 40)).toBe(true);
  });

  it('moves with the arrows inside the grid', () => {
    expect(moveGridCursor(1, 'right', 40, 12)).toBe(2);
    expect(moveGridCursor(1, 'left', 40, 12)).toBe(1);
    expect(moveGridCursor(2, 'down', 40, 12)).toBe(7);
    expect(moveGridCursor(9, 'down', 40, 12)).toBe(9);
    expect(moveGridCursor(5, 'end', 40, 12)).toBe(12);
  });
});

describe('exam keys', () => {
  it('reads letters as options and commands in a choice question, as text where one types', () => {
    expect(intentOf('b', { name: 'b' }, false)).toEqual({ kind: 'letter', index: 1 });
    expect(intentOf('x', { name: 'x' }, false)).toEqual({ kind: 'command', command: 'strike' });
    expect(intentOf('=', { name: undefined }, false)).toEqual({ kind: 'command', command: 'calculator' });
    expect(intentOf('x', { name: 'x' }, true)).toEqual({ kind: 'text', text: 'x' });
    expect(intentOf(' ', { name: 'space' }, true)).toEqual({ kind: 'text', text: ' ' });
    expect(intentOf(undefined, { name: 'escape', meta: true }, false)).toEqual({ kind: 'escape' });
    expect(intentOf('\u0003', { name: 'c', ctrl: true }, true)).toEqual({ kind: 'interrupt' });
    expect(intentOf('\u001b[31m', { name: undefined }, true)).toEqual({ kind: 'none' });
  });

  it('chooses every shown option by its letter: past E too, and F and G (flag, grid) with Shift', () => {
    expect(intentOf('h', { name: 'h' }, false, 8)).toEqual({ kind: 'letter', index: 7 });
    expect(intentOf('l', { name: 'l' }, false, 12)).toEqual({ kind: 'letter', index: 11 });
    expect(intentOf('f', { name: 'f' }, false, 8)).toEqual({ kind: 'command', command: 'flag' });
    expect(intentOf('g', { name: 'g' }, false, 8)).toEqual({ kind: 'command', command: 'grid' });
    expect(intentOf('F', { name: 'f', shift: true }, false, 8)).toEqual({ kind: 'letter', index: 5 });
    expect(intentOf('G', { name: 'g', shift: true }, false, 7)).toEqual({ kind: 'letter', index: 6 });
    expect(intentOf('B', { name: 'b', shift: true }, false, 4)).toEqual({ kind: 'letter', index: 1 });
    // Without such an option, Shift+F still flags and Shift+N still goes on.
    expect(intentOf('F', { name: 'f', shift: true }, false, 4)).toEqual({ kind: 'command', command: 'flag' });
    expect(intentOf('N', { name: 'n', shift: true }, false, 12)).toEqual({ kind: 'command', command: 'next' });
    expect(intentOf('m', { name: 'm' }, false, 12)).toEqual({ kind: 'none' });
  });

  it('names the letters in the footer, with the Shift ones', () => {
    expect(choiceKeys(4)).toBe('↑↓ a-d');
    expect(choiceKeys(5)).toBe('↑↓ a-e');
    expect(choiceKeys(6)).toBe('↑↓ a-e ⇧F');
    expect(choiceKeys(8)).toBe('↑↓ a-e ⇧F ⇧G h');
    expect(choiceKeys(12)).toBe('↑↓ a-e ⇧F ⇧G h-l');
  });
});
