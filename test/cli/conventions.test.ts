/** The one colour decision and the language fallback, in process (the e2e tests drive the binary). */
import { describe, expect, it } from '@jest/globals';
import { colorEnabled } from '../../src/cli/terminal/style.js';
import { detectLanguage } from '../../src/i18n/index.js';

describe('colorEnabled', () => {
  it('follows --color, then FORCE_COLOR as chalk reads it, then NO_COLOR, TERM=dumb and the terminal', () => {
    expect(colorEnabled('always', { FORCE_COLOR: '0' }, false)).toBe(true);
    expect(colorEnabled('never', { FORCE_COLOR: '3' }, true)).toBe(false);
    for (const v of ['1', '2', '3', 'true']) expect(colorEnabled('auto', { FORCE_COLOR: v }, false)).toBe(true);
    for (const v of ['0', 'false']) expect(colorEnabled('auto', { FORCE_COLOR: v }, true)).toBe(false);
    expect(colorEnabled('auto', { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    expect(colorEnabled('auto', { FORCE_COLOR: '', NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled('auto', { FORCE_COLOR: 'yes' }, false)).toBe(false);
    expect(colorEnabled('auto', { TERM: 'dumb' }, true)).toBe(false);
    expect(colorEnabled('auto', {}, true)).toBe(true);
  });
});

describe('detectLanguage', () => {
  const korean = () => 'ko-KR';
  it('takes --lang, PMP_LANG, then the first locale variable that names a language, then Intl', () => {
    expect(detectLanguage('en', { PMP_LANG: 'ko' }, korean)).toBe('en');
    expect(detectLanguage(undefined, { PMP_LANG: 'ko' }, () => 'en-US')).toBe('ko');
    expect(detectLanguage(undefined, { LANG: 'en_US.UTF-8' }, korean)).toBe('en');
    expect(detectLanguage(undefined, { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, () => 'en-US')).toBe('ko');
    expect(detectLanguage(undefined, {}, korean)).toBe('ko');
    expect(detectLanguage(undefined, { LANG: 'C.UTF-8', LC_ALL: 'POSIX' }, korean)).toBe('ko');
    expect(detectLanguage(undefined, { LANG: '' }, () => 'en-GB')).toBe('en');
    expect(detectLanguage(undefined, {}, () => '')).toBe('en');
  });
});
