/** The feedback's words and layout: options with their text, reasons under the text, numbers, cram, date ranges. */
import { describe, expect, it } from '@jest/globals';
import type { AnswerOutcome, StudyItem } from '../../src/app/study-session.js';
import { dateRange } from '../../src/cli/render/date-range.js';
import type { RenderContext } from '../../src/cli/render/context.js';
import { feedbackScreen, menuLines, paginate } from '../../src/cli/render/feedback-screen.js';
import { formatResponse, renderExplanation, renderFeedback, withoutVerdict } from '../../src/cli/render/feedback-view.js';
import { formatNumber } from '../../src/cli/render/number.js';
import { createStyle } from '../../src/cli/terminal/style.js';
import { displayWidth } from '../../src/cli/terminal/wrap.js';
import type { Presentation } from '../../src/domain/presentation.js';
import type { MatchingQuestion, NumericQuestion, SingleQuestion } from '../../src/domain/question.js';
import { loadMessages, translator } from '../../src/i18n/index.js';
import { DAY, T0 } from '../helpers/fixtures.js';

// The messages load per language (src/i18n/index.ts), as main.ts loads them.
await loadMessages('en');
await loadMessages('ko');

const ctx = (lang: 'en' | 'ko', width: number): RenderContext => ({ i18n: translator(lang), style: createStyle(false), width, now: () => T0, taskLabel: () => undefined });

const long = 'a reasonably long option text that certainly needs more than one line at forty columns';
const single: SingleQuestion = {
  id: 'q1',
  type: 'single',
  prompt: { en: 'Which one?', ko: '어느 것인가?' },
  explanation: { en: 'Because of the reasons.', ko: '이유 때문이다.' },
  options: [
    { id: 'a', text: { en: `Right ${long}`, ko: '정답 보기' }, fixed: false, rationale: { en: 'Correct: it answers the question asked.', ko: '정답: 질문에 답한다.' } },
    { id: 'b', text: { en: 'Wrong one', ko: '오답 보기' }, fixed: false, rationale: { en: 'Wrong: it does not.', ko: '오답: 답하지 않는다.' } },
  ],
  answer: 'a',
  references: [],
  tags: [],
};
// Shown with b first: letters follow the order shown.
const shown: Presentation = { question: single, optionOrder: ['b', 'a'], rightOrder: [] };

function outcome(cram: boolean): AnswerOutcome {
  const item: StudyItem = { presentation: shown, bankId: 'bank', questionId: 'q1', phase: 'new', number: 1, waiting: { learning: 0, review: 0, fresh: 1 }, canUndo: false, flagged: false, cram };
  return {
    item,
    response: { type: 'single', optionId: 'b' },
    correct: false,
    rating: 1,
    after: { dueAt: T0 + 2 * DAY } as AnswerOutcome['after'],
    logId: 1,
    becameLeech: false,
  };
}

describe('the options in the feedback', () => {
  it('shows each option with its letter, mark and text in the order shown, reasons and continuation lines under the text', () => {
    const lines = renderExplanation(ctx('en', 40), shown);
    const at = lines.indexOf('The options');
    expect(lines.slice(at + 1, at + 3)).toEqual(['  A. ✗ Wrong one', '       → It does not.']);
    const b = lines.findIndex((l) => l.startsWith('  B. ✓ Right a reasonably'));
    expect(b).toBeGreaterThan(at);
    // Every line of B's text and reason starts in the text's column (7), none under the letter.
    const rest = lines.slice(b + 1).filter((l) => l !== '');
    expect(rest.length).toBeGreaterThan(2);
    for (const l of rest) expect(l).toMatch(/^ {7}\S/);
    expect(rest).toContain('       → It answers the question asked.');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
  });

  it('drops a verdict word the mark already says, in both languages', () => {
    expect(withoutVerdict('오답: 답하지 않는다.', false)).toBe('답하지 않는다.');
    expect(withoutVerdict('정답: 답한다.', true)).toBe('답한다.');
    expect(withoutVerdict('Wrong: it does not.', false)).toBe('It does not.');
    expect(withoutVerdict('Correct: yes.', false)).toBe('Correct: yes.'); // a word that disagrees with the mark stays
    expect(renderExplanation(ctx('ko', 40), shown).join('\n')).not.toMatch(/→ (오답|정답):/);
    expect(renderExplanation(ctx('ko', 40), shown)).toContain('       → 답하지 않는다.');
  });
});

