/** The class commands without a server: help, join codes, and the errors that need none. */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { saveCredentials } from '../../src/storage/class/credentials.js';
import { listBackups } from '../../src/storage/backups.js';
import { SCHEMA_VERSION } from '../../src/storage/migrations.js';
import { freshDb } from '../helpers/fresh-db.js';
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
    expect(existsSync(db)).toBe(false); // refused before the database is made
    const report = runCli(['--db', db, 'class', 'invite', 'ana'], { env });
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('pmp class init --url');
  });

  describe('sync opens the database with the checks every command makes (the server here is down)', () => {
    // Nothing listens on port 1: the connection is refused at once.
    const joined = (db: string) => saveCredentials(db, 'learner', { host: '127.0.0.1', port: 1, database: 'cls', user: 'pmp_cls_ana', password: 'pw', sslmode: 'disable' });
    const userVersion = (db: string) => {
      const raw = new Database(db, { readonly: true });
      try {
        return raw.pragma('user_version', { simple: true }) as number;
      } finally {
        raw.close();
      }
    };

    it('refuses a database a newer pmp-study wrote, and leaves it as it was', () => {
      const env = cliEnv();
      const db = freshDb(env);
      const raw = new Database(db);
      raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      raw.close();
      joined(db);
      const before = readFileSync(db);
      const r = runCli(['--db', db, 'sync'], { env });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('newer pmp-study');
      expect(readFileSync(db).equals(before)).toBe(true);
    });

    it('refuses a file that is not a database', () => {
      const env = cliEnv();
      const db = join(tempDir('cli'), 'noise.db');
      writeFileSync(db, randomBytes(8192));
      joined(db);
      const r = runCli(['--db', db, 'sync'], { env });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('is not a pmp-study database');
    });

    it('brings an older database up to date, after a backup, before it reaches for the server', () => {
      const env = cliEnv();
      const db = freshDb(env);
      // The schema one step back: without the calibration's kept inputs (step 5).
      const raw = new Database(db);
      raw.exec('DROP TRIGGER review_undo_stales_calibration_inputs; DROP TRIGGER review_redo_stales_calibration_inputs; DROP TRIGGER question_shape_stales_calibration_inputs; DROP TABLE calibration_inputs');
      raw.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
      raw.close();
      joined(db);
      const r = runCli(['--db', db, 'sync'], { env });
      expect(r.code).toBe(6);
      expect(r.stderr).toContain('pmp_cls_ana@127.0.0.1:1/cls');
      expect(userVersion(db)).toBe(SCHEMA_VERSION);
      expect(listBackups(db).map((b) => b.path).join('\n')).toContain('before-migration');
    });
  });
});
