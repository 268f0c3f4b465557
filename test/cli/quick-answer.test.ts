/**
 * `pmp --version` and piped `pmp --help` are answered before the CLI loads (src/quick-answer.ts):
 * their output must be exactly what the CLI itself prints, in each language.
 */
import { describe, expect, it } from '@jest/globals';
import { quickAnswer } from '../../src/quick-answer.js';
import { cliEnv, runCli } from '../helpers/cli.js';

describe('answers given before the CLI loads', () => {
  it.each([
    ['en', ['--help'], ['--help', '--lang', 'en']],
    ['ko', ['--help'], ['--help', '--lang', 'ko']],
    ['en', ['-h'], ['-h', '--color', 'auto']],
    ['en', ['--version'], ['--version', '--color', 'auto']],
    ['en', ['-V'], ['-V', '--lang', 'en']],
  ])('%s: pmp %j prints what the CLI prints for %j', (lang, quick, full) => {
    const env = cliEnv({ PMP_LANG: lang });
    const fast = runCli(quick, { env });
    const slow = runCli(full, { env });
    expect(fast.code).toBe(0);
    expect(fast.stderr).toBe('');
    expect(fast.stdout.length).toBeGreaterThan(quick[0]!.startsWith('-V') || quick[0] === '--version' ? 4 : 500);
    expect(fast).toEqual(slow);
  });

  // The help text itself lives in dist/help (tests above); from src/ only the road taken shows.
  it('takes the CLI road for a terminal, forced colour, or more on the command line', () => {
    expect(quickAnswer(['--help'], {}, true)).toBeUndefined();
    expect(quickAnswer(['--help'], { FORCE_COLOR: '1' }, false)).toBeUndefined();
    expect(quickAnswer(['--help', 'study'], {}, false)).toBeUndefined();
    expect(quickAnswer(['study'], {}, false)).toBeUndefined();
    expect(quickAnswer(['--version'], {}, true)).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
