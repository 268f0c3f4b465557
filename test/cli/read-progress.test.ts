/**
 * The progress line of a long mapping and --verbose timing (src/cli/read-progress.ts), driven by
 * a clock the test moves: shown on a terminal only, after a second, with the time so far, erased
 * when the file is read; never with --json; the verbose line on stderr, never stdout.
 */
import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { createContext } from '../../src/cli/context.js';
import { readReporter } from '../../src/cli/read-progress.js';
import { tempDir } from '../helpers/temp.js';
import { loadMessages } from '../../src/i18n/index.js';

// The messages load per language (src/i18n/index.ts), as main.ts loads them.
await loadMessages('en');
await loadMessages('ko');

function streams(stderrIsTty: boolean) {
  const written = { out: '', err: '' };
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: stderrIsTty });
  stdout.on('data', (d: Buffer) => (written.out += d.toString()));
  stderr.on('data', (d: Buffer) => (written.err += d.toString()));
  const ctx = createContext({ db: `${tempDir('read-progress')}/x.db`, lang: 'en' }, { env: { TERM: 'xterm' }, stdin: new PassThrough(), stdout, stderr });
  return { ctx, written };
}

/** A mapping of `steps` evaluation steps, 100 ms apart on the test's clock. */
function runMapping(reporter: ReturnType<typeof readReporter>, clock: { ms: number }, steps: number, questions = 12) {
  reporter?.readStart('/data/export.json', '/maps/shape.jsonata');
  for (let i = 0; i < steps; i++) {
    clock.ms += 100;
    reporter?.mappingStep();
  }
  reporter?.readEnd('/data/export.json', { format: 'json', questions });
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('the progress line of a long mapping', () => {
  it('appears on a terminal after a second with the time so far, redrawn in place, erased at the end', async () => {
    const { ctx, written } = streams(true);
    const clock = { ms: 0 };
    runMapping(readReporter(ctx, { json: false, verbose: false }, () => clock.ms), clock, 25);
    await flush();
    const frames = written.err.split('\r\x1b[K').filter(Boolean);
    expect(frames[0]).toBe('Mapping export.json with shape.jsonata: 1.0 s…');
    expect(frames.at(-1)).toBe('Mapping export.json with shape.jsonata: 2.5 s…');
    // Redrawn every 250 ms at most: at 1.0, 1.3, 1.6, 1.9, 2.2, 2.5 s (steps are 100 ms apart).
    expect(frames).toHaveLength(6);
    expect(written.err.endsWith('\r\x1b[K')).toBe(true);
    expect(written.out).toBe('');
  });

  it('does not appear for a mapping under a second, with --json, or when stderr is no terminal', async () => {
    const clock = { ms: 0 };
    const quick = streams(true);
    runMapping(readReporter(quick.ctx, { json: false, verbose: false }, () => clock.ms), clock, 9);
    expect(readReporter(streams(true).ctx, { json: true, verbose: false })).toBeUndefined();
    expect(readReporter(streams(false).ctx, { json: false, verbose: false })).toBeUndefined();
    await flush();
    expect(quick.written.err).toBe('');
  });
});

describe('--verbose', () => {
  it('says per file how long it took, on stderr, also with --json and without a terminal', async () => {
    const { ctx, written } = streams(false);
    const clock = { ms: 0 };
    runMapping(readReporter(ctx, { json: true, verbose: true }, () => clock.ms), clock, 30, 1290);
    await flush();
    expect(written.err).toBe('/data/export.json: read as json through shape.jsonata in 3000 ms (1290 questions)\n');
    expect(written.out).toBe('');
  });
});

describe('the reading path tells the reporter', () => {
  it('when a file starts and ends, and at every step of its mapping', async () => {
    const { loadImportFile } = await import('../../src/app/load-import.js');
    const events: string[] = [];
    let steps = 0;
    const fixtures = `${process.cwd()}/test/fixtures/formats`;
    const reporter = {
      readStart: (file: string, map: string | undefined) => void events.push(`start ${file.split('/').at(-1)} ${map?.split('/').at(-1)}`),
      mappingStep: () => void steps++,
      readEnd: (file: string, read: { format: string; questions: number } | undefined) => void events.push(`end ${read?.format} ${read?.questions}`),
    };
    await loadImportFile(`${fixtures}/quiz-export.csv`, { textLanguage: 'en', mapFile: `${fixtures}/quiz-export.jsonata`, reporter });
    expect(events).toEqual(['start quiz-export.csv quiz-export.jsonata', 'end csv 3']);
    expect(steps).toBeGreaterThan(50);
    await expect(loadImportFile(`${fixtures}/nowhere.csv`, { textLanguage: 'en', reporter })).rejects.toThrow();
    expect(events.at(-1)).toBe('end undefined undefined');
  });
});
