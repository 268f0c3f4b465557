import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';

const ESC = '\u001b';

describe('the pmp binary', () => {
  it('prints help with examples for every command, and its version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['study', 'stats', 'banks', 'rebuild']) {
      expect(help.stdout).toContain(command);
      const sub = runCli([command, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain('Examples:');
    }
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('loads the bundled banks on first run and lists them as JSON', () => {
    const db = tempDb();
    const r = runCli(['banks', 'list', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const banks = JSON.parse(r.stdout) as { id: string; questions: number }[];
    const starter = banks.find((b) => b.id === 'pmp-starter');
    expect(starter?.questions).toBeGreaterThanOrEqual(40);
    const text = runCli(['banks', '--db', db]);
    expect(text.stdout).toContain('pmp-starter');
  });

  it('reports stats as JSON with the documented fields', () => {
    const db = tempDb();
    const r = runCli(['stats', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats).toMatchObject({ answers: 0, dueNow: 0 });
    expect(stats.newAvailable).toBeGreaterThan(0);
  });

  it('uses PMP_DB when --db is absent, and --db over PMP_DB', () => {
    const a = tempDb();
    const b = tempDb();
    runCli(['stats'], { env: cliEnv({ PMP_DB: a }) });
    expect(() => new Database(a, { fileMustExist: true }).close()).not.toThrow();
    runCli(['stats', '--db', b], { env: cliEnv({ PMP_DB: a }) });
    expect(() => new Database(b, { fileMustExist: true }).close()).not.toThrow();
  });

  it('exits 2 on usage errors, with the message on stderr', () => {
    const unknown = runCli(['study', '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option');
    const bad = runCli(['study', '--new', 'many', '--db', tempDb()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--new expects a whole number');
    expect(bad.stdout).toBe('');
    const badNow = runCli(['stats', '--db', tempDb()], { env: cliEnv({ PMP_NOW: 'yesterday' }) });
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('PMP_NOW');
  });

  it('exits 4 and leaves the file alone for a database from a newer version', () => {
    const db = tempDb();
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const before = createHash('sha256').update(readFileSync(db)).digest('hex');
    const r = runCli(['study', '--db', db]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('newer pmp-study');
    expect(r.stderr).toContain('hint:');
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(before);
  });

  it('exits 4 with what to do for a file that is not a database', () => {
    const db = tempDb();
    writeFileSync(db, 'this is a shopping list\n'.repeat(200));
    const r = runCli(['stats', '--db', db]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('not a pmp-study database');
    expect(r.stderr).toContain('hint:');
  });

  it('prints error messages in Korean too', () => {
    const db = tempDb();
    writeFileSync(db, 'not sqlite'.repeat(500));
    const r = runCli(['stats', '--db', db, '--lang', 'ko']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('오류');
    expect(r.stderr).toContain('데이터베이스가 아닙니다');
  });

  it('writes no colour codes when output is not a terminal, even with FORCE_COLOR unset or NO_COLOR set', () => {
    for (const env of [cliEnv(), cliEnv({ NO_COLOR: '1' })]) {
      const r = runCli(['study', '--db', tempDb()], { input: 'q\n', env });
      expect(r.stdout).not.toContain(ESC);
    }
    const forced = runCli(['stats', '--db', tempDb(), '--color', 'always']);
    expect(forced.stdout).toContain(ESC);
  });

  it('rebuild --check finds the cache consistent with the log', () => {
    const db = tempDb();
    const r = runCli(['rebuild', '--check', '--json', '--db', db]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mismatched: 0 });
  });
});

describe('databases that cannot be used', () => {
  it('says clearly when the database folder cannot be made', () => {
    const r = runCli(['stats', '--db', '/etc/hostname/inside-a-file/pmp.db']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Cannot make the database /etc/hostname/inside-a-file/pmp.db: /etc/hostname is a file, where a folder should be.');
    expect(r.stderr).toContain('hint:');
  });

  it('refuses a bank file larger than the limit before reading it', async () => {
    const { truncateSync, writeFileSync } = await import('node:fs');
    const { tempDir } = await import('../helpers/temp.js');
    const { join } = await import('node:path');
    const path = join(tempDir('huge'), 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 300 * 1024 * 1024); // sparse: costs no disk
    const r = runCli(['import', path, '--db', tempDb()]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/limit is 268435456/);
  });
});

describe('a reader that goes away', () => {
  it('ends quietly with exit code 0 when stdout is closed early (pmp study | head)', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    const child = spawn(process.execPath, [BIN, 'study', '--db', tempDb()], { env: cliEnv() });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Like `head -1`: read the first chunk, then close the pipe while pmp still writes.
    child.stdout.once('data', () => {
      child.stdout.destroy();
      for (let i = 0; i < 20; i++) child.stdin.write('x\n');
      child.stdin.end('q\n');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
