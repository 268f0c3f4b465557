/**
 * Once per jest run, before any worker starts (jest.config.js globalSetup): a folder for the
 * first-run template databases (test/helpers/fresh-db.ts) that every worker shares. Workers
 * inherit the environment, which is how they find it; test/global-teardown.js removes it.
 * Plain JavaScript: jest loads these two files without the TypeScript transform.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  process.env.PMP_TEST_TEMPLATES = mkdtempSync(join(tmpdir(), 'pmp-templates-'));
}
