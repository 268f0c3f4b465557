/** English counts say "1 answer" and "2 answers", never "answer(s)"; Korean needs no plural. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMessages, translator } from '../../src/i18n/index.js';
import { count, word } from '../../src/i18n/plural.js';

// The messages load per language (src/i18n/index.ts), as main.ts loads them.
await loadMessages('en');
await loadMessages('ko');

describe('plural words', () => {
  it('picks the form for 0, 1 and 2', () => {
    expect([0, 1, 2].map((n) => count(n, 'answer'))).toEqual(['0 answers', '1 answer', '2 answers']);
    expect([0, 1, 2].map((n) => word(n, 'day'))).toEqual(['days', 'day', 'days']);
    expect(count('1,234', 'question')).toBe('1,234 questions');
    expect(count(1, 'carries', 'carry')).toBe('1 carries');
  });

  it('is used by the English messages', () => {
    const en = translator('en');
    expect([0, 1, 2].map((n) => en.t('summary.undone', { n }))).toEqual(['0 answers undone.', '1 answer undone.', '2 answers undone.']);
    expect([0, 1, 2].map((n) => en.t('stats.streak', { n, longest: 3 }))).toEqual([
      'Streak: 0 study days in a row (longest 3)',
      'Streak: 1 study day in a row (longest 3)',
      'Streak: 2 study days in a row (longest 3)',
    ]);
    expect(en.t('plan.new-per-day', { n: 5, days: 1 })).toBe('New questions a day: 5 (for 1 day)');
    expect(en.t('list.unsuspended', { n: 1 })).toBe('Unsuspended 1 question.');
    expect(en.t('coverage.untagged', { n: 1 })).toBe('1 question carries no task tag.');
    expect(en.t('validate.summary', { errors: 1, warnings: 0, files: 2 })).toBe('1 error, 0 warnings in 2 files; nothing was written.');
  });

  it('leaves no "(s)" in any English catalog', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'i18n');
    const catalogs = readdirSync(dir).filter((f) => f === 'en.ts' || f.endsWith('.en.ts'));
    expect(catalogs.length).toBeGreaterThan(5);
    for (const f of catalogs) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/\w\(s\)/);
  });
});
