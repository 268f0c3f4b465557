import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { cliEnv, PlainSession, runCli, tempDb, withoutFirstRun } from '../helpers/cli.js';

const ESC = '\u001b';

async function studyPlain(db: string, env: Record<string, string>, answers: number, extra: string[] = []) {
  const session = new PlainSession(['study', '--db', db, '--seed', '3', ...extra], env);
  for (let i = 0; i < answers; i++) {
    const screen = await session.waitFor(/answer> $/m);
    session.send(PlainSession.answerFor(screen));
    await session.waitFor(/^saved: .*$/m);
  }
  // The session may have run out of questions already; otherwise quit it.
  const end = await session.waitFor(/answer> $|^Session over/m);
  if (/answer> $/m.test(end) && !end.includes('Session over')) session.send('q');
  const code = await session.exited;
  return { code, stdout: session.stdout, stderr: session.stderr };
}

describe('pmp study in plain mode (stdin is a pipe)', () => {
  afterEach(() => PlainSession.killAll());

  it('answers questions, prints saved: after each commit, and stores every answer', async () => {
    const db = tempDb();
    const env = cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' });
    const run = await studyPlain(db, env, 10);
    expect(run.code).toBe(0);
    // The first run says where the database was made and what it holds; nothing else goes to stderr.
    expect(run.stderr.replace(/\n/g, ' ')).toMatch(/^Created your database at .*study\.db with 1,034 questions from 13 banks\. $/);
    expect(withoutFirstRun(run.stderr)).toBe('');
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout.match(/^saved: /gm)).toHaveLength(10);
    expect(run.stdout).toContain('Session over');
    const rows = new Database(db, { readonly: true }).prepare('SELECT COUNT(*) FROM review_log').pluck().get();
    expect(rows).toBe(10);
  });

  it('shows due reviews the next day (PMP_NOW moved forward)', async () => {
    const db = tempDb();
    await studyPlain(db, cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' }), 10, ['--new', '10']);
    const stats = JSON.parse(runCli(['stats', '--json', '--db', db], { env: cliEnv({ PMP_NOW: '2026-11-29T09:00:00Z' }) }).stdout);
    expect(stats.dueNow).toBeGreaterThan(0);
    const later = new PlainSession(['study', '--db', db, '--new', '0'], cliEnv({ PMP_NOW: '2026-11-29T09:00:00Z' }));
    const screen = await later.waitFor(/answer> $/m);
    // With --new 0 only questions answered on the first day can appear, as reviews (no learning steps).
    expect(screen).toMatch(/· review ·/);
    const [, review, learning] = /due (\d+) · learning (\d+)/.exec(screen) ?? [];
    expect(Number(review) + Number(learning)).toBe(stats.dueNow);
    later.send('q');
    expect(await later.exited).toBe(0);
  });

  it('accepts a whole session from a here-string and ends cleanly at end of input', () => {
    const db = tempDb();
    const r = runCli(['study', '--db', db], { input: 'Z\n\n', env: cliEnv() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is not one of the letters|not a number|Type an answer|Write pairs|Choose exactly|Put all/);
    expect(r.stdout).toContain('Session over');
  });

  it('speaks Korean with --lang ko', () => {
    const r = runCli(['study', '--db', tempDb(), '--lang', 'ko'], { input: 'q\n', env: cliEnv() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('답> ');
    expect(r.stdout).toContain('세션 종료');
  });
});

describe('plain mode at a narrow width', () => {
  afterEach(() => PlainSession.killAll());

  it('wraps every line, Korean included, to the terminal width (40 columns)', async () => {
    const { default: stringWidth } = await import('string-width');
    const db = tempDb();
    const session = new PlainSession(['study', '--db', db, '--lang', 'ko', '--seed', '9', '--new', '40'], cliEnv({ COLUMNS: '40' }));
    for (let i = 0; i < 25; i++) {
      const screen = await session.waitFor(/답> $/m);
      session.send(PlainSession.answerFor(screen));
      await session.waitFor(/^saved: .*$/m);
    }
    session.send('q');
    expect(await session.exited).toBe(0);
    const wide = session.stdout.split('\n').filter((l) => !l.startsWith('saved: ') && stringWidth(l) > 40);
    expect(wide).toEqual([]);
  });
});
