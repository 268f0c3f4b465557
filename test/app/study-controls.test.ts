import { describe, expect, it } from '@jest/globals';
import { rebuildAllStates } from '../../src/app/rebuild.js';
import { runStudySession, type StudyOptions } from '../../src/app/study-session.js';
import { trapReport } from '../../src/app/trap-stats.js';
import { weakestTasks } from '../../src/app/weak-spots.js';
import { computeStats } from '../../src/app/stats.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { SWEEP_TARGET } from '../../src/domain/exam-sweep.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { listCards } from '../../src/storage/card-lists.js';
import { bankFile, DAY, memoryDbWithBank, MINUTE, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';

const options = (over: Partial<StudyOptions> = {}): StudyOptions => ({ filter: {}, newPerDay: 20, seed: 3, ...over });
const states = (db: ReturnType<typeof memoryDbWithBank>) => db.prepare('SELECT * FROM card_state ORDER BY question_pk').all();

function trapBank(n: number) {
  const file = bankFile(n, { traps: { 'escalates-first': { en: 'Escalates first', ko: '먼저 에스컬레이션' }, 'skips-process': { en: 'Skips the process', ko: '절차 생략' } } });
  for (const q of file.questions as Record<string, unknown>[]) {
    for (const o of q.options as Record<string, unknown>[]) if (o.id !== q.answer) o.trap = o.id === 'd' || (q.answer === 'd' && o.id === 'c') ? 'skips-process' : 'escalates-first';
  }
  return file;
}

describe('cram: practice without side effects', () => {
  it('logs practice answers but changes no memory state, and goes round the slice again', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(9)));
    const clock = movableClock();
    const scheduler = createScheduler();
    await runStudySession({ db, clock, scheduler, ui: scriptedUi([{ answer: 'right' }, { answer: 'wrong' }, { quit: true }]) }, options());
    const before = states(db);
    const ui = scriptedUi(Array.from({ length: 7 }, (_, i) => ({ answer: (i % 2 ? 'wrong' : 'right') as 'right' | 'wrong' })));
    const summary = await runStudySession({ db, clock, scheduler, ui }, options({ cram: true, limit: 7, filter: { domain: 'people' } }));
    expect(summary).toMatchObject({ answered: 7, cram: true, newSeen: 0 });
    expect(states(db)).toEqual(before);
    expect(db.prepare(`SELECT COUNT(*) FROM review_log WHERE mode = 'cram'`).pluck().get()).toBe(7);
    // people questions in the 9-question fixture: 3; seven answers go round them more than twice.
    const ids = ui.asked.map((i) => i.questionId);
    expect(new Set(ids).size).toBe(3);
    expect(ui.asked.every((i) => i.presentation.question.eco?.domain === 'people' && i.cram)).toBe(true);
    expect(ids.slice(0, 3).sort()).toEqual([...new Set(ids)].sort()); // each once before any repeats
    expect(rebuildAllStates(db, scheduler, { checkOnly: true }).mismatched).toEqual([]);
    expect(computeStats(db, clock).retention30d).toBeNull(); // practice does not count as retention
  });

  it('can cram only what was wrong last time, or only flagged questions', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(6)));
    const clock = movableClock();
    const scheduler = createScheduler();
    const first = scriptedUi([{ answer: 'wrong' }, { answer: 'right', then: 'flag' }, { answer: 'right' }, { quit: true }]);
    await runStudySession({ db, clock, scheduler, ui: first }, options());
    const [wrongId, flaggedId] = [first.asked[0]?.questionId, first.asked[1]?.questionId];
    const wrong = scriptedUi([{ answer: 'right' }, { answer: 'right' }]);
    await runStudySession({ db, clock, scheduler, ui: wrong }, options({ cram: true, limit: 2, filter: { wrongLastTime: true } }));
    expect(wrong.asked.map((i) => i.questionId)).toEqual([wrongId, wrongId]);
    const flagged = scriptedUi([{ answer: 'right' }]);
    await runStudySession({ db, clock, scheduler, ui: flagged }, options({ cram: true, limit: 1, filter: { flagged: true } }));
    expect(flagged.asked.map((i) => [i.questionId, i.flagged])).toEqual([[flaggedId, true]]);
  });
});

