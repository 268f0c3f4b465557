import { describe, expect, it } from '@jest/globals';
import { rebuildAllStates } from '../../src/app/rebuild.js';
import { runStudySession, type StudyOptions } from '../../src/app/study-session.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { bankFile, DAY, memoryDbWithBank, MINUTE, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';

const options = (over: Partial<StudyOptions> = {}): StudyOptions => ({ filter: {}, newPerDay: 20, seed: 7, ...over });

describe('a study session driven by a scripted learner', () => {
  it('introduces new questions up to the daily limit, across sessions of the same day', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(30)));
    const clock = movableClock();
    const scheduler = createScheduler();
    const ui = scriptedUi(Array.from({ length: 5 }, () => ({ answer: 'right' as const })));
    const summary = await runStudySession({ db, clock, scheduler, ui }, options({ newPerDay: 5 }));
    // Five new questions, each answered once: no same-session learning steps (src/domain/scheduler.ts).
    expect(new Set(ui.asked.map((i) => i.questionId)).size).toBe(5);
    expect(ui.asked.filter((i) => i.phase === 'new')).toHaveLength(5);
    expect(summary).toMatchObject({ answered: 5, newSeen: 5, stoppedBecause: 'done' });
    const again = scriptedUi([]);
    const second = await runStudySession({ db, clock, scheduler, ui: again }, options({ newPerDay: 5 }));
    expect(second).toMatchObject({ answered: 0, stoppedBecause: 'done' });
    clock.advance(DAY);
    const nextDay = scriptedUi([{ answer: 'right' }, { quit: true }]);
    await runStudySession({ db, clock, scheduler, ui: nextDay }, options({ newPerDay: 5 }));
    expect(nextDay.asked).toHaveLength(2);
  });

  it('commits every answer with its raw facts before the next question', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(3)));
    const clock = movableClock();
    const scheduler = createScheduler();
    const seenCounts: number[] = [];
    const ui = scriptedUi([{ answer: 'right', confidence: 'unsure' }, { answer: 'wrong' }, { quit: true }]);
    const ask = ui.ask.bind(ui);
    ui.ask = async (item) => {
      seenCounts.push(db.prepare('SELECT COUNT(*) FROM review_log').pluck().get() as number);
      return ask(item);
    };
    const summary = await runStudySession({ db, clock, scheduler, ui }, options());
    expect(seenCounts).toEqual([0, 1, 2]);
    expect(summary).toMatchObject({ answered: 2, correct: 1, newSeen: 2, stoppedBecause: 'quit' });
    const rows = db.prepare('SELECT correct, confidence, rating, elapsed_ms, predicted_recall, response, shown_order FROM review_log ORDER BY id').all() as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ correct: 1, confidence: 'unsure', rating: 2, elapsed_ms: 1234, predicted_recall: null });
    expect(rows[1]).toMatchObject({ correct: 0, confidence: null, rating: 1 });
    expect(JSON.parse(rows[0]?.shown_order as string)).toHaveLength(4);
    expect(JSON.parse(rows[1]?.response as string)).toHaveProperty('optionId');
  });

  it('brings a question answered wrong back the next study day, not minutes later in the same session', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(2)));
    const clock = movableClock();
    const ui = scriptedUi([{ answer: 'wrong' }, { answer: 'right' }]);
    const inner = ui.ask.bind(ui);
    ui.ask = async (item) => {
      clock.advance(2 * MINUTE);
      return inner(item);
    };
    const summary = await runStudySession({ db, clock, scheduler: createScheduler(), ui }, options());
    expect(summary).toMatchObject({ answered: 2, stoppedBecause: 'done' });
    const first = ui.asked[0]?.questionId;
    clock.advance(DAY);
    const nextDay = scriptedUi([{ answer: 'right' }, { quit: true }]);
    await runStudySession({ db, clock, scheduler: createScheduler(), ui: nextDay }, options());
    expect(nextDay.asked[0]).toMatchObject({ questionId: first, phase: 'review' });
  });

  it('shows due reviews first, most overdue first, before any new question', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(6)));
    const clock = movableClock();
    const scheduler = createScheduler();
    // Day 0: three new questions, each answered right once, go straight to review.
    const day0 = scriptedUi([{ answer: 'right' }, { answer: 'right' }, { answer: 'right' }]);
    const inner = day0.ask.bind(day0);
    day0.ask = async (item) => {
      clock.advance(11 * MINUTE);
      return inner(item);
    };
    await runStudySession({ db, clock, scheduler, ui: day0 }, options({ newPerDay: 3 }));
    const reviewed = day0.revealed.filter((o) => o.after.phase === 'review').map((o) => o.item.questionId);
    expect(reviewed.length).toBe(3);
    // Much later: all three are overdue; they must come first, ordered by due time.
    clock.set(T0 + 30 * DAY);
    const later = scriptedUi([{ answer: 'right' }, { answer: 'right' }, { answer: 'right' }, { answer: 'right' }, { quit: true }]);
    await runStudySession({ db, clock, scheduler, ui: later }, options({ newPerDay: 3 }));
    expect(later.asked.slice(0, 3).map((i) => i.phase)).toEqual(['review', 'review', 'review']);
    expect(later.asked[3]?.phase).toBe('new');
    const dues = later.asked.slice(0, 3).map((i) => day0.revealed.filter((o) => o.item.questionId === i.questionId).at(-1)?.after.dueAt as number);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
  });

  it('undo restores the memory state exactly and shows the question again', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(4)));
    const clock = movableClock();
    const scheduler = createScheduler();
    const store = new StudyStore(db);
    const ui = scriptedUi([{ answer: 'right' }, { answer: 'right', then: 'undo' }, { answer: 'wrong' }, { quit: true }]);
    const statesBefore: unknown[] = [];
    const inner = ui.ask.bind(ui);
    ui.ask = async (item) => {
      const pk = db.prepare('SELECT pk FROM questions WHERE question_id = ?').pluck().get(item.questionId) as number;
      statesBefore.push(store.card(pk)?.state ?? null);
      clock.advance(MINUTE);
      return inner(item);
    };
    const summary = await runStudySession({ db, clock, scheduler, ui }, options());
    // The undone question is asked again, in the state it had before the undone answer.
    expect(ui.asked[2]?.questionId).toBe(ui.asked[1]?.questionId);
    expect(statesBefore[2]).toEqual(statesBefore[1]);
    expect(ui.notes).toEqual([`undone test-bank/${ui.asked[1]?.questionId}`]);
    expect(summary).toMatchObject({ answered: 2, undone: 1 });
    // The log keeps the undone row (append-only) and marks it.
    expect(db.prepare('SELECT COUNT(*) FROM review_log').pluck().get()).toBe(3);
    expect(db.prepare('SELECT COUNT(*) FROM review_undo').pluck().get()).toBe(1);
    expect(rebuildAllStates(db, scheduler, { checkOnly: true }).mismatched).toEqual([]);
  });

  it('undo before any answer says so and asks the same question again', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(2)));
    const ui = scriptedUi([{ undo: true }, { quit: true }]);
    await runStudySession({ db, clock: movableClock(), scheduler: createScheduler(), ui }, options());
    expect(ui.notes).toEqual(['nothing to undo']);
    expect(ui.asked[1]?.questionId).toBe(ui.asked[0]?.questionId);
  });

  it('a replay of the log rebuilds every cached memory state exactly after weeks of study', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(12)));
    const clock = movableClock();
    const scheduler = createScheduler();
    for (let day = 0; day < 20; day++) {
      clock.set(T0 + day * DAY);
      let k = 0;
      const ui = scriptedUi(Array.from({ length: 40 }, () => ({ answer: (k++ % 3 === 0 ? 'wrong' : 'right') as 'wrong' | 'right' })));
      const inner = ui.ask.bind(ui);
      let n = 0;
      ui.ask = async (item) => {
        clock.advance(3 * MINUTE);
        if (++n > 30) return { kind: 'quit' };
        return inner(item);
      };
      await runStudySession({ db, clock, scheduler, ui }, options({ newPerDay: 4 }));
    }
    const answers = db.prepare('SELECT COUNT(*) FROM review_log').pluck().get() as number;
    expect(answers).toBeGreaterThan(50);
    const before = db.prepare('SELECT * FROM card_state ORDER BY question_pk').all();
    // Damage the cache, then rebuild it from the log.
    db.prepare(`UPDATE card_state SET stability = 99, due_at = 0 WHERE phase != 'new'`).run();
    const report = rebuildAllStates(db, scheduler);
    expect(report.mismatched.length).toBeGreaterThan(0);
    expect(db.prepare('SELECT * FROM card_state ORDER BY question_pk').all()).toEqual(before);
  });

  it('stops at --limit and respects filters', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(12)));
    const ui = scriptedUi(Array.from({ length: 3 }, () => ({ answer: 'right' as const })));
    const summary = await runStudySession(
      { db, clock: movableClock(), scheduler: createScheduler(), ui },
      options({ limit: 3, filter: { domain: 'process' } }),
    );
    expect(summary.stoppedBecause).toBe('limit');
    expect(ui.asked.every((i) => i.presentation.question.eco?.domain === 'process')).toBe(true);
  });

  it('shuffles options reproducibly from the seed', async () => {
    const orders = async (seed: number) => {
      const db = memoryDbWithBank(parseBank(bankFile(4)));
      const ui = scriptedUi([{ answer: 'right' }, { answer: 'right' }, { quit: true }]);
      await runStudySession({ db, clock: movableClock(), scheduler: createScheduler(), ui }, options({ seed }));
      return ui.asked.map((i) => i.presentation.optionOrder.join(''));
    };
    expect(await orders(1)).toEqual(await orders(1));
    const many = await Promise.all([1, 2, 3, 4, 5].map(orders));
    expect(new Set(many.map((o) => o.join('|'))).size).toBeGreaterThan(1);
  });
});
