import { afterEach, describe, expect, it } from '@jest/globals';
import { cliEnv, PlainSession, runCli, tempDb, withoutFirstRun } from '../helpers/cli.js';

const json = (r: { stdout: string }) => JSON.parse(r.stdout);
/** Answer lines of every form: whichever fits the question on screen is taken, the others re-prompt. */
const ANY_ANSWER = 'A\n0\nA,B\nA,B,C\nAB\nABC\nABCD\nABCDE\n1-a 2-b 3-c 4-d 5-e\n1-a 2-b 3-c 4-d\n1-a 2-b 3-c\n';
const refOf = (screen: string) => /── \d+ · ([^ ]+) ·/.exec(screen)?.[1] as string;

describe('study controls in plain mode', () => {
  afterEach(() => PlainSession.killAll());

  it('flag, suspend and bury by command; lists show them; unsuspend brings one back; undo covers marks', async () => {
    const db = tempDb();
    const env = cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' });
    const s = new PlainSession(['study', '--db', db, '--seed', '4'], env);
    const flagged = refOf(await s.waitFor(/answer> $/m));
    s.send('flag');
    await s.waitFor(/^flagged: .*$/m);
    expect(refOf(await s.waitFor(/answer> $/m))).toBe(flagged); // stays on screen, now marked
    s.send('suspend');
    await s.waitFor(/^suspended: .*$/m);
    const buried = refOf(await s.waitFor(/answer> $/m));
    s.send('bury');
    await s.waitFor(/^buried until tomorrow: .*$/m);
    await s.waitFor(/answer> $/m);
    s.send('u');
    await s.waitFor(/^undone: .*$/m);
    expect(refOf(await s.waitFor(/answer> $/m))).toBe(buried);
    s.send('q');
    expect(await s.exited).toBe(0);
    expect(withoutFirstRun(s.stderr)).toBe('');

    expect(json(runCli(['flagged', '--json', '--db', db], { env })).map((c: { bank: string; id: string }) => `${c.bank}/${c.id}`)).toEqual([flagged]);
    expect(json(runCli(['suspended', '--json', '--db', db], { env })).map((c: { bank: string; id: string }) => `${c.bank}/${c.id}`)).toEqual([flagged]);
    expect(runCli(['suspended', '--db', db], { env }).stdout).toContain(flagged);
    expect(runCli(['unsuspend', flagged, '--db', db], { env }).code).toBe(0);
    expect(json(runCli(['suspended', '--json', '--db', db], { env }))).toEqual([]);
    expect(runCli(['unsuspend', 'no-such-question', '--db', db], { env }).code).toBe(2);
  });

  it('cram says so and changes no schedule; --weak says which tasks and why; --max-reviews is remembered', () => {
    const db = tempDb();
    const env = cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' });
    expect(runCli(['study', '--weak', '--db', db], { env }).stdout).toContain('Not enough answers yet');
    // Answer lines of every form: whichever fits the question on screen is taken, the rest re-prompt.
    runCli(['study', '--db', db, '--bank', 'pmp-starter'], { env, input: ANY_ANSWER.repeat(12) + 'q\n' });
    const before = json(runCli(['stats', '--json', '--db', db], { env }));
    const cram = runCli(['study', '--cram', '--limit', '3', '--domain', 'business-environment', '--db', db], { env, input: ANY_ANSWER.repeat(3) });
    expect(cram.stdout).toContain('practice: the schedule does not change');
    expect(cram.stdout).toContain('Practice only: no schedule changed.');
    const after = json(runCli(['stats', '--json', '--db', db], { env }));
    expect(after.dueNow).toBe(before.dueNow);
    expect(after.newAvailable).toBe(before.newAvailable);
    expect(after.answers).toBe(before.answers + 3);

    const weak = runCli(['study', '--weak', '--limit', '1', '--db', db], { env, input: 'q\n' });
    expect(weak.stdout).toMatch(/Weak spots:[\s\S]*right at first sight \d+\/\d+/);

    runCli(['study', '--max-reviews', '25', '--db', db], { env, input: 'q\n' });
    expect(json(runCli(['stats', '--json', '--db', db], { env })).maxReviewsPerDay).toBe(25);
    expect(runCli(['stats', '--db', db], { env }).stdout).toContain('daily cap: 25');
  });

  it('stats --traps names the traps fallen for, with examples', () => {
    const db = tempDb();
    const env = cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' });
    expect(runCli(['stats', '--traps', '--db', db], { env }).stdout).toContain('No traps yet');
    // Answer "A" everywhere: wrong three times in four, and every wrong option of the bundled banks is a trap.
    runCli(['study', '--db', db, '--bank', 'pmp-eco2026-people', '--new', '30'], { env, input: ANY_ANSWER.repeat(40) + 'q\n' });
    const report = json(runCli(['stats', '--traps', '--json', '--db', db], { env }));
    expect(report.wrongWithTrap).toBeGreaterThan(0);
    expect(report.traps[0].name.en.length).toBeGreaterThan(0);
    const text = runCli(['stats', '--traps', '--lang', 'ko', '--db', db], { env }).stdout;
    expect(text).toContain('자주 빠지는 함정');
    expect(text).toContain('pmp study --trap');
  });

  it('leeches: none at first, and --lapses lowers the bar', () => {
    const db = tempDb();
    expect(runCli(['leeches', '--db', db]).stdout).toContain('No leeches');
    expect(json(runCli(['leeches', '--json', '--lapses', '1', '--db', db]))).toEqual([]);
  });
});
