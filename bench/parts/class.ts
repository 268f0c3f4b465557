/**
 * A class on a real PostgreSQL (issue 17, item 6): a simulated class of learners × a year of
 * answers, written straight into the server with generate_series; then, through the CLI, one
 * learner's first sync of 100,000 answers, a day's sync, and `pmp class report` with its memory.
 * Not available (with the reason) where PostgreSQL's server binaries are missing.
 *
 * PMP_BENCH_CLASS_LEARNERS (default 300) and PMP_BENCH_CLASS_PER_DAY (default 55 answers a day)
 * set the class's size: 300 × 365 × 55 ≈ 6 million answers. The server's summaries (class schema
 * step 2) are kept by its triggers as the answers go in, as they are when learners sync.
 *
 * The first sync: the learner's database holds 1,000,000 answers, of which the last 100,000 are
 * unsent; the server holds the one before them (a learner whose server holds none of their answers
 * would send all of them again, see app/class/sync.ts). The day's sync runs with PMP_SYNC_TRACE=1:
 * its note says where the time went.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { findPostgresBin, startPostgresIn } from '../../test/helpers/postgres-server.js';
import { generateBank } from '../data/bank.js';
import { PMP_BIN, timeRun, timeRunWithPeakMemory } from '../lib/processes.js';
import { thousands } from '../lib/report.js';
import type { BenchPart, Figure } from './part.js';

const DAY_MS = 86_400_000;
const FIRST_SYNC = 100_000;
const DAY_ANSWERS = 60;

export const classPart: BenchPart = {
  name: 'class',
  async run({ fixtures, log }) {
    const found = findPostgresBin();
    if (!('bin' in found)) return [{ label: 'class on PostgreSQL', value: null, unit: '', note: `not available: ${found.missing}` }];
    const learners = Number(process.env.PMP_BENCH_CLASS_LEARNERS ?? 300);
    const perDay = Number(process.env.PMP_BENCH_CLASS_PER_DAY ?? 55);
    // A folder of its own: the server runs as the postgres user, which cannot enter the bench's private folder.
    const base = mkdtempSync(join(tmpdir(), 'pmp-bench-pg-'));
    const server = await startPostgresIn(base);
    const figures: Figure[] = [];
    try {
      const admin = new pg.Client({ connectionString: server.url() });
      await admin.connect();
      await admin.query(`CREATE ROLE trainer LOGIN CREATEROLE PASSWORD 'bench'`);
      await admin.query('CREATE DATABASE cls OWNER trainer');
      await admin.end();
      const env = fixtures.env();
      const trainerDb = fixtures.newDbPath('class-trainer.db');
      const cli = (args: string[]) => {
        const r = timeRun([PMP_BIN, '--db', trainerDb, ...args], env);
        if (r.status !== 0) throw new Error(`pmp ${args.join(' ')}: ${r.stderr.slice(0, 300)}`);
        return r;
      };
      cli(['class', 'init', '--url', server.url('cls', 'trainer', 'bench')]);
      const bank = generateBank({ questions: 1000, seed: fixtures.options.seed, id: 'bench-class' });
      const bankFile = join(fixtures.options.dir, 'bench-class.json');
      writeFileSync(bankFile, JSON.stringify(bank));
      cli(['class', 'assign', bankFile]);

      // The class: learners, a year of answers each, and their memory states, straight into the tables.
      const ids = (bank.questions as { id: string }[]).map((q) => q.id);
      const now = Date.parse(fixtures.options.now);
      const perLearner = perDay * 365;
      log(`writing ${thousands(learners * perLearner)} answers of ${learners} learners into PostgreSQL`);
      const su = new pg.Client({ connectionString: server.url('cls') });
      await su.connect();
      const started = performance.now();
      await su.query(`INSERT INTO pmp_class.learners (name, role_name) SELECT 'l' || l, 'pmp_cls_l' || l FROM generate_series(1, $1) l`, [learners]);
      for (let l = 1; l <= learners; l++) {
        await su.query(
          `INSERT INTO pmp_class.answers (uid, learner, bank_id, question_id, mode, answered_at, correct, elapsed_ms, rating, predicted_recall, response)
           SELECT gen_random_uuid(), $1, 'bench-class', ($2::text[])[1 + (i * 7919 + $3) % $4], 'study',
                  $5::bigint + (i::bigint * ${DAY_MS} / $6), random() < 0.7, 4000 + (i % 50) * 100, 3, 0.5 + random() / 2, '{"type":"single","optionId":"a"}'
           FROM generate_series(0, $7 - 1) i`,
          [`pmp_cls_l${l}`, ids, l * 31, ids.length, now - 365 * DAY_MS, perDay, perLearner],
        );
        await su.query(
          `INSERT INTO pmp_class.card_states (learner, bank_id, question_id, phase, stability, difficulty, last_review_at, lapses)
           SELECT $1, 'bench-class', q, 'review', 5 + random() * 60, 5, $2::bigint - (random() * 20 * ${DAY_MS})::bigint, 0 FROM unnest($3::text[]) q`,
          [`pmp_cls_l${l}`, now, ids],
        );
      }
      await su.query('ANALYZE');
      const setUp = (performance.now() - started) / 1000;
      const size = (await su.query(`SELECT pg_size_pretty(pg_database_size('cls')) AS s`)).rows[0].s as string;
      await su.end();
      log(`written in ${setUp.toFixed(0)} s, database ${size}`);

      // One real learner: the big history database, with all but its last 100,000 answers marked as sent.
      const invite = JSON.parse(cli(['class', 'invite', 'bench', '--json']).stdout) as { joinCode: string };
      const learnerDb = fixtures.copyOf(fixtures.studyDb().path, 'class-learner.db');
      const joined = timeRun([PMP_BIN, '--db', learnerDb, 'class', 'join', invite.joinCode], env);
      if (joined.status !== 0) throw new Error(`join: ${joined.stderr.slice(0, 300)}`);
      const raw = new Database(learnerDb);
      const maxId = raw.prepare('SELECT MAX(id) FROM review_log').pluck().get() as number;
      const sentUpTo = maxId - FIRST_SYNC;
      raw.prepare(`INSERT INTO class_sync (key, value) VALUES ('answers', ?), ('states', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(sentUpTo, sentUpTo);
      const sentUid = raw.prepare('SELECT uid FROM answer_uids WHERE log_id = ?').pluck().get(sentUpTo) as string;
      raw.close();
      const role = (JSON.parse(readFileSync(`${learnerDb}.class.json`, 'utf8')) as { user: string }).user;
      const marker = new pg.Client({ connectionString: server.url('cls') });
      await marker.connect();
      await marker.query(
        `INSERT INTO pmp_class.answers (uid, learner, bank_id, question_id, mode, answered_at, correct, elapsed_ms, rating, response)
         VALUES ($1, $2, 'bench-class', 'sent-before', 'study', $3, true, 4000, 3, '{"type":"single","optionId":"a"}')`,
        [sentUid, role, now - 400 * DAY_MS],
      );
      await marker.end();
      const first = timeRun([PMP_BIN, '--db', learnerDb, 'sync', '--json'], env);
      const firstSent = first.status === 0 ? (JSON.parse(first.stdout) as { answersSent: number; statesSent: number }) : null;
      figures.push({
        label: `first sync of ${thousands(FIRST_SYNC)} answers (a learner's database of ${thousands(maxId)} rows; server ${thousands(learners * perLearner)} answers)`,
        value: firstSent && firstSent.answersSent === FIRST_SYNC ? first.ms / 1000 : null,
        unit: 's',
        target: { max: 10, unit: 's' },
        note: firstSent
          ? firstSent.answersSent === FIRST_SYNC
            ? `whole command; ${thousands(firstSent.statesSent)} memory states`
            : `not available: sent ${firstSent.answersSent} answers, not ${FIRST_SYNC}`
          : `not available: ${first.stderr.slice(0, 100)}`,
      });

      // A day's study: DAY_ANSWERS new answers, then sync.
      const day = new Database(learnerDb);
      day.prepare(`INSERT INTO review_log (question_pk, key_version, mode, answered_at, response, correct, elapsed_ms, rating)
                   SELECT question_pk, key_version, 'study', answered_at + ${DAY_MS}, response, correct, elapsed_ms, rating FROM review_log ORDER BY id DESC LIMIT ?`).run(DAY_ANSWERS);
      day.close();
      const load = loadavg()[0] ?? 0;
      const daily = timeRun([PMP_BIN, '--db', learnerDb, 'sync', '--json'], { ...env, PMP_SYNC_TRACE: '1' });
      const version = timeRun([PMP_BIN, '--version'], env);
      // "sync: connected at 212 ms, cpu 150 ms" …: when each step ended since the process started, and
      // the process's CPU time by then (which a busy machine stretches less than the wall clock).
      const steps = [...daily.stderr.matchAll(/^sync: (.+) at (\d+) ms, cpu (\d+) ms$/gm)].map((m) => ({ step: m[1] as string, ms: Number(m[2]), cpuMs: Number(m[3]) }));
      const stepsNote = steps.map((s) => `${s.step} ${s.ms}/${s.cpuMs}`).join(', ');
      const lastCpu = steps.length > 0 ? (steps[steps.length - 1] as { cpuMs: number }).cpuMs : NaN;
      figures.push({
        label: `a day's sync of one learner (${DAY_ANSWERS} answers; its database ${thousands(maxId + DAY_ANSWERS)} rows; server ${thousands(learners * perLearner + FIRST_SYNC + 1)} answers)`,
        value: daily.status === 0 ? daily.ms : null,
        unit: 'ms',
        target: { max: 200, unit: 'ms' },
        note:
          daily.status === 0
            ? `whole command, ${lastCpu} ms CPU, load ${load.toFixed(1)}; pmp --version alone ${version.ms.toFixed(0)} ms; steps ended at (ms wall/CPU since start): ${stepsNote}`
            : `not available: ${daily.stderr.slice(0, 100)}`,
      });

      log(`pmp class report over ${learners + 1} learners`);
      const report = timeRunWithPeakMemory([PMP_BIN, '--db', trainerDb, 'class', 'report', '--json'], env, fixtures.options.dir);
      const label = `pmp class report (${learners} learners × 1 year, ${thousands(learners * perLearner + FIRST_SYNC + DAY_ANSWERS + 1)} answers; server ${size})`;
      figures.push({
        label,
        value: report.status === 0 ? report.ms : null,
        unit: 'ms',
        target: { max: 2000, unit: 'ms' },
        note: report.status === 0 ? 'whole command' : `not available: exit ${report.status}, ${(report.stderr.trim().split('\n').pop() ?? '').slice(0, 120)}`,
      });
      figures.push({ label: 'pmp class report, peak memory', value: report.peakMb, unit: 'MB' });
      figures.push({ label: `setting up the class on the server (${learners} learners, ${thousands(learners * perLearner)} answers with their summaries)`, value: setUp, unit: 's' });
    } finally {
      // PMP_BENCH_CLASS_KEEP_SERVER=1 (with --keep) leaves the server running, to time the report's queries against it.
      if (process.env.PMP_BENCH_CLASS_KEEP_SERVER === '1') {
        log(`server kept running: ${server.url('cls')} (folder ${base}; stop: pg_ctl -D ${join(base, 'data')} stop)`);
      } else {
        server.stop();
        rmSync(base, { recursive: true, force: true });
      }
    }
    return figures;
  },
};
