/** pmp exam driven through a pipe, as a script or a screen reader would: a short exam from start to report. */
import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, PlainSession, runCli, tempDb, withoutFirstRun } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const PROMPT = /(answer|exam)> $/m;
const env = () => cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' });

function query<T>(path: string, sql: string): T {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T;
  } finally {
    db.close();
  }
}

/** Answers every question; at a section end takes the break once and skips it once; at the end submits. */
async function sitExam(s: PlainSession): Promise<string> {
  let breaks = 0;
  for (let i = 0; i < 40; i++) {
    const screen = await s.waitFor(PROMPT);
    if (/answer> $/.test(screen)) {
      s.send(PlainSession.answerFor(screen));
      await s.waitFor(/^saved: .*$/m);
    } else if (/End of section/.test(screen)) {
      s.send(breaks++ === 0 ? 'break' : 'n');
      if (breaks === 1) {
        await s.waitFor(/Break: up to 10 minutes/);
        s.send('');
      }
    } else {
      s.send('submit');
      break;
    }
  }
  return s.stdout;
}

describe('pmp exam in plain mode', () => {
  afterEach(() => PlainSession.killAll());

  it('sits a 12-question exam: time shown, sections, a break, submission, score report, review and list', async () => {
    const db = tempDb();
    const e = env();
    const s = new PlainSession(['exam', '--db', db, '--questions', '12', '--minutes', '20', '--seed', '4'], e);
    await sitExam(s);
    expect(await s.exited).toBe(0);
    const out = s.stdout;
    const flat = out.replace(/\n/g, ' ');
    expect(withoutFirstRun(s.stderr)).toBe('');
    expect(out).toMatch(/12 questions, 20 minutes/);
    expect(out).toMatch(/^\[1\/12 · 0:\d\d:\d\d left\] section 1 of 3 · [\w-]+\/[\w-]+$/m);
    expect(out).toMatch(/Break: up to 10 minutes/);
    expect(flat).toMatch(/Overall: \d+ of 12 scored questions right \(\d+%\) — (Above Target|Target|Below Target|Needs Improvement)/);
    expect(flat).toMatch(/Ratings assume a passing cut of 61%/);
    expect(out).toMatch(/Section 3 \(questions 9–12\)/);
    expect((out.match(/^saved: /gm) ?? []).length).toBe(12);

    const log = query<{ mode: string }[]>(db, 'SELECT mode FROM review_log');
    expect(log).toHaveLength(12);
    expect(log.every((r) => r.mode === 'exam')).toBe(true);
    expect(runCli(['rebuild', '--check', '--db', db], { env: e }).code).toBe(0);

    const list = JSON.parse(runCli(['exam', 'list', '--json', '--db', db], { env: e }).stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 1, outline: 'eco-2026', questions: 12, status: 'submitted' });
    const review = JSON.parse(runCli(['exam', 'review', '--json', '--db', db], { env: e }).stdout);
    expect(review.questions).toHaveLength(12);
    expect(review.breaks).toEqual([
      { afterQuestion: 4, taken: true, usedMs: expect.any(Number) },
      { afterQuestion: 8, taken: false, usedMs: 0 },
    ]);
    expect(review.score.scored + review.score.unscored).toBe(12);
    expect(review.prediction.questions).toBe(review.score.scored);
    expect(review.prediction.expected).toBeGreaterThan(0);
    expect(review.prediction.expected).toBeLessThan(1);
    const text = runCli(['exam', 'review', '1', '--db', db, '--cut', '70'], { env: e });
    expect(text.stdout.replace(/\n/g, ' ')).toMatch(/passing cut of 70%/);
    // The readiness check in words, over the questions answered; the scoring rules only with --details.
    expect(text.stdout.replace(/\s+/g, ' ')).toMatch(/Predicted \d+% on the \d+ questions you answered; you got \d+%\./);
    expect(text.stdout).not.toMatch(/Brier score \d/);
    expect(runCli(['exam', 'review', '1', '--details', '--db', db], { env: e }).stdout.replace(/\s+/g, ' ')).toMatch(/Brier score \d\.\d{3}, log loss \d\.\d{3}/);
    expect(text.stdout).toMatch(/── 12\/12 · /);
    expect(text.stdout).toMatch(/Why/);
  }, 60_000);

  it('stays in progress at the end of input; a new exam is refused; --resume goes on where it stopped; abandon gives it up', async () => {
    const db = tempDb();
    const e = env();
    const first = new PlainSession(['exam', '--db', db, '--questions', '12', '--seed', '9'], e);
    first.send(PlainSession.answerFor(await first.waitFor(PROMPT)));
    await first.waitFor(/^saved: /m);
    await first.waitFor(PROMPT);
    first.send('f');
    await first.waitFor(/flagged for review/);
    first.end();
    expect(await first.exited).toBe(0);
    expect(first.stdout).toMatch(/stays in progress/);
    const before = query<{ position: number; question_pk: number; response: string | null; flagged: number }[]>(db, 'SELECT position, question_pk, response, flagged FROM exam_items ORDER BY position');

    const again = runCli(['exam', '--db', db], { env: e });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/in progress.*\n.*pmp exam --resume/);

    const resumed = runCli(['exam', '--resume', '--db', db], { env: e, input: 'r\n' });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/Resuming mock exam 1: question 2 of 12/);
    expect(resumed.stdout).toMatch(/^\[2\/12 · .* ⚑ flagged$/m);
    expect(resumed.stdout).toMatch(/Unanswered: 2, 3, 4/);
    expect(query(db, 'SELECT position, question_pk, response, flagged FROM exam_items ORDER BY position')).toEqual(before);

    expect(runCli(['exam', 'abandon', '--db', db], { env: e }).stdout).toMatch(/given up/);
    expect(query<unknown[]>(db, 'SELECT * FROM review_log')).toEqual([]);
    expect(runCli(['exam', 'review', '--db', db], { env: e }).code).toBe(2);
  }, 60_000);

  it('refuses the 2021 outline that no bundled bank follows: clear message, exit 1, no exam written', () => {
    const db = tempDb();
    const r = runCli(['exam', '--eco', '2021', '--db', db], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/eco-2021 outline/);
    expect(query<unknown[]>(db, 'SELECT * FROM exams')).toEqual([]);
    expect(runCli(['exam', '--eco', '1999', '--db', db], { env: env() }).code).toBe(2);
  });

  /** A trainer's bank file: `domains[i]` is question i's domain; odd questions are tagged week-2, even ones week-1. */
  function trainerBank(dir: string, id: string, domains: readonly string[]): string {
    const file = join(dir, `${id}.json`);
    const text = (en: string) => ({ en });
    writeFileSync(
      file,
      JSON.stringify({
        format: 'pmp-bank/1',
        id,
        title: text(`Trainer bank ${id}`),
        version: '1.0.0',
        outline: 'eco-2026',
        languages: ['en'],
        questions: domains.map((domain, i) => ({
          id: `${id}-${i + 1}`,
          type: 'single',
          prompt: text(`${id}: situation ${i + 1} in the ${domain} domain. What should the project manager do first?`),
          options: ['a', 'b', 'c', 'd'].map((o) => ({ id: o, text: text(`Course of action ${o} for situation ${i + 1} of ${id}`) })),
          answer: ['a', 'b', 'c', 'd'][i % 4],
          explanation: text(`Because of situation ${i + 1}.`),
          eco: { domain, task: 1 + (i % 5) },
          approach: i % 2 === 0 ? 'agile' : 'predictive',
          difficulty: 2,
          tags: [i % 2 === 0 ? 'week-1' : 'week-2'],
        })),
      }),
    );
    return file;
  }

  it('draws from a trainer\'s banks and tags only: per-domain shortfall, the largest exam that fits, the slice kept on resume, a note in the report', async () => {
    const db = tempDb();
    const e = env();
    const dir = tempDir('trainer');
    const course = trainerBank(dir, 'trainer-course', [...Array(12).fill('people'), ...Array(12).fill('process'), ...Array(12).fill('business-environment')]);
    const people = trainerBank(dir, 'trainer-people', Array(30).fill('people'));
    expect(runCli(['import', course, people, '--db', db], { env: e }).code).toBe(0);

    // A People-only bank: the message names what is really missing (it does hold eco-2026 questions).
    const refused = runCli(['exam', '--bank', 'trainer-people', '--db', db], { env: e });
    expect(refused.code).toBe(1);
    const said = refused.stderr.replace(/\s+/g, ' ');
    expect(said).not.toMatch(/None of your banks/);
    expect(said).toMatch(/The chosen slice \(--bank trainer-people\) holds eco-2026 questions \(People 30\) but none for Process and Business Environment/);
    expect(said).toMatch(/Process needs 74, has 0 \(74 missing\); Business Environment needs 47, has 0 \(47 missing\)/);
    expect(query<unknown[]>(db, 'SELECT * FROM exams')).toEqual([]);
    expect(runCli(['exam', '--bank', 'no-such-bank', '--db', db], { env: e }).code).toBe(2);

    // Week 1 of the course: 6 questions per domain, so 30 wanted questions cannot all be drawn.
    const first = new PlainSession(['exam', '--db', db, '--bank', 'trainer-course', 'trainer-people', '--tag', 'week-1', '--questions', '30', '--seed', '5'], e);
    first.send(PlainSession.answerFor(await first.waitFor(PROMPT)));
    await first.waitFor(/^saved: /m);
    first.end();
    expect(await first.exited).toBe(0);
    const start = first.stdout.replace(/\s+/g, ' ');
    expect(start).toMatch(/Drawn only from --bank trainer-course trainer-people --tag week-1\./);
    const drawn = Number(/Drawn instead: the largest exam in its proportions, (\d+) questions\./.exec(start)?.[1]);
    expect(start).toMatch(/The banks cannot fill the 30-question blueprint: .*Process needs 12, has 6 \(6 missing\)/);
    expect(start).toMatch(new RegExp(`Mock exam 1 \\(eco-2026\\): ${drawn} questions`));
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(30);
    const items = query<{ id: string; bank_id: string; tags: string }[]>(db, 'SELECT q.question_id AS id, q.bank_id, q.tags FROM exam_items i JOIN questions q ON q.pk = i.question_pk ORDER BY i.position');
    expect(items).toHaveLength(drawn);
    expect(items.every((i) => i.bank_id === 'trainer-course' || i.bank_id === 'trainer-people')).toBe(true);
    expect(items.every((i) => JSON.parse(i.tags).includes('week-1'))).toBe(true);

    // --resume takes no slice options: it keeps the one the exam was drawn from.
    expect(runCli(['exam', '--resume', '--bank', 'trainer-people', '--db', db], { env: e }).code).toBe(2);
    const resumed = runCli(['exam', '--resume', '--db', db], { env: e, input: 'submit\nsubmit\n' });
    expect(resumed.code).toBe(0);
    const report = resumed.stdout.replace(/\s+/g, ' ');
    expect(report).toMatch(/Resuming mock exam 1: question 2 of/);
    expect(report).toMatch(/Drawn only from --bank trainer-course trainer-people --tag week-1\./);
    expect(report).toMatch(/Shortfall: The banks cannot fill the 30-question blueprint: .*Process needs 12, has 6 \(6 missing\)/);
    expect(report).toMatch(/Overall: \d+ of \d+ scored questions right/);
    expect(query(db, 'SELECT q.question_id AS id, q.bank_id, q.tags FROM exam_items i JOIN questions q ON q.pk = i.question_pk ORDER BY i.position')).toEqual(items);

    const json = JSON.parse(runCli(['exam', 'review', '--json', '--db', db], { env: e }).stdout);
    expect(json.slice).toEqual({ banks: ['trainer-course', 'trainer-people'], tags: ['week-1'] });
    expect(json.shortfall.requested).toBe(30);
    expect(json.shortfall.drawn).toBe(drawn);
    expect(json.shortfall.domains).toContainEqual({ domain: 'process', wanted: 12, available: 6, missing: 6 });
    expect(json.questions).toHaveLength(drawn);
    const text = runCli(['exam', 'review', '--db', db], { env: e }).stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/Shortfall: .*Process needs 12, has 6 \(6 missing\)/);
  }, 60_000);
  it('--domain: a mock of the one domain a trainer\'s bank covers, in that domain\'s share; other domains refused; kept on resume', async () => {
    const db = tempDb();
    const e = env();
    const people = trainerBank(tempDir('trainer'), 'trainer-people', Array(30).fill('people'));
    expect(runCli(['import', people, '--db', db], { env: e }).code).toBe(0);

    // The share of People in 180 questions is 59; the bank has 30: the shortfall, then the exam that can be drawn.
    const s = new PlainSession(['exam', '--db', db, '--bank', 'trainer-people', '--domain', 'people', '--seed', '2'], e);
    s.send(PlainSession.answerFor(await s.waitFor(PROMPT)));
    await s.waitFor(/^saved: /m);
    s.end();
    expect(await s.exited).toBe(0);
    const start = s.stdout.replace(/\s+/g, ' ');
    expect(start).toMatch(/Drawn only from --bank trainer-people --domain people\./);
    expect(start).toMatch(/The banks cannot fill the 59-question blueprint: People needs 59, has 30 \(29 missing\)/);
    expect(start).toMatch(/Mock exam 1 \(eco-2026\): 30 questions, 40 minutes/);
    expect(s.stdout).not.toMatch(/None of your banks/);
    const items = query<{ domain: string }[]>(db, 'SELECT q.domain FROM exam_items i JOIN questions q ON q.pk = i.question_pk');
    expect(items).toHaveLength(30);
    expect(items.every((i) => i.domain === 'people')).toBe(true);
    expect(runCli(['exam', '--resume', '--domain', 'people', '--db', db], { env: e }).code).toBe(2);
    const resumed = runCli(['exam', '--resume', '--db', db], { env: e, input: 'submit\nsubmit\n' });
    expect(resumed.stdout.replace(/\s+/g, ' ')).toMatch(/Drawn only from --bank trainer-people --domain people\./);
    expect(JSON.parse(runCli(['exam', 'review', '--json', '--db', db], { env: e }).stdout).slice).toEqual({ banks: ['trainer-people'], tags: [], domain: 'people' });

    const business = runCli(['exam', '--bank', 'trainer-people', '--domain', 'business', '--db', db], { env: e });
    expect(business.code).toBe(1);
    expect(business.stderr.replace(/\s+/g, ' ')).toMatch(/The chosen slice \(--bank trainer-people --domain business-environment\) holds no questions tagged to the eco-2026 outline/);
    expect(runCli(['exam', '--domain', 'hr', '--db', db], { env: e }).code).toBe(2);
    expect(query<unknown[]>(db, 'SELECT * FROM exams')).toHaveLength(1);
  }, 60_000);
});