describe('flag, suspend, bury — and undo of each', () => {
  it('suspends and buries questions out of the queue, and undo puts them back exactly', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(4)));
    const clock = movableClock();
    const scheduler = createScheduler();
    const ui = scriptedUi([{ mark: 'suspend' }, { mark: 'bury' }, { undo: true }, { mark: 'flag' }, { quit: true }]);
    await runStudySession({ db, clock, scheduler, ui }, options());
    const [suspended, buried] = [ui.asked[0]?.questionId, ui.asked[1]?.questionId];
    expect(ui.notes).toEqual([`suspend test-bank/${suspended}`, `bury test-bank/${buried}`, `undone test-bank/${buried}`, `flag test-bank/${buried}`]);
    // Undo (asked at the next question) brings the buried one back; the flag keeps it on screen.
    const ids = ui.asked.map((i) => i.questionId);
    expect([ids[0], ids[1], ids[3], ids[4]]).toEqual([suspended, buried, buried, buried]);
    expect([ui.asked[3]?.flagged, ui.asked[4]?.flagged]).toEqual([false, true]);
    expect(listCards(db, { kind: 'suspended' }).map((c) => c.questionId)).toEqual([suspended]);
    expect(listCards(db, { kind: 'flagged' }).map((c) => c.questionId)).toEqual([buried]);

    // A later session today never shows the suspended question; a buried one returns the next day.
    const bury = scriptedUi([{ mark: 'bury' }, { quit: true }]);
    await runStudySession({ db, clock, scheduler, ui: bury }, options());
    const later = scriptedUi(Array.from({ length: 10 }, () => ({ answer: 'right' as const })));
    clock.advance(30 * MINUTE);
    await runStudySession({ db, clock, scheduler, ui: later }, options());
    const laterIds = new Set(later.asked.map((i) => i.questionId));
    expect(laterIds.has(suspended as string)).toBe(false);
    expect(laterIds.has(bury.asked[0]?.questionId as string)).toBe(false);
    clock.advance(DAY);
    const nextDay = scriptedUi(Array.from({ length: 10 }, () => ({ answer: 'right' as const })));
    await runStudySession({ db, clock, scheduler, ui: nextDay }, options());
    expect(nextDay.asked.map((i) => i.questionId)).toContain(bury.asked[0]?.questionId);
    expect(nextDay.asked.map((i) => i.questionId)).not.toContain(suspended);
  });
});

describe('leeches', () => {
  it('tells the learner when a question becomes a leech, and lists it', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(1)));
    const clock = movableClock();
    const scheduler = createScheduler();
    let leechAt = -1;
    for (let round = 0; round < 12 && leechAt < 0; round++) {
      // Round 0 learns it to review; each later round fails the review (a lapse) and relearns it.
      const ui = scriptedUi(round === 0 ? [{ answer: 'right' }, { answer: 'right' }] : [{ answer: 'wrong' }, { answer: 'right' }, { quit: true }]);
      const inner = ui.ask.bind(ui);
      ui.ask = async (item) => {
        clock.advance(11 * MINUTE);
        return inner(item);
      };
      const summary = await runStudySession({ db, clock, scheduler, ui }, options({ leechLapses: 3 }));
      if (ui.revealed.some((o) => o.becameLeech)) leechAt = round;
      if (summary.leeches.length > 0) expect(summary.leeches).toEqual(['test-bank/q001']);
      clock.advance(40 * DAY);
    }
    expect(leechAt).toBeGreaterThanOrEqual(0);
    expect(listCards(db, { kind: 'leeches', lapses: 3 }).map((c) => [c.questionId, c.lapses >= 3])).toEqual([['q001', true]]);
  });
});

