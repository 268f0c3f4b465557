import { afterEach, describe, expect, it } from '@jest/globals';
import { readdirSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { bankFile } from '../helpers/fixtures.js';
import { cliEnv, PlainSession, runCli, tempDb } from '../helpers/cli.js';
import { freshDb } from '../helpers/fresh-db.js';
import { runCliInProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

const answers = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT COUNT(*) FROM review_log').pluck().get() as number;
  } finally {
    d.close();
  }
};
// Setting up answers and backups is not what these tests are about: it runs through main() in this
// process and on a copy of the first-run template; what doctor says and does runs the binary.
const study = (db: string, n: number) => runCliInProcess(['study', '--db', db, '--bank', 'test-bank'], { input: 'A\n'.repeat(n) + 'q\n' });
function bankPath(n = 6): string {
  const path = join(tempDir('doc'), 'bank.json');
  writeFileSync(path, JSON.stringify(bankFile(n)));
  return path;
}

/** A database with a backup holding 2 answers and 5 answers now. */
async function withBackup(): Promise<string> {
  const db = freshDb();
  const path = bankPath();
  await runCliInProcess(['import', path, '--db', db]);
  await study(db, 2);
  const file = bankFile(6);
  (file.questions as Record<string, unknown>[])[0]!.prompt = { en: 'Changed?', ko: '변경?' };
  writeFileSync(path, JSON.stringify(file));
  await runCliInProcess(['import', path, '--db', db]);
  await study(db, 3);
  return db;
}

