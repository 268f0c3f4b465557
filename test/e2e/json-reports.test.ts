/** --json on the commands that report: a script reads one JSON value from stdout, messages go to stderr. */
import { describe, expect, it } from '@jest/globals';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';

describe('pmp study --json', () => {
  it('prints the end summary as one JSON object on stdout and the session on stderr', () => {
    const db = tempDb();
    const env = cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z', PMP_SEED: '7' });
    const r = runCli(['study', '--json', '--plain', '--db', db], { input: 'A\nB\nA\nq\n', env });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as Record<string, unknown>;
    const saved = r.stderr.match(/^saved: /gm) ?? [];
    expect(saved.length).toBeGreaterThan(0);
    expect(summary).toMatchObject({ answered: saved.length, undone: 0, stoppedBecause: 'quit', cram: false, leeches: [] });
    expect(summary.newSeen).toBe(saved.length);
    expect(typeof summary.correct).toBe('number');
    expect(summary.nextDueAt).toMatch(/^2026-11-2\dT/);
    expect(r.stderr).not.toContain('"answered"');
    // Without --json the summary is the text one, on stdout with the session.
    const text = runCli(['study', '--plain', '--db', db], { input: 'q\n', env });
    expect(() => JSON.parse(text.stdout)).toThrow();
  });
});

describe('every reporting command with --json', () => {
  it('prints JSON that parses on a fresh database', () => {
    const db = tempDb();
    const env = cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' });
    const commands = [
      ['stats'], ['leeches'], ['flagged'], ['suspended'], ['readiness'], ['banks', 'list'], ['banks', 'show', 'pmp-starter'],
      ['coverage'], ['doctor'], ['rebuild'], ['config', 'list'], ['exam', 'list'], ['plan', '--exam-date', '2027-02-15'],
    ];
    for (const command of commands) {
      const r = runCli([...command, '--json', '--db', db], { env });
      expect({ command: command.join(' '), code: r.code }).toEqual({ command: command.join(' '), code: 0 });
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });
});
