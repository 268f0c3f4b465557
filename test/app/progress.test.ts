import { describe, expect, it } from '@jest/globals';
import { computeStats } from '../../src/app/stats.js';
import { followPlan, makeStudyPlan, savePlan } from '../../src/app/study-plan.js';
import { runStudySession, type StudyOptions } from '../../src/app/study-session.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { bankFile, DAY, memoryDbWithBank, MINUTE, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';

const options = (over: Partial<StudyOptions> = {}): StudyOptions => ({ filter: {}, newPerDay: 3, seed: 3, ...over });
const H = 3_600_000;

describe('progress over time', () => {
  it('counts answers per study day (04:00 rollover), streaks, time, retention and the calendar', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(30)));
    const clock = movableClock(T0 - 10 * DAY);
    const scheduler = createScheduler();
    // Days −10, −9, −8 (three in a row), then −5 at 03:00 (still day −6), then −2, −1 and today.
    for (const day of [-10, -9, -8, -2, -1, 0]) {
      clock.set(T0 + day * DAY);
      await runStudySession({ db, clock, scheduler, ui: scriptedUi([{ answer: 'right', elapsedMs: 30_000 }, { answer: 'wrong', elapsedMs: 60_000 }, { quit: true }]) }, options({ limit: 2 }));
    }
    clock.set(T0 - 5 * DAY - 6 * H); // 03:00 UTC: the study day before
    await runStudySession({ db, clock, scheduler, ui: scriptedUi([{ answer: 'right', elapsedMs: 10_000 }]) }, options({ limit: 1 }));
    // Today: one more answer, then undone — it counts nowhere.
    clock.set(T0 + 2 * H);
    await runStudySession({ db, clock, scheduler, ui: scriptedUi([{ answer: 'right', then: 'undo' }, { quit: true }]) }, options({ limit: 5 }));

    clock.set(T0 + 3 * H);
    const s = computeStats(db, clock);
    const byDate = new Map(s.daily.map((d) => [d.date, d.answers]));
    expect(s.daily).toHaveLength(30);
    expect(s.daily[29]?.date).toBe('2026-11-25');
    expect(byDate.get('2026-11-25')).toBe(2);
    expect(byDate.get('2026-11-19')).toBe(1); // 03:00 on the 20th belongs to the 19th
    expect(byDate.get('2026-11-20')).toBe(0);
    expect(s.answers).toBe(13);
    expect(s.answersToday).toBe(2);
    expect(s.streak).toEqual({ current: 3, longest: 3, studiedToday: true });
    expect(s.timeSpent.todayMs).toBe(90_000);
    expect(s.timeSpent.last7DaysMs).toBe(3 * 90_000 + 10_000);
    expect(s.timeSpent.allTimeMs).toBe(6 * 90_000 + 10_000);
    expect(s.retention.desired).toBe(0.9);
    expect(s.retention.weeks).toHaveLength(12);
    const last = s.retention.weeks[11];
    expect(last?.to).toBe('2026-11-25');
    expect(last?.reviews).toBeGreaterThan(0);
    expect(last?.retention).toBeCloseTo((last?.right ?? 0) / (last?.reviews ?? 1));
    expect(s.forecast).toHaveLength(30);
    const cells = s.heatmap.weeks.flat().filter((c) => c !== null);
    expect(cells[cells.length - 1]).toMatchObject({ date: '2026-11-25', answers: 2 });
    expect(cells.find((c) => c.date === '2026-11-15')).toMatchObject({ answers: 2, level: 4 });
    expect(cells.find((c) => c.date === '2026-11-19')).toMatchObject({ answers: 1, level: 2 });
  });

  it('breaks the streak after a missed day but keeps it until today is over', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(10)));
    const clock = movableClock();
    for (const day of [-3, -2, -1]) {
      clock.set(T0 + day * DAY);
      await runStudySession({ db, clock, scheduler: createScheduler(), ui: scriptedUi([{ answer: 'right' }]) }, options({ limit: 1 }));
    }
    clock.set(T0);
    expect(computeStats(db, clock).streak).toEqual({ current: 3, longest: 3, studiedToday: false });
    clock.set(T0 + DAY);
    expect(computeStats(db, clock).streak.current).toBe(0);
  });
});

