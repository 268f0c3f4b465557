/** Readiness takes completed mock exams into account: a mock far below the model's prediction pulls the estimate down. */
import { describe, expect, it } from '@jest/globals';
import { runExam } from '../../src/app/exam-session.js';
import { idleTimers, wrongEverywhere } from '../helpers/exam-ui.js';
import { startExam } from '../../src/app/exam-start.js';
import { loadOutlines } from '../../src/app/outlines.js';
import { MOCK_WINDOW_DAYS, readinessReport } from '../../src/app/readiness.js';
import type { Outline } from '../../src/domain/outline.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { bankFile, DAY, memoryDbWithBank, movableClock, parseBank, T0 } from '../helpers/fixtures.js';
import { simulateHalfLifeLearner } from '../helpers/synthetic-history.js';

const outline = loadOutlines().get('eco-2026') as Outline;


describe('readiness and mock exams', () => {
  it('moves the estimate by what a completed mock showed of the model, only when asked to and only within the window', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(300)), T0 - DAY);
    simulateHalfLifeLearner(db, { seed: 5, newPerDay: 15, days: 12, firstHalfLifeDays: 2, firstSight: 0.6 });
    const clock = movableClock();
    clock.set(T0 + 13 * DAY);
    const at = clock.now() + 7 * DAY;
    const since = clock.now() - MOCK_WINDOW_DAYS * DAY;
    const before = readinessReport(db, createScheduler(), { outline, at, cut: 0.61, mocksSince: since });
    if (before.status !== 'ready') throw new Error(before.status);
    expect(before.mocks).toBeNull();

    const { examId } = startExam(db, clock, { outline, scheduler: createScheduler(), questions: 100, minutes: 150, seed: 3 });
    await runExam({ db, clock, monotonicMs: clock.now, scheduler: createScheduler(), ui: wrongEverywhere(), timers: idleTimers }, examId);
    const after = readinessReport(db, createScheduler(), { outline, at, cut: 0.61, mocksSince: since });
    if (after.status !== 'ready' || !after.mocks) throw new Error('expected mock evidence');
    expect(after.mocks.mocks).toBe(1);
    expect(after.mocks.right).toBe(0);
    expect(after.mocks.overall.shift).toBeLessThan(-0.1);
    expect(after.overall.expected).toBeLessThan(after.mocks.before?.overall.expected ?? 0);
    expect(after.overall.sd).toBeGreaterThan(after.mocks.before?.overall.sd ?? Infinity);
    // Without mocksSince, or with the mock outside the window, the model's figures stand.
    const unasked = readinessReport(db, createScheduler(), { outline, at, cut: 0.61 });
    expect(unasked.mocks).toBeNull();
    const old = readinessReport(db, createScheduler(), { outline, at, cut: 0.61, mocksSince: clock.now() + DAY });
    expect(old.mocks).toBeNull();
  });
});
