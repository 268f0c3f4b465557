/** Temporary folders come only from tempDir (test/helpers/temp.ts), which test/setup.ts removes after each file. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const OWN_TEMP = /\bmkdtemp|\btmpdir\b|\btempfile\b|\bmkstemp/;
// global-setup.js makes the one folder the workers share; global-teardown.js removes it after the run.
const ALLOWED = [join('helpers', 'temp.ts'), 'temp-folders.test.ts', 'global-setup.js'];

describe('temporary folders of the tests', () => {
  const files = readdirSync('test', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js|py)$/.test(f) && !f.startsWith('fixtures'));

  it('has files to check', () => expect(files.length).toBeGreaterThan(40));

  it('are made only by tempDir, so none is left behind', () => {
    const own = files.filter((f) => !ALLOWED.includes(f) && OWN_TEMP.test(readFileSync(join('test', f), 'utf8')));
    expect(own).toEqual([]);
  });
});
