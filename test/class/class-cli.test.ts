/** The class commands without a server: help, join codes, and the errors that need none. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { decodeJoinCode, encodeJoinCode } from '../../src/app/class/join-code.js';
import { parseServerUrl } from '../../src/storage/class/connection.js';
import { runCli, cliEnv } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('pmp class and pmp sync without a server', () => {
  it('have help with examples on every command', () => {
    for (const args of [['class'], ['class', 'init'], ['class', 'invite'], ['class', 'assign'], ['class', 'remove'], ['class', 'learners'], ['class', 'join'], ['class', 'report'], ['sync']]) {
      const r = runCli([...args, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
  });

  it('a join code carries the address and the password, and a bad one is refused without being echoed', () => {
    const address = { host: 'db.example.org', port: 6543, database: 'pmp', user: 'pmp_pmp_ana', password: 'p@ss:/word', sslmode: 'verify-full' };
    expect(decodeJoinCode(encodeJoinCode(address))).toEqual(address);
    const env = cliEnv();
    const db = join(tempDir('cli'), 'a.db');
    const r = runCli(['--db', db, 'class', 'join', 'pmp1.bm90LWpzb24tc2VjcmV0'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a join code');
    expect(r.stderr).not.toContain('bm90LWpzb24tc2VjcmV0');
  });

  it('reads sslmode and refuses an unknown one', () => {
    expect(parseServerUrl('postgresql://t:s%40cret@h.example:5433/cls?sslmode=verify-ca')).toEqual({ host: 'h.example', port: 5433, database: 'cls', user: 't', password: 's@cret', sslmode: 'verify-ca' });
    expect(parseServerUrl('postgres://t@h/cls').sslmode).toBe('prefer');
    expect(() => parseServerUrl('postgres://t:x@h/cls?sslmode=sometimes')).toThrow(expect.objectContaining({ key: 'class.bad-sslmode' }));
  });

  it('sync before joining: exit 2 with how to join; report before init: how to set up', () => {
    const env = cliEnv();
    const db = join(tempDir('cli'), 'a.db');
    const sync = runCli(['--db', db, 'sync'], { env });
    expect(sync.code).toBe(2);
    expect(sync.stderr).toContain('pmp class join CODE');
    const report = runCli(['--db', db, 'class', 'invite', 'ana'], { env });
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('pmp class init --url');
  });
});