describe('weak spots and traps', () => {
  it('finds the tasks with the lowest expected accuracy, and the traps the learner falls for', async () => {
    const db = memoryDbWithBank(parseBank(trapBank(12)));
    const clock = movableClock();
    const scheduler = createScheduler();
    // Wrong on people questions, right on the rest.
    const ui = scriptedUi([]);
    const inner = ui.ask.bind(ui);
    let n = 0;
    ui.ask = async (item) => {
      if (++n > 12) return { kind: 'quit' };
      const q = item.presentation.question;
      if (q.type !== 'single') throw new Error('fixture is single-answer');
      const wrong = q.options.find((o) => o.id !== q.answer && o.trap === 'escalates-first')?.id as string;
      const right = q.eco?.domain !== 'people';
      void inner;
      return { kind: 'answer', response: { type: 'single', optionId: right ? q.answer : wrong }, elapsedMs: 1000 };
    };
    ui.reveal = async () => 'next';
    await runStudySession({ db, clock, scheduler, ui }, options());
    const weak = weakestTasks(db, clock.now());
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.every((w) => w.domain === 'people')).toBe(true);
    expect(weak[0]?.expected).toBeLessThan(0.5);
    const traps = trapReport(db);
    expect(traps.traps[0]).toMatchObject({ trap: 'escalates-first', name: { en: 'Escalates first', ko: '먼저 에스컬레이션' } });
    expect(traps.traps[0]?.examples.length).toBeGreaterThan(0);
    // --trap drills questions carrying that trap.
    const drill = scriptedUi([{ answer: 'right' }]);
    await runStudySession({ db, clock, scheduler, ui: drill }, options({ cram: true, limit: 1, filter: { trap: 'skips-process' } }));
    const q = drill.asked[0]?.presentation.question;
    expect(q && 'options' in q && q.options.some((o) => o.trap === 'skips-process')).toBe(true);
  });
});

describe('a clock set before the last answer', () => {
  it('says so in the summary instead of "today\'s new questions are done"', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(6)));
    const clock = movableClock();
    const scheduler = createScheduler();
    clock.set(T0 + DAY);
    await runStudySession({ db, clock, scheduler, ui: scriptedUi([{ answer: 'right' }, { answer: 'right' }, { quit: true }]) }, options({ newPerDay: 2 }));
    const lastAt = db.prepare('SELECT MAX(answered_at) FROM review_log').pluck().get() as number;
    clock.set(T0 + DAY - 3 * 60 * MINUTE); // set back three hours: the same study day
    const behind = await runStudySession({ db, clock, scheduler, ui: scriptedUi([]) }, options({ newPerDay: 2 }));
    expect(behind).toMatchObject({ answered: 0, stoppedBecause: 'done', clockBeforeLastAnswer: lastAt });
    clock.set(lastAt + 30_000); // within a minute of it: two terminals' clocks, not a clock set back
    expect((await runStudySession({ db, clock, scheduler, ui: scriptedUi([]) }, options({ newPerDay: 2 }))).clockBeforeLastAnswer).toBeNull();
  });
});

describe('the exam-week sweep', () => {
  it('in the last week before the exam, gives the weakest questions on exam day one more review, spread over the days left', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(12)));
    const clock = movableClock();
    const scheduler = createScheduler();
    await runStudySession({ db, clock, scheduler, ui: scriptedUi(Array.from({ length: 12 }, () => ({ answer: 'right' as const }))) }, options({ newPerDay: 12 }));
    // Three days on, the exam four days away; nothing due (the test moves every due date past the exam).
    clock.set(T0 + 3 * DAY);
    const examAt = T0 + 7 * DAY;
    db.prepare('UPDATE card_state SET due_at = ?').run(T0 + 60 * DAY);
    const idle = scriptedUi([]);
    await runStudySession({ db, clock, scheduler, ui: idle }, options({ newPerDay: 0, reserveNew: true }));
    expect(idle.asked).toHaveLength(0); // without an exam moment, nothing to do
    const store = new StudyStore(db);
    const weak = store.reviewCards(clock.now(), {}).filter((c) => (scheduler.recallProbability(c.state, examAt) ?? 1) < SWEEP_TARGET);
    expect(weak.length).toBeGreaterThan(4);
    const sweep = scriptedUi(Array.from({ length: 12 }, () => ({ answer: 'right' as const })));
    await runStudySession({ db, clock, scheduler, ui: sweep }, options({ newPerDay: 0, reserveNew: true, examAt }));
    expect(sweep.asked).toHaveLength(Math.ceil(weak.length / 4));
    expect(sweep.asked.every((i) => i.phase === 'review')).toBe(true);
    const byRecall = weak.map((c) => ({ id: c.questionId, r: scheduler.recallProbability(c.state, examAt) ?? 1, pk: c.questionPk })).sort((a, b) => a.r - b.r || a.pk - b.pk);
    expect(sweep.asked.map((i) => i.questionId)).toEqual(byRecall.slice(0, sweep.asked.length).map((c) => c.id)); // weakest first
    // Outside the last week, no sweep.
    const early = scriptedUi([]);
    await runStudySession({ db, clock, scheduler, ui: early }, options({ newPerDay: 0, reserveNew: true, examAt: T0 + 30 * DAY }));
    expect(early.asked).toHaveLength(0);
  });
});

