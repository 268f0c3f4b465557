/**
 * Every temporary folder the tests make comes from here. test/setup.ts removes them all after each
 * test file (jest setupFilesAfterEnv), with whatever the CLI under test wrote inside, so a test run
 * leaves nothing in the OS temp folder. Tests stop the processes they start in afterEach, which runs
 * before that removal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder, named pmp-<label>-XXXXXX in the OS temp folder; removed after the test file. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pmp-${label}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made in this test file (called once, from test/setup.ts). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}
