/**
 * pmp class report over three learners synced to a real PostgreSQL: the readiness it shows for a
 * learner is the one that learner's own `pmp readiness` shows (the same code), and the HTML page
 * renders in a real headless chromium without console errors.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { joinClass, syncWithClass } from '../../src/app/class/sync.js';
import { assignBank, initClass, inviteLearner } from '../../src/app/class/trainer.js';
import { fixedClock } from '../../src/app/ports.js';
import { runExam } from '../../src/app/exam-session.js';
import { idleTimers, wrongEverywhere } from '../helpers/exam-ui.js';
import { startExam } from '../../src/app/exam-start.js';
import { loadOutlines } from '../../src/app/outlines.js';
import type { Outline } from '../../src/domain/outline.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { openDatabase } from '../../src/storage/database.js';
import { renderPage, testWithChromium } from '../helpers/chromium.js';
import { cliEnv, runCli } from '../helpers/cli.js';
import { DAY, movableClock, T0 } from '../helpers/fixtures.js';
import { writeHistory } from '../helpers/history.js';
import { createTrainer, describeWithPostgres, startPostgres, type PgServer } from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp.js';

const NOW = T0 + 8 * DAY + 3 * 3_600_000;
const LEARNERS = [
  { name: 'ana', days: 8, perDay: 12 },
  { name: 'ben', days: 6, perDay: 12 },
  { name: 'cy', days: 2, perDay: 4 },
] as const;



describeWithPostgres('pmp class report over three synced learners', () => {
  let server: PgServer;
  let dir: string;
  let env: Record<string, string>;
  const trainerDb = () => join(dir, 'trainer.db');
  const pmp = (args: string[]) => runCli(args, { env });

  beforeAll(async () => {
    server = await startPostgres();
    const trainerUrl = await createTrainer(server, { database: 'cls', password: 'tpw' });
    dir = tempDir('report');
    env = cliEnv({ PMP_NOW: new Date(NOW).toISOString(), TZ: 'UTC' });
    await initClass(trainerDb(), trainerUrl);
    // The learners study the bundled banks: the class assigns the same files.
    for (const f of readdirSync('questions').filter((x) => x.endsWith('.json'))) await assignBank(trainerDb(), join('questions', f));
    for (const l of LEARNERS) {
      const code = (await inviteLearner(trainerDb(), l.name)).joinCode;
      const path = join(dir, `${l.name}.db`);
      await writeHistory(path, l.days, l.perDay);
      await joinClass(path, code);
      const db = openDatabase(path);
      try {
        if (l.name === 'ana') {
          // A mock exam in the window: the class report must move her estimate as pmp readiness does.
          const clock = movableClock(NOW - 3_600_000);
          const outline = loadOutlines().get('eco-2026') as Outline;
          const { examId } = startExam(db, clock, { outline, scheduler: createScheduler(), questions: 120, minutes: 180, seed: 3 });
          await runExam({ db, clock, monotonicMs: clock.now, scheduler: createScheduler(), ui: wrongEverywhere(), timers: idleTimers }, examId);
        }
        await syncWithClass(db, path, fixedClock(NOW, 0));
      } finally {
        db.close();
      }
    }
  }, 120_000);
  afterAll(() => server?.stop());

  test("a learner's readiness in the class report is the one their own pmp readiness shows", () => {
    const r = pmp(['--db', trainerDb(), 'class', 'report', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const ana = report.learners.find((l: { name: string }) => l.name === 'ana');
    const own = JSON.parse(pmp(['--db', join(dir, 'ana.db'), 'readiness', '--json']).stdout);
    expect(own.status).toBe('ready');
    expect(ana.readiness.status).toBe('ready');
    expect(own.mocks?.mocks).toBe(1);
    expect(ana.readiness.mocks).toMatchObject({ mocks: 1, answered: own.mocks.answered, right: own.mocks.right });
    expect(ana.readiness.overall.expected).toBeCloseTo(own.overall.expected, 9);
    expect(ana.readiness.overall.low).toBeCloseTo(own.overall.low, 9);
    expect(ana.readiness.overall.high).toBeCloseTo(own.overall.high, 9);
    for (const d of own.domains) {
      expect(ana.readiness.domains.find((x: { domain: string }) => x.domain === d.domain).expected).toBeCloseTo(d.expected, 9);
    }
    expect(ana).toMatchObject({ lastStudyDay: '2026-12-03', streak: 9 });
    expect(ana.exams).toHaveLength(1);
    expect(report.learners.find((l: { name: string }) => l.name === 'cy').readiness.status).toBe('too-little-data');
    expect(report.weakestTasks.length).toBeGreaterThan(0);
    expect(report.items.length).toBeGreaterThan(0);
  });

  test('the terminal report names every learner with their range; --csv has one row per learner', () => {
    const text = pmp(['--db', trainerDb(), 'class', 'report']);
    expect(text.code).toBe(0);
    for (const l of LEARNERS) expect(text.stdout).toMatch(new RegExp(`^${l.name}\\s`, 'm'));
    expect(text.stdout).toMatch(/^ana .*\d+% \(\d+–\d+%\)/m);
    expect(text.stdout).toContain('Weakest tasks of the class');
    const csv = pmp(['--db', trainerDb(), 'class', 'report', '--csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^learner,last_study_day,answers_7d,answers_30d/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['ana', 'ben', 'cy']);
    expect(pmp(['--db', trainerDb(), 'class', 'report', '--csv', '--json']).code).toBe(2);
  });

  testWithChromium('the HTML page renders in headless chromium: no console errors, charts drawn, a screenshot taken', () => {
    const file = join(dir, 'class.html');
    const r = pmp(['--db', trainerDb(), 'class', 'report', '--html', file]);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\/|src=/i);
    const page = renderPage(file);
    expect(page.consoleLines).toEqual([]);
    expect(page.dom).toContain('<svg');
    for (const l of LEARNERS) expect(page.dom).toContain(`>${l.name}<`);
    expect((page.dom.match(/<rect /g) ?? []).length).toBe(3 * 84);
    expect(statSync(page.screenshot).size).toBeGreaterThan(5_000);
    expect(readFileSync(page.screenshot).subarray(1, 4).toString()).toBe('PNG');
  }, 90_000);

  test('without a class set up from this database: exit 2 and how to set one up', () => {
    const r = pmp(['--db', join(dir, 'nobody.db'), 'class', 'report']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pmp class init --url');
  });
});
