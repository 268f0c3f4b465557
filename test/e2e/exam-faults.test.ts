/**
 * A mock exam killed at random moments (SIGKILL, as when a terminal is closed hard) loses no answer
 * shown as saved, never damages the file, and --resume continues the same exam where it stopped.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { seededRandom } from '../../src/domain/random.js';
import { cliEnv, PlainSession, tempDb } from '../helpers/cli.js';

const KILLS = 50;
const PROMPT = /(answer|exam)> $/m;

interface Snapshot {
  readonly position: number;
  readonly atSectionEnd: boolean;
  readonly questions: readonly number[];
  readonly responses: readonly (string | null)[];
  readonly integrity: string;
}

function snapshot(path: string): Snapshot {
  const db = new Database(path);
  try {
    const items = db.prepare('SELECT question_pk, response FROM exam_items WHERE exam_id = 1 ORDER BY position').all() as { question_pk: number; response: string | null }[];
    return {
      position: db.prepare('SELECT position FROM exams WHERE id = 1').pluck().get() as number,
      atSectionEnd: db.prepare('SELECT at_section_end FROM exams WHERE id = 1').pluck().get() === 1,
      questions: items.map((i) => i.question_pk),
      responses: items.map((i) => i.response),
      integrity: db.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

const answered = (s: Snapshot) => s.responses.filter((r) => r !== null).length;

describe('a mock exam killed mid-way', () => {
  afterEach(() => PlainSession.killAll());

  it(`keeps every saved answer, never damages the file, and resumes the same exam, over ${KILLS} SIGKILLs at random moments`, async () => {
    const db = tempDb();
    const env = cliEnv({ PMP_NOW: '2026-11-25T09:00:00Z' });
    const random = seededRandom(20261126);
    let first: Snapshot | undefined;
    let kills = 0;
    for (; kills < KILLS; kills++) {
      const before = first ? snapshot(db) : undefined;
      const session = new PlainSession(first ? ['exam', '--resume', '--db', db] : ['exam', '--db', db, '--seed', '11'], env);
      let screen = await session.waitFor(PROMPT);
      if (before) {
        // The same exam, at the question where it stopped, with every answer kept.
        expect(session.stdout).toMatch(new RegExp(`Resuming mock exam 1: question ${before.position} of 180`));
        if (before.atSectionEnd) expect(screen).toMatch(/End of section/);
        else expect(screen).toMatch(new RegExp(`^\\[${before.position}/180 · `, 'm'));
      }
      first ??= snapshot(db);
      const actions = Math.floor(random() * 4);
      for (let k = 0; k <= actions; k++) {
        if (k > 0) screen = await session.waitFor(PROMPT);
        if (/exam> $/.test(screen)) {
          session.send('n'); // a section end: go on without the break
          continue;
        }
        session.send(PlainSession.answerFor(screen));
        if (k < actions) await session.waitFor(/^saved: .*$/m);
      }
      // The last answer is in flight: kill somewhere between sending it and well after its commit.
      await new Promise((r) => setTimeout(r, Math.floor(random() * 25)));
      const saved = (session.stdout.match(/^saved: /gm) ?? []).length;
      session.kill('SIGKILL');
      await session.exited;

      const after = snapshot(db);
      expect(after.integrity).toBe('ok');
      expect(after.questions).toEqual(first.questions);
      const stored = answered(after) - (before ? answered(before) : 0);
      // Every answer shown as saved is there; at most one more, committed just before the kill.
      expect(stored).toBeGreaterThanOrEqual(saved);
      expect(stored).toBeLessThanOrEqual(saved + 1);
      // Answers given before this run are untouched.
      if (before) before.responses.forEach((r, i) => r !== null && expect(after.responses[i]).toBe(r));
    }
    expect(kills).toBe(KILLS);
    // After all that, the exam still submits and its answers reach the log.
    const end = new PlainSession(['exam', '--resume', '--db', db], env);
    await end.waitFor(PROMPT);
    end.send('submit'); // asked again when questions are unanswered
    end.send('submit');
    expect(await end.exited).toBe(0);
    expect(end.stdout).toMatch(/submitted/);
    const log = new Database(db, { readonly: true });
    expect(log.prepare(`SELECT COUNT(*) FROM review_log WHERE mode = 'exam'`).pluck().get()).toBe(answered(snapshot(db)));
    log.close();
  }, 240_000);
});