describe('the study plan', () => {
  it('spreads the unseen questions over the days before the margin, and study follows it day by day', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(40)));
    const clock = movableClock();
    const plan = makeStudyPlan(db, clock, { examDate: '2026-12-25' }); // 30 study days from 2026-11-25
    expect(plan).toMatchObject({ daysLeft: 30, marginDays: 7, newQuestionDays: 23, unseen: 40, newPerDay: 2, secondsFrom: 'default', secondsPerAnswer: 75, verdict: 'ok' });
    expect(plan.weeks[0]?.from).toBe('2026-11-25');
    expect(plan.weeks[plan.weeks.length - 1]?.to).toBe('2026-12-24');
    savePlan(db, plan, clock.now());
    expect(followPlan(db, clock)).toEqual({ newPerDay: 2, examDate: '2026-12-25', unseen: 40, tooManyNew: false, pace: null });
    // Two new questions today: the number holds for the rest of the day.
    const ui = scriptedUi([{ answer: 'right' }, { answer: 'right' }, { quit: true }]);
    await runStudySession({ db, clock, scheduler: createScheduler(), ui }, options({ newPerDay: followPlan(db, clock)?.newPerDay ?? 0, limit: 2 }));
    expect(followPlan(db, clock)?.newPerDay).toBe(2);
    // Two study days of history are too few for a pace; on the third, two new questions in three days will not cover the bank.
    clock.set(T0 + 2 * DAY + 5 * MINUTE);
    expect(followPlan(db, clock)?.pace).toBeNull();
    clock.set(T0 + 3 * DAY + 5 * MINUTE);
    expect(followPlan(db, clock)?.pace).toEqual({ days: 3, newPerDay: 2 / 3, unseenAtExam: 38 - Math.floor((2 / 3) * 21) });
    expect(makeStudyPlan(db, clock, {}).pace?.unseenAtExam).toBe(24);
    // Ten days missed: the rest is spread over fewer days.
    clock.set(T0 + 10 * DAY + 5 * MINUTE);
    expect(followPlan(db, clock)?.newPerDay).toBe(Math.ceil(38 / 13));
    expect(followPlan(db, clock)?.pace).toEqual({ days: 7, newPerDay: 0, unseenAtExam: 38 });
    clock.set(T0 + 30 * DAY);
    expect(followPlan(db, clock)).toBeNull(); // exam day: the plan is over
  });

  it('says when the date is too close and what would fit', () => {
    const db = memoryDbWithBank(parseBank(bankFile(400)));
    const clock = movableClock();
    const plan = makeStudyPlan(db, clock, { examDate: '2026-11-27', minutesPerDay: 30 });
    expect(plan.verdict).toBe('too-close');
    expect(plan.tooClose).toContain('too-many-new');
    expect(plan.fit?.fits).toBe(false);
    expect(plan.fit?.examDateThatFits && plan.fit.examDateThatFits > '2026-11-27').toBe(true);
    expect(plan.fit?.shareThatFits).toBeLessThan(1);
    expect(makeStudyPlan(db, clock, { examDate: '2026-11-25' }).tooClose).toContain('exam-today');
    expect(() => makeStudyPlan(db, clock, { examDate: '2026-11-24' })).toThrow(expect.objectContaining({ key: 'plan.past-date', category: 'usage' }));
    expect(() => makeStudyPlan(db, clock, {})).toThrow(expect.objectContaining({ key: 'plan.no-date' }));
  });

  it('takes answers clicked through in about a second as noise: the plan assumes the default time and says so', async () => {
    const timed = async (elapsedMs: number) => {
      const db = memoryDbWithBank(parseBank(bankFile(60)));
      const clock = movableClock();
      const steps = Array.from({ length: 25 }, () => ({ answer: 'right' as const, elapsedMs }));
      await runStudySession({ db, clock, scheduler: createScheduler(), ui: scriptedUi([...steps, { quit: true }]) }, options({ newPerDay: 30, limit: 25 }));
      return makeStudyPlan(db, clock, { examDate: '2026-12-25' });
    };
    expect(await timed(1_000)).toMatchObject({ secondsFrom: 'too-fast', secondsPerAnswer: 75, measuredSeconds: 1 });
    expect(await timed(40_000)).toMatchObject({ secondsFrom: 'history', secondsPerAnswer: 40, measuredSeconds: 40 });
  });
});
