import { describe, expect, it } from '@jest/globals';
import { createQueue } from '../../src/app/study-queue.js';
import { runStudySession, type StudyOptions } from '../../src/app/study-session.js';
import { reviewStretch, stretchedDueAt } from '../../src/domain/exam-retention.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { nextStudyDayStart } from '../../src/domain/study-day.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { bankFile, DAY, memoryDbWithBank, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';

const HOUR = 3_600_000;
const options = (over: Partial<StudyOptions> = {}): StudyOptions => ({ filter: {}, newPerDay: 0, seed: 3, reserveNew: true, ...over });
const scheduler = createScheduler();

/**
 * Six questions answered on day 0, then set to one memory: stability 10 days, due on day 10 by
 * FSRS; three of them have a lapse. The exam retention schedule (domain/exam-retention.ts) lets
 * the three without a lapse wait to recall 0.85 while the exam is far (19 days at default weights).
 */
async function sixReviews() {
  const db = memoryDbWithBank(parseBank(bankFile(6)));
  const clock = movableClock();
  await runStudySession({ db, clock, scheduler, ui: scriptedUi(Array.from({ length: 6 }, () => ({ answer: 'right' as const }))) }, options({ newPerDay: 6, reserveNew: false }));
  db.prepare("UPDATE card_state SET phase = 'review', stability = 10, last_review_at = ?, due_at = ?, lapses = CASE WHEN question_pk % 2 = 0 THEN 1 ELSE 0 END").run(T0, T0 + 10 * DAY);
  return { db, clock };
}

async function reviewsTaken(at: number, examAt?: number): Promise<number> {
  const { db, clock } = await sixReviews();
  clock.set(at);
  const ui = scriptedUi(Array.from({ length: 6 }, () => ({ answer: 'right' as const })));
  await runStudySession({ db, clock, scheduler, ui }, options(examAt === undefined ? {} : { examAt }));
  // The count shown above the first question says what the session will take.
  expect(ui.asked[0]?.waiting.review).toBe(ui.asked.length);
  return ui.asked.length;
}

describe('pmp study aimed at an exam date: the retention schedule', () => {
  it('lets due reviews of questions never forgotten wait while the exam is far, and takes every due review near it or without a date', async () => {
    const day12 = T0 + 12 * DAY;
    expect(await reviewsTaken(day12)).toBe(6); // no exam date: FSRS's dates
    expect(await reviewsTaken(day12, T0 + 60 * DAY)).toBe(3); // far: only the questions with a lapse
    expect(await reviewsTaken(day12, T0 + 22 * DAY)).toBe(6); // ten days before the exam: FSRS's dates
  });

  it('takes the waiting reviews on the day the policy says, in the store\'s query as in the domain', async () => {
    const examAt = T0 + 60 * DAY;
    const state = { dueAt: T0 + 10 * DAY, stability: 10, lastReviewAt: T0, lapses: 0 };
    const readyOn = (day: number) => {
      const at = T0 + day * DAY + HOUR;
      return stretchedDueAt(state, reviewStretch(60 - day, { curve: scheduler.curve })) < nextStudyDayStart(at, 0);
    };
    expect(readyOn(18)).toBe(false);
    expect(readyOn(19)).toBe(true);
    expect(await reviewsTaken(T0 + 18 * DAY + HOUR, examAt)).toBe(3);
    expect(await reviewsTaken(T0 + 19 * DAY + HOUR, examAt)).toBe(6);
  });
});

describe('pmp study aimed at an exam date: the order of due reviews', () => {
  it('takes the ranked reviews first, in their order, then the rest most overdue first, each once', async () => {
    const { db, clock } = await sixReviews();
    db.prepare('UPDATE card_state SET due_at = ? + question_pk * 60000').run(T0 + 10 * DAY); // most overdue: the lowest pk
    const pks = (db.prepare('SELECT question_pk FROM card_state ORDER BY question_pk').pluck().all() as number[]);
    clock.set(T0 + 12 * DAY);
    const queue = createQueue(new StudyStore(db), { filter: {}, newPerDay: 0, cram: false, seed: 1, reviewOrder: [pks[4]!, pks[2]!, pks[4]!] });
    const shown: number[] = [];
    for (let card = queue.next(clock.now(), 0, undefined); card; card = queue.next(clock.now(), 0, card.questionPk)) {
      shown.push(card.questionPk);
      db.prepare('UPDATE card_state SET last_review_at = ?, due_at = ? WHERE question_pk = ?').run(clock.now(), clock.now() + 5 * DAY, card.questionPk);
    }
    expect(shown).toEqual([pks[4], pks[2], pks[0], pks[1], pks[3], pks[5]]);
  });
});
