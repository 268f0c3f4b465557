/**
 * A class from nothing, on a real PostgreSQL, through the real binary: init, invite, join, sync,
 * assign, remove; sync repeated, from a restored backup, and killed mid-sync; a server that is down.
 */
import { CLASS_SCHEMA_VERSION } from '../../src/storage/class/schema.js';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { BIN, cliEnv, runCli } from '../helpers/cli.js';
import { writeHistory } from '../helpers/history.js';
import { createTrainer, describeWithPostgres, startPostgres, type PgServer } from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp.js';
import { T0, DAY, bankFile } from '../helpers/fixtures.js';
import { DEFAULT_FSRS_WEIGHTS } from '../../src/domain/scheduler.js';

const TRAINER_PW = 'trainer-secret-7';

describeWithPostgres('a class on a real PostgreSQL, through the binary', () => {
  let server: PgServer;
  let su: pg.Client;
  let dir: string;
  let env: Record<string, string>;
  const trainerDb = () => join(dir, 'trainer.db');
  const trainerUrl = () => server.url('pmpclass', 'trainer', TRAINER_PW);
  const pmp = (args: string[], extra: Record<string, string> = {}, input = '') => runCli(args, { env: { ...env, ...extra }, input });

  beforeAll(async () => {
    server = await startPostgres();
    // A trainer who is not a superuser: it owns the class's database and may create roles.
    await createTrainer(server, { database: 'pmpclass', password: TRAINER_PW });
    su = new pg.Client({ connectionString: server.url('pmpclass') });
    await su.connect();
    dir = tempDir('class');
    env = cliEnv({ PMP_NOW: new Date(T0 + 40 * DAY).toISOString() });
  }, 60_000);
  afterAll(async () => {
    await su?.end();
    server?.stop();
  });

  async function serverAnswers(learnerRole: string): Promise<string[]> {
    const r = await su.query(`SELECT replace(uid::text, '-', '') AS uid FROM pmp_class.answers WHERE learner = $1 ORDER BY uid`, [learnerRole]);
    return r.rows.map((x: { uid: string }) => x.uid);
  }
  function localUids(dbPath: string): string[] {
    const db = new Database(dbPath, { readonly: true });
    const uids = db.prepare('SELECT uid FROM answer_uids ORDER BY uid').pluck().all() as string[];
    db.close();
    return uids;
  }
  async function invite(name: string): Promise<{ code: string; role: string }> {
    const r = pmp(['--db', trainerDb(), 'class', 'invite', name, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { joinCode: string; role: string };
    return { code: j.joinCode, role: j.role };
  }

  test('class init makes the schema, is idempotent, keeps the URL 0600 and never prints the password', () => {
    const first = pmp(['--db', trainerDb(), 'class', 'init', '--url', trainerUrl()]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`version 0 → ${CLASS_SCHEMA_VERSION}`));
    const again = pmp(['--db', trainerDb(), 'class', 'init'], { PMP_CLASS_URL: trainerUrl() });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`up to date \\(version ${CLASS_SCHEMA_VERSION}\\)`));
    for (const r of [first, again]) expect(r.stdout + r.stderr).not.toContain(TRAINER_PW);
    const file = `${trainerDb()}.class-trainer.json`;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ user: 'trainer', database: 'pmpclass', port: server.port });
  });

  test('a wrong password or a bad URL: a clear line naming the server, never the password, exit 6 / 2', () => {
    const wrong = pmp(['--db', join(dir, 'x.db'), 'class', 'init', '--url', server.url('pmpclass', 'trainer', 'nope-wrong-pw')]);
    expect(wrong.code).toBe(6);
    expect(wrong.stderr).toContain(`trainer@127.0.0.1:${server.port}/pmpclass`);
    expect(wrong.stderr).not.toContain('nope-wrong-pw');
    // sslmode is honoured: this server has no TLS, so require must fail rather than fall back.
    const tls = pmp(['--db', join(dir, 'x.db'), 'class', 'init', '--url', `${trainerUrl()}?sslmode=require`]);
    expect(tls.code).toBe(6);
    expect(tls.stderr).toMatch(/secure connection .* failed: The server does not support SSL/);
    expect(tls.stderr).not.toContain(TRAINER_PW);
    const bad = pmp(['--db', join(dir, 'x.db'), 'class', 'init', '--url', 'http://a:hunter2@x/y']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('hunter2');
  });

  test('invite prints the join code once; join keeps it 0600; sync sends every answer once, twice in a row adds nothing', async () => {
    const ana = await invite('ana');
    expect(ana.code).toMatch(/^pmp1\.[A-Za-z0-9_-]+$/);
    const anaDb = join(dir, 'ana.db');
    await writeHistory(anaDb, 5, 12);
    const joined = pmp(['--db', anaDb, 'class', 'join', ana.code]);
    expect(joined.code).toBe(0);
    expect(joined.stdout + joined.stderr).not.toContain(ana.code);
    expect(statSync(`${anaDb}.class.json`).mode & 0o777).toBe(0o600);

    const first = pmp(['--db', anaDb, 'sync', '--json']);
    expect(first.code).toBe(0);
    const r1 = JSON.parse(first.stdout) as { answersSent: number; answersNew: number; statesSent: number };
    expect(r1.answersSent).toBe(60);
    expect(r1.answersNew).toBe(60);
    expect(r1.statesSent).toBeGreaterThan(0);
    expect(await serverAnswers(ana.role)).toEqual(localUids(anaDb));

    const second = JSON.parse(pmp(['--db', anaDb, 'sync', '--json']).stdout) as { answersSent: number };
    expect(second.answersSent).toBe(0);
    expect(await serverAnswers(ana.role)).toHaveLength(60);
    const states = await su.query('SELECT COUNT(*)::int AS n FROM pmp_class.card_states WHERE learner = $1', [ana.role]);
    expect(states.rows[0].n).toBe(r1.statesSent);
  }, 60_000);

  test('pmp rebuild under new FSRS weights marks every memory state to be sent again; the next sync brings the server up to date', async () => {
    const anaDb = join(dir, 'ana.db');
    const role = JSON.parse(readFileSync(`${anaDb}.class.json`, 'utf8')).user as string;
    // As pmp optimize adopts fitted weights (then replays the log with them).
    const raw = new Database(anaDb);
    const weights = [...DEFAULT_FSRS_WEIGHTS].map((w, i) => (i < 4 ? w * 3 : w));
    raw.prepare(`INSERT INTO settings (key, value) VALUES ('fsrsParameters', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
      JSON.stringify({ weights, adoptedAt: new Date(T0).toISOString(), fittedReviews: 600, heldOutReviews: 100, logLossBefore: 0.5, logLossAfter: 0.45 }),
    );
    raw.close();
    expect(pmp(['--db', anaDb, 'rebuild']).code).toBe(0);
    const local = () => {
      const db = new Database(anaDb, { readonly: true });
      const rows = db.prepare(`SELECT q.question_id AS q, cs.stability AS s FROM card_state cs JOIN questions q ON q.pk = cs.question_pk WHERE cs.last_review_at IS NOT NULL ORDER BY q.question_id`).all() as { q: string; s: number }[];
      db.close();
      return rows;
    };
    const onServer = async () =>
      (await su.query('SELECT question_id AS q, stability AS s FROM pmp_class.card_states WHERE learner = $1 ORDER BY question_id', [role])).rows as { q: string; s: number }[];
    expect(await onServer()).not.toEqual(local()); // stale until the next sync
    const synced = JSON.parse(pmp(['--db', anaDb, 'sync', '--json']).stdout) as { answersSent: number; statesSent: number };
    expect(synced.answersSent).toBe(0);
    expect(synced.statesSent).toBe(local().length);
    expect(await onServer()).toEqual(local());
    // Sent once: the following sync has nothing to send.
    expect(JSON.parse(pmp(['--db', anaDb, 'sync', '--json']).stdout)).toMatchObject({ statesSent: 0 });
  }, 60_000);

  test('from a restored backup: nothing doubled, and the answers given after the restore arrive', async () => {
    const ben = await invite('ben');
    const benDb = join(dir, 'ben.db');
    await writeHistory(benDb, 3, 10);
    expect(pmp(['--db', benDb, 'class', 'join', ben.code]).code).toBe(0);
    const backup = join(dir, 'ben-backup.db');
    copyFileSync(benDb, backup); // taken before the first sync: its marks are all zero
    expect(pmp(['--db', benDb, 'sync']).code).toBe(0);
    expect(await serverAnswers(ben.role)).toHaveLength(30);

    // The learner restores the backup and studies on: the new answers reuse the lost rows' ids.
    copyFileSync(backup, benDb);
    const raw = new Database(benDb);
    raw.prepare(`INSERT INTO review_log (question_pk, key_version, answered_at, response, correct, elapsed_ms, rating) SELECT question_pk, key_version, ?, response, 0, 5000, 1 FROM review_log ORDER BY id LIMIT 4`).run(T0 + 10 * DAY);
    raw.close();
    const again = pmp(['--db', benDb, 'sync', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ answersSent: 34, answersNew: 4 });
    expect(await serverAnswers(ben.role)).toEqual(localUids(benDb));
  }, 60_000);

  test('a sync killed with SIGKILL at any batch, then run again, leaves exactly the local answers on the server', async () => {
    const cy = await invite('cy');
    const cyDb = join(dir, 'cy.db');
    await writeHistory(cyDb, 4, 30);
    expect(pmp(['--db', cyDb, 'class', 'join', cy.code]).code).toBe(0);
    for (const killAfter of [1, 3]) {
      const child = spawn(process.execPath, [BIN, '--db', cyDb, 'sync'], { env: { ...env, PMP_SYNC_BATCH: '10', PMP_SYNC_TRACE: '1', PMP_SYNC_PAUSE_MS: '5000' } });
      let seen = 0;
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      child.stderr.on('data', (chunk: Buffer) => {
        seen += (chunk.toString().match(/^sync: \d+ sent$/gm) ?? []).length;
        if (seen >= killAfter) child.kill('SIGKILL');
      });
      const signal = await exited;
      expect(signal).toBe('SIGKILL');
      const onServer = await serverAnswers(cy.role);
      expect(new Set(onServer).size).toBe(onServer.length);
      expect(onServer.length).toBeLessThan(120);
    }
    // And at moments not tied to a batch: wherever the kill lands, nothing is doubled.
    for (const afterMs of [300, 900]) {
      const child = spawn(process.execPath, [BIN, '--db', cyDb, 'sync'], { env: { ...env, PMP_SYNC_BATCH: '3' } });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      await exited;
      clearTimeout(timer);
      const onServer = await serverAnswers(cy.role);
      expect(new Set(onServer).size).toBe(onServer.length);
    }
    const finish = pmp(['--db', cyDb, 'sync'], { PMP_SYNC_BATCH: '10' });
    expect(finish.code).toBe(0);
    expect(await serverAnswers(cy.role)).toEqual(localUids(cyDb));
  }, 90_000);

  test('assign publishes a bank that the learner imports on the next sync', async () => {
    const bank = bankFile(3, { id: 'class-week-1', title: { en: 'Week 1', ko: '1주차' } });
    const file = join(dir, 'week1.json');
    writeFileSync(file, JSON.stringify(bank));
    const assigned = pmp(['--db', trainerDb(), 'class', 'assign', file]);
    expect(assigned.stderr).toMatch(/class-week-1 \(3 questions\)/);
    expect(assigned.code).toBe(0);
    const synced = pmp(['--db', join(dir, 'ana.db'), 'sync', '--json']);
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout).banksImported).toEqual(['class-week-1']);
    expect(JSON.parse(pmp(['--db', join(dir, 'ana.db'), 'sync', '--json']).stdout).banksImported).toEqual([]);
    const banks = pmp(['--db', join(dir, 'ana.db'), 'banks', '--json']);
    expect(banks.stdout).toContain('class-week-1');

    // pmp study --sync sends the session's answers at its end.
    const anaRole = JSON.parse(readFileSync(join(dir, 'ana.db.class.json'), 'utf8')).user as string;
    const study = pmp(['--db', join(dir, 'ana.db'), 'study', '--bank', 'class-week-1', '--limit', '2', '--plain', '--sync'], {}, 'A\nA\n');
    expect(study.code).toBe(0);
    expect(study.stderr).toMatch(/Synced with .*: 2 answers sent \(2 new/);
    expect(await serverAnswers(anaRole)).toEqual(localUids(join(dir, 'ana.db')));
  }, 60_000);

  test('a server that is down: one line naming it, exit 6, in a few seconds; study goes on', () => {
    const db = join(dir, 'ana.db');
    const kept = readFileSync(`${db}.class.json`, 'utf8');
    const address = JSON.parse(kept) as Record<string, unknown>;
    writeFileSync(`${db}.class.json`, JSON.stringify({ ...address, port: 1 }), { mode: 0o600 });
    try {
      const started = Date.now();
      const r = pmp(['--db', db, 'sync']);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(r.code).toBe(6);
      expect(r.stderr).toMatch(/cannot be reached/);
      expect(r.stderr).not.toContain(String(address.password));
      const study = pmp(['--db', db, 'study', '--bank', 'class-week-1', '--limit', '1', '--plain', '--sync'], {}, 'A\n');
      expect(study.code).toBe(0);
      expect(study.stdout).toMatch(/^saved:/m);
      expect(study.stderr).toMatch(/The session is saved; the sync did not happen:\nerror: The class server .* cannot be reached/);
    } finally {
      writeFileSync(`${db}.class.json`, kept, { mode: 0o600 });
    }
  }, 60_000);

  test('remove revokes the role (it can no longer sign in) and deletes its rows', async () => {
    const ben = JSON.parse(readFileSync(join(dir, 'ben.db.class.json'), 'utf8')) as { user: string; password: string };
    const r = pmp(['--db', trainerDb(), 'class', 'remove', 'ben']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/34 synced answers/);
    expect(await serverAnswers(ben.user)).toEqual([]);
    const login = new pg.Client({ connectionString: server.url('pmpclass', ben.user, ben.password) });
    await expect(login.connect()).rejects.toThrow();
    const sync = pmp(['--db', join(dir, 'ben.db'), 'sync']);
    expect(sync.code).toBe(6);

    // Invited again, ben's next sync sends everything again: the server no longer had any of it.
    const again = await invite('ben');
    expect(pmp(['--db', join(dir, 'ben.db'), 'class', 'join', again.code]).code).toBe(0);
    expect(JSON.parse(pmp(['--db', join(dir, 'ben.db'), 'sync', '--json']).stdout)).toMatchObject({ answersSent: 34, answersNew: 34 });
    expect(await serverAnswers(again.role)).toEqual(localUids(join(dir, 'ben.db')));
  }, 60_000);
});
