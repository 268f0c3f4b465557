/**
 * Every OS error a sentence: a full disk, a read-only mount, a file where a folder should be, a
 * failed stdout, an out-of-range PMP_NOW — each with the path, the documented exit code, and
 * nothing half-written. Root ignores file modes, so read-only is tested with a real read-only
 * mount (tmpfs, remounted ro); where mounting is not allowed the test says it was skipped.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, cliEnv, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const mounted: string[] = [];
// Unmounted after each test, before the temporary folders that hold the mount points are removed.
afterEach(() => {
  for (const m of mounted.splice(0)) spawnSync('umount', [m]);
});

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A tmpfs of `size` at a fresh folder, or undefined when this machine does not let us mount. */
function tmpfs(size: string): string | undefined {
  const dir = join(tempDir('mount'), 'm');
  mkdirSync(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  if (r.status !== 0) {
    console.warn(`skipped: cannot mount a tmpfs here (${String(r.stderr).trim() || `exit ${r.status}`}); run the tests as root to cover read-only and full disks`);
    return undefined;
  }
  mounted.push(dir);
  return dir;
}

function answers(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM review_log').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** A database with the bundled banks and one answer, made by the real binary. */
function studiedDb(): string {
  const path = join(tempDir('os'), 'study.db');
  const r = runCli(['study', '--plain', '--limit', '1', '--db', path], { input: 'A\n\n1\n\n', env: cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z', PMP_SEED: '1' }) });
  expect(r.code).toBe(0);
  expect(answers(path)).toBe(1);
  return path;
}

describe('OS errors, each a sentence with its exit code', () => {
  it('a PMP_NOW outside 1970–9999 is a usage error, not an internal one', () => {
    for (const value of ['+275760-09-13T00:00:00Z', '1969-12-31T23:59:59Z']) {
      const r = runCli(['stats'], { env: cliEnv({ PMP_NOW: value }) });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('PMP_NOW must be an ISO date and time from 1970 to 9999');
    }
  });

  it('a file where the database folder should be names that file', () => {
    const dir = tempDir('os');
    writeFileSync(join(dir, 'notes'), 'x');
    const r = runCli(['stats', '--db', join(dir, 'notes', 'pmp.db')]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${join(dir, 'notes')} is a file, where a folder should be`);
  });

  it('a stdout that cannot be written (a full disk behind > file) ends with one sentence and exit 4, no stack', () => {
    const path = studiedDb();
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'banks', 'export', 'pmp-starter', '--db', path], { env: cliEnv(), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(4);
      expect(r.stderr).toContain('Could not write the output: the disk is full.');
      expect(r.stderr).not.toContain('    at ');
    } finally {
      closeSync(full);
    }
  });

  it('a folder the user may not write to: no permission, with the path (run as the unprivileged user nobody, since root ignores modes)', () => {
    const probe = spawnSync('su', ['-s', '/bin/sh', 'nobody', '-c', `${process.execPath} ${BIN} --version`], { encoding: 'utf8' });
    if (probe.status !== 0) {
      console.warn(`skipped: cannot run pmp as the user nobody here (${(probe.stderr || '').trim() || `exit ${probe.status}`})`);
      return;
    }
    const dir = tempDir('os');
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'), { mode: 0o555 });
    const target = join(dir, 'locked', 'pmp.db');
    const r = spawnSync('su', ['-s', '/bin/sh', 'nobody', '-c', `HOME=/tmp LANG=C.UTF-8 ${process.execPath} ${BIN} stats --db ${target}`], { encoding: 'utf8' });
    expect(r.status).toBe(4);
    expect(r.stderr).toContain(`No permission to write the database ${target} (in ${join(dir, 'locked')}).`);
  });

  it('a database on a read-only mount says so, with its path, and changes nothing', () => {
    const source = studiedDb();
    const mount = tmpfs('40m');
    if (!mount) return;
    copyFileSync(source, join(mount, 'study.db'));
    const before = digest(join(mount, 'study.db'));
    expect(spawnSync('mount', ['-o', 'remount,ro', mount]).status).toBe(0);
    for (const target of [join(mount, 'study.db'), join(mount, 'new.db'), join(mount, 'sub', 'new.db')]) {
      const r = runCli(['study', '--plain', '--db', target], { input: 'A\n\n' });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(`The database ${target} is on a read-only disk or mount`);
    }
    expect(digest(join(mount, 'study.db'))).toBe(before);
  });

  it('a disk that fills up under the database: exit 4 naming it, the answers before intact, healthy once space is back', () => {
    const source = studiedDb();
    const mount = tmpfs('12m');
    if (!mount) return;
    const db = join(mount, 'study.db');
    copyFileSync(source, db);
    // Fill what is left of the disk.
    const filler = openSync(join(mount, 'filler'), 'w');
    const block = Buffer.alloc(64 * 1024);
    try {
      for (;;) writeSync(filler, block);
    } catch {
      // ENOSPC: the disk is full.
    } finally {
      closeSync(filler);
    }
    const r = runCli(['study', '--plain', '--limit', '3', '--db', db], { input: 'A\n\n1\n\nA\n\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`The disk holding ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is full`));
    expect(r.stderr).not.toContain('Something went wrong inside pmp-study');
    rmSync(join(mount, 'filler'));
    expect(answers(db)).toBe(1);
    const doctor = runCli(['doctor', '--db', db]);
    expect(doctor.code).toBe(0);
  });
});
