/**
 * Debian's chromium, headless, for the HTML reports: a screenshot and the DOM as the browser built
 * it, with its console logged to stderr. Where chromium is missing the tests using it are skipped
 * with a printed reason, unless PMP_REQUIRE_CHROMIUM is set (CI), when they fail instead.
 */
import { test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './temp.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const CHROMIUM = CANDIDATES.find((p) => existsSync(p));

/** test() where chromium runs; a skip saying why where it does not (a failure in CI). */
export function testWithChromium(name: string, body: () => Promise<void> | void, timeout?: number): void {
  if (CHROMIUM || process.env.PMP_REQUIRE_CHROMIUM) {
    test(name, async () => {
      if (!CHROMIUM) throw new Error(`PMP_REQUIRE_CHROMIUM is set but no chromium in ${CANDIDATES.join(' or ')} (apt-get install -y chromium)`);
      await body();
    }, timeout);
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`Skipped "${name}": no chromium in ${CANDIDATES.join(' or ')} (apt-get install -y chromium).`);
  test.skip(name, () => undefined);
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-logging=stderr', '--v=0'];

export interface PageRun {
  readonly dom: string;
  readonly screenshot: string;
  /** Lines chromium logged from the page's console (console.* calls, CSP violations, failed loads). */
  readonly consoleLines: readonly string[];
}

/** Loads the file in headless chromium twice: once for the DOM, once for a screenshot. */
export function renderPage(file: string): PageRun {
  const dir = tempDir('chromium');
  const url = pathToFileURL(file).href;
  const run = (args: string[]) => {
    const r = spawnSync(CHROMIUM as string, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, ...args, url], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`chromium failed (${r.status}): ${r.stderr}`);
    return r;
  };
  const dumped = run(['--dump-dom']);
  const screenshot = join(dir, 'page.png');
  const shot = run([`--screenshot=${screenshot}`, '--window-size=1200,1000']);
  const consoleLines = (dumped.stderr + shot.stderr).split('\n').filter((l) => /CONSOLE|Content Security Policy|Refused to|net::ERR_/.test(l));
  return { dom: dumped.stdout, screenshot, consoleLines };
}