describe('numbers and cram', () => {
  it('writes numbers as the explanations do: grouped, with a true minus', () => {
    expect(formatNumber(-8000, 'en')).toBe('−8,000');
    expect(formatNumber(0.85, 'ko')).toBe('0.85');
    const numeric: NumericQuestion = { id: 'n', type: 'numeric', prompt: { en: 'VAC?' }, answer: { value: -8000, tolerance: 0 }, unit: { en: 'USD' }, references: [], tags: [] };
    expect(formatResponse(ctx('en', 80), { question: numeric, optionOrder: [], rightOrder: [] }, { type: 'numeric', value: -8000 })).toBe('−8,000 USD');
  });

  it('says in cram that no schedule changed and what study would have done, without a rating line', () => {
    const text = renderFeedback(ctx('en', 200), outcome(true)).join('\n');
    expect(text).toContain('Practice only — no schedule changed; in study this would have come back in 2 days.');
    expect(text).not.toMatch(/Rated|Comes back/);
    expect(renderFeedback(ctx('en', 200), outcome(false)).join('\n')).toMatch(/Rated Again\. Comes back in 2 days/);
    expect(renderFeedback(ctx('ko', 200), outcome(true)).join('\n')).toContain('학습 모드였다면 2일 후 다시 나왔을 것입니다');
  });
});

describe('the feedback screen', () => {
  it('keeps the verdict and the key on every page, and pages fit the rows left', () => {
    const screen = feedbackScreen(ctx('en', 40), outcome(false), 16, 2);
    expect(screen.pages.length).toBeGreaterThan(1);
    for (const page of screen.pages) {
      expect(page[0]).toBe('✗ Not quite.');
      expect(page.some((l) => l.startsWith('  Right answer: B. Right'))).toBe(true);
      expect(page.length + 2 + 1).toBeLessThanOrEqual(16); // + menu + cursor row
    }
  });

  it('carries the verdict alone on later pages when a long key leaves no room under it', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `l${i}`, text: { en: `Item ${i} with a description long enough to wrap at forty columns` } }));
    const matching: MatchingQuestion = {
      id: 'm',
      type: 'matching',
      prompt: { en: 'Pair them.' },
      explanation: { en: 'Because. '.repeat(30) },
      left: items,
      right: items.map((l, i) => ({ id: `r${i}`, text: { en: `Match ${i} that is also rather long to read` } })),
      answer: Object.fromEntries(items.map((l, i) => [l.id, `r${i}`])),
      references: [],
      tags: [],
    };
    const item: StudyItem = { ...outcome(false).item, presentation: { question: matching, optionOrder: [], rightOrder: matching.right.map((r) => r.id) } };
    const screen = feedbackScreen(ctx('en', 40), { ...outcome(false), item, response: { type: 'matching', pairs: {} } }, 20, 3);
    expect(screen.pages.length).toBeGreaterThan(1);
    for (const page of screen.pages) {
      expect(page[0]).toBe('✗ Not quite.');
      expect(page.length + 3 + 1).toBeLessThanOrEqual(20);
    }
    expect(screen.pages.flat().join(' ')).toContain('Because. Because.');
  });

  it('cuts pages at blank lines where it can, and wraps the menu between items', () => {
    expect(paginate(['1', '2', '', '3', '4', '5'], 4)).toEqual([['1', '2'], ['3', '4', '5']]);
    expect(paginate(['1', '2', '3'], 4)).toEqual([['1', '2', '3']]);
    const menu = menuLines(ctx('en', 40), ['⏎ next', 'm more (1/2)', 'c question again', 'f flag', 'q quit']);
    expect(menu).toEqual(['⏎ next · m more (1/2)', 'c question again · f flag · q quit']); // 39 columns at most: the cursor's
  });
});

describe('date ranges', () => {
  it('reads as a person writes them, in English and Korean', () => {
    expect(dateRange('2026-12-10', '2026-12-16', 'en')).toBe('Dec 10 – 16');
    expect(dateRange('2026-12-10', '2026-12-16', 'ko')).toBe('12월 10일–16일');
    expect(dateRange('2026-11-28', '2026-12-04', 'en')).toBe('Nov 28 – Dec 4');
  });
});