describe('daily review cap', () => {
  it('stops reviews at the cap, most overdue first, says how many wait, and the forecast spreads the backlog', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(10)));
    const clock = movableClock();
    const scheduler = createScheduler();
    const learn = scriptedUi(Array.from({ length: 20 }, () => ({ answer: 'right' as const })));
    const inner = learn.ask.bind(learn);
    learn.ask = async (item) => {
      clock.advance(11 * MINUTE);
      return inner(item);
    };
    await runStudySession({ db, clock, scheduler, ui: learn }, options());
    clock.set(T0 + 60 * DAY); // ten reviews, all overdue
    const capped = scriptedUi(Array.from({ length: 10 }, () => ({ answer: 'right' as const })));
    const summary = await runStudySession({ db, clock, scheduler, ui: capped }, options({ maxReviewsPerDay: 4, newPerDay: 0 }));
    expect(capped.asked.filter((i) => i.phase === 'review')).toHaveLength(4);
    expect(summary.reviewsWaiting).toBe(6);
    const forecast = computeStats(db, clock, 4).forecast;
    expect(forecast[0]).toMatchObject({ shown: 4, waiting: 2 });
    expect(forecast[1]).toMatchObject({ shown: 2, waiting: 0 });
  });

  it('aimed at an exam date, keeps room for the day\'s new questions in a limited session however many reviews are due', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(40)));
    const clock = movableClock();
    const scheduler = createScheduler();
    // Day one: 20 new questions, all missed — tomorrow all 20 are due again.
    const first = scriptedUi(Array.from({ length: 20 }, () => ({ answer: 'wrong' as const })));
    await runStudySession({ db, clock, scheduler, ui: first }, options({ newPerDay: 20, limit: 20 }));
    clock.set(T0 + 2 * DAY);
    const day = () => scriptedUi(Array.from({ length: 10 }, () => ({ answer: 'wrong' as const })));
    // Without the reservation: ten reviews fill the session of ten, no new question.
    const plain = day();
    await runStudySession({ db, clock, scheduler, ui: plain }, options({ newPerDay: 4, limit: 10 }));
    expect(plain.asked.filter((i) => i.phase === 'new')).toHaveLength(0);
    // Following a plan: 4 new questions keep their place, the rest of the session goes to reviews.
    clock.set(T0 + 4 * DAY);
    const planned = day();
    await runStudySession({ db, clock, scheduler, ui: planned }, options({ newPerDay: 4, limit: 10, reserveNew: true }));
    expect(planned.asked.filter((i) => i.phase === 'new')).toHaveLength(4);
    expect(planned.asked.filter((i) => i.phase !== 'new')).toHaveLength(6);
  });

  it('aimed at an exam date, lets reviews of leeches wait for every other review', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(10)));
    const clock = movableClock();
    const scheduler = createScheduler();
    await runStudySession({ db, clock, scheduler, ui: scriptedUi(Array.from({ length: 10 }, () => ({ answer: 'right' as const }))) }, options({ newPerDay: 10 }));
    // Half the questions are leeches, and the most overdue.
    const leechPks = db.prepare('SELECT question_pk FROM card_state ORDER BY question_pk LIMIT 5').pluck().all() as number[];
    const leechIds = db.prepare(`SELECT question_id FROM questions WHERE pk IN (${leechPks.join(', ')})`).pluck().all() as string[];
    db.prepare(`UPDATE card_state SET lapses = 6, due_at = due_at - ${10 * DAY} WHERE question_pk IN (${leechPks.join(', ')})`).run();
    clock.set(T0 + 100 * DAY);
    const session = (reserveNew: boolean) => {
      const ui = scriptedUi(Array.from({ length: 5 }, () => ({ answer: 'right' as const })));
      return runStudySession({ db, clock, scheduler, ui }, options({ newPerDay: 0, limit: 5, reserveNew, leechLapses: 6 })).then(() => ui.asked.map((i) => i.questionId));
    };
    const planned = await session(true);
    expect(planned).toHaveLength(5);
    expect(planned.filter((id) => leechIds.includes(id))).toEqual([]);
    // Without a plan the most overdue come first, leeches included.
    clock.set(T0 + 300 * DAY);
    db.prepare(`UPDATE card_state SET due_at = due_at - ${1000 * DAY} WHERE question_pk IN (${leechPks.join(', ')})`).run();
    expect((await session(false)).filter((id) => leechIds.includes(id))).toHaveLength(5);
  });
});
