import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOMAIN = join(process.cwd(), 'src', 'domain');
const FORBIDDEN = /from ['"](better-sqlite3|chalk|commander|@inquirer\/[a-z-]+|node:fs|fs|node:child_process|node:process)['"]/;
const IMPURE_CALLS = /\bDate\.now\(\)|\bMath\.random\(\)|\bprocess\./;

describe('the domain stays pure', () => {
  const files = readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'));

  it('has files to check', () => expect(files.length).toBeGreaterThan(5));

  it.each(files)('%s imports no IO library and reads no clock, randomness or process state', (file) => {
    const source = readFileSync(join(DOMAIN, file), 'utf8');
    expect(source).not.toMatch(FORBIDDEN);
    expect(source).not.toMatch(IMPURE_CALLS);
  });
});
