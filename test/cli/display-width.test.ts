/** Widths without string-width (English, Korean) and the lazy load for everything else. */
import { describe, expect, it } from '@jest/globals';
import stringWidth from 'string-width';
import { displayWidth, loadDisplayWidth, renderWithDisplayWidth, wrap } from '../../src/cli/terminal/wrap.js';

describe('display width', () => {
  it('renders text that needs string-width right even before it is loaded', async () => {
    // ⌚ and ☕ are two columns wide, which only string-width knows (a rough guess says one).
    const text = 'Watch ⌚⌚⌚⌚ coffee ☕☕☕ e\u0301 漢字 in a line that must wrap';
    const first = await renderWithDisplayWidth(() => wrap(text, 12));
    await loadDisplayWidth();
    expect(first).toEqual(wrap(text, 12));
    expect(first).toContain('⌚⌚⌚⌚');
    expect(displayWidth('⌚⌚⌚⌚')).toBe(8);
  });

  it('agrees with string-width on English, Korean and punctuation', async () => {
    await loadDisplayWidth();
    for (const sample of ['plain ASCII', '질문: 다음 중 옳은 것은?', '“quotes” — and … ·', '──┼──', 'ㄱㄴㄷ', 'Ｆｕｌｌ', 'café', '한국어 mixed 텍스트']) {
      expect(displayWidth(sample)).toBe(stringWidth(sample));
    }
  });
});