describe('pmp doctor', () => {
  it('finds a healthy database healthy', () => {
    const r = runCli(['doctor', '--json', '--db', tempDb()]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ healthy: true, integrity: ['ok'], stateMismatches: 0, strayProgress: 0 });
  });

  it('notices a memory state that no longer matches the log, and --fix mends it after a backup', async () => {
    const db = freshDb();
    await runCliInProcess(['import', bankPath(), '--db', db]);
    await study(db, 3);
    const raw = new Database(db);
    raw.prepare(`UPDATE card_state SET stability = 42 WHERE phase != 'new'`).run();
    raw.close();
    const sick = runCli(['doctor', '--db', db]);
    expect(sick.code).toBe(4);
    expect(sick.stdout).toMatch(/✗ memory states of \d+ questions match a replay of the review log \([1-9]\d* differ\)/);
    expect(sick.stdout).toContain('pmp doctor --fix');
    const fixed = runCli(['doctor', '--fix', '--json', '--db', db]);
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout)).toMatchObject({ healthy: true, repaired: true });
    expect(JSON.parse(fixed.stdout).backups[0].reason).toBe('before-repair');
  });

  it('backs up before an import that changes a database with answers, keeping the newest five', async () => {
    const db = freshDb();
    const path = bankPath();
    runCli(['import', path, '--db', db]);
    await study(db, 2);
    for (let i = 0; i < 7; i++) {
      const file = bankFile(6);
      (file.questions as Record<string, unknown>[])[0]!.prompt = { en: `Reworded ${i}?`, ko: `바뀜 ${i}?` };
      writeFileSync(path, JSON.stringify(file));
      expect(runCli(['import', path, '--db', db]).code).toBe(0);
    }
    const backups = readdirSync(join(dirname(db), 'backups'));
    expect(backups).toHaveLength(5);
    expect(backups.every((b) => b.endsWith('-before-import.db'))).toBe(true);
  });

  it('restores a backup after keeping the current file, and refuses without --yes when not in a terminal', async () => {
    const db = await withBackup();
    expect(answers(db)).toBe(5);

    const listed = runCli(['doctor', '--restore', '--db', db]);
    expect(listed.code).toBe(2);
    expect(listed.stdout).toContain('before-import');
    expect(runCli(['doctor', '--restore', '1', '--db', db]).code).toBe(2);

    const restored = runCli(['doctor', '--restore', '1', '--yes', '--db', db]);
    expect(restored.code).toBe(0);
    expect(answers(db)).toBe(2);
    const kept = readdirSync(join(dirname(db), 'backups'));
    expect(kept.some((b) => b.endsWith('-before-restore.db'))).toBe(true);
  });

  it('on a damaged file, says so, points to the backups, and a restore brings the data back', async () => {
    const db = freshDb();
    const path = bankPath();
    runCli(['import', path, '--db', db]);
    await study(db, 2);
    writeFileSync(path, JSON.stringify(bankFile(7)));
    runCli(['import', path, '--db', db]);
    runCli(['rebuild', '--db', db]); // checkpoint the write-ahead log into the main file
    const raw = new Database(db);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    truncateSync(db, Math.floor(statSync(db).size / 3));
    const r = runCli(['doctor', '--db', db]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/pmp doctor --restore/);
    expect(runCli(['doctor', '--restore', '1', '--yes', '--db', db]).code).toBe(0);
    expect(answers(db)).toBe(2);
    expect(runCli(['doctor', '--db', db]).code).toBe(0);
  });

  afterEach(() => PlainSession.killAll());

  it('refuses to restore while a study session has the database open, and that session keeps every answer it saved', async () => {
    const db = await withBackup();
    const session = new PlainSession(['study', '--db', db, '--bank', 'test-bank', '--new', '6'], cliEnv());
    const screen = await session.waitFor(/answer> $/);

    const refused = runCli(['doctor', '--restore', '1', '--yes', '--db', db]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('Another pmp-study process (a study session or an exam) has');
    expect(refused.stderr).toContain('nothing was restored');

    session.send(PlainSession.answerFor(screen));
    await session.waitFor(/saved:/);
    session.end();
    expect(await session.exited).toBe(0);
    expect(answers(db)).toBe(6);
    // With the session gone the restore goes ahead.
    expect(runCli(['doctor', '--restore', '1', '--yes', '--db', db]).code).toBe(0);
    expect(answers(db)).toBe(2);
  });

  it('counts no empty file as a backup: restore refuses it, and it never pushes a good backup out', async () => {
    const db = await withBackup();
    const dir = join(dirname(db), 'backups');
    const good = readdirSync(dir);
    expect(good).toHaveLength(1);
    // What an older version left on a full disk: a 0-byte file with a newer backup's name.
    writeFileSync(join(dir, 'study-2099-01-01T00-00-00-000Z-before-import.db'), '');
    const r = runCli(['doctor', '--restore', '1', '--yes', '--db', db]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/is damaged itself/);
    expect(answers(db)).toBe(5);
    // Five more real backups: the empty one goes, and the first good one is among the five kept.
    const path = bankPath(7);
    for (let n = 7; n < 12; n++) {
      writeFileSync(path, JSON.stringify(bankFile(n)));
      expect(runCli(['import', path, '--db', db]).code).toBe(0);
    }
    const kept = readdirSync(dir);
    expect(kept).toHaveLength(5);
    expect(kept.some((name) => name.startsWith('study-2099'))).toBe(false);
    expect(kept.some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('does not start over on an emptied file while a backup holds the answers: says which backup, changes nothing, and the restore brings them back', async () => {
    const db = await withBackup();
    truncateSync(db, 0);
    for (const args of [['stats'], ['doctor'], ['study']]) {
      const r = runCli([...args, '--db', db]);
      expect({ args, code: r.code }).toEqual({ args, code: 4 });
      expect(r.stderr).toContain(`The database ${db} is empty (0 bytes), but backup 1 holds 2 answers`);
      expect(r.stderr).toContain('pmp doctor --restore 1');
      expect(statSync(db).size).toBe(0);
    }
    expect(runCli(['doctor', '--restore', '1', '--yes', '--db', db]).code).toBe(0);
    expect(answers(db)).toBe(2);
  });
});
