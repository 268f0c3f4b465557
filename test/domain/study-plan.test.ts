import { describe, expect, it } from '@jest/globals';
import { seededRandom } from '../../src/domain/random.js';
import { answersPerQuestion } from '../../src/domain/review-curve.js';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../src/domain/scheduler.js';
import { daysLeftThatFit, marginDays, newPerDayFor, peakMinutesPerDay, planFits, projectPlan, unseenThatFit, weeklyLoad, type PlanLoadInput } from '../../src/domain/study-plan.js';

const curveOf = (seen?: { stability: number; difficulty: number }) =>
  answersPerQuestion({
    scheduler: createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false }),
    random: seededRandom(1),
    firstSightRight: 0.6,
    horizonDays: 400,
    start: Date.UTC(2026, 10, 25, 10),
    ...(seen ? { seen } : {}),
  });

describe('plan arithmetic', () => {
  it('keeps a margin of 7 days, a quarter of the time when under four weeks', () => {
    expect(marginDays(82)).toBe(7);
    expect(marginDays(28)).toBe(7);
    expect(marginDays(20)).toBe(5);
    expect(marginDays(3)).toBe(0);
    expect(newPerDayFor(340, 82)).toBe(5); // 340 / 75 days
    expect(newPerDayFor(340, 3)).toBe(114);
    expect(newPerDayFor(0, 30)).toBe(0);
    expect(newPerDayFor(10, 0)).toBeNull();
  });

  it('simulates what a new question costs: its first answers on day 0, fewer and fewer reviews after', () => {
    const curve = curveOf();
    expect(curve[0]).toBe(1); // the first answer: no same-session learning steps
    const total = curve.reduce((a, x) => a + x, 0);
    expect(total).toBeGreaterThan(4);
    expect(total).toBeLessThan(20);
    const early = curve.slice(1, 31).reduce((a, x) => a + x, 0);
    const late = curve.slice(300, 330).reduce((a, x) => a + x, 0);
    expect(late).toBeLessThan(early);
    expect(curveOf()).toEqual(curve); // seeded: the same every time
    // A well-learnt question due today costs about one answer today.
    const seen = curveOf({ stability: 30, difficulty: 5 });
    expect(seen[0]).toBeGreaterThanOrEqual(1);
    expect(seen[0]).toBeLessThan(1.5);
  });

  it('projects every question introduced before the margin and counts their reviews', () => {
    const input: PlanLoadInput = { unseen: 100, daysLeft: 30, curve: [2, 1, 0, 1], reviewCurve: [1], reviewsDue: [5], secondsPerAnswer: 60 };
    const days = projectPlan(input);
    expect(days).toHaveLength(30);
    expect(days.reduce((a, d) => a + d.newQuestions, 0)).toBe(100);
    expect(days.slice(23).every((d) => d.newQuestions === 0)).toBe(true);
    expect(days[0]).toEqual({ newQuestions: 5, answers: 15, minutes: 15 }); // 5 × 2 + 5 due
    expect(days[1]?.answers).toBe(15); // 5 × 2 + 5 × 1
    expect(weeklyLoad(days)).toHaveLength(5);
    expect(peakMinutesPerDay(days)).toBeGreaterThanOrEqual(15);
  });

  it('finds what fits a budget: a later date, or a share of the bank', () => {
    const input: PlanLoadInput = { unseen: 300, daysLeft: 20, curve: [3, 1, 1, 1], reviewCurve: [1], reviewsDue: [], secondsPerAnswer: 60 };
    expect(planFits(input, 30)).toBe(false);
    const days = daysLeftThatFit(input, 30, 400);
    expect(days).not.toBeNull();
    expect(planFits({ ...input, daysLeft: days ?? 0 }, 30)).toBe(true);
    expect(planFits({ ...input, daysLeft: (days ?? 0) - 1 }, 30)).toBe(false);
    const unseen = unseenThatFit(input, 30);
    expect(unseen).toBeGreaterThan(0);
    expect(unseen).toBeLessThan(300);
    expect(planFits({ ...input, unseen }, 30)).toBe(true);
    // More than 150 new a day never fits, whatever the minutes.
    expect(planFits({ ...input, unseen: 3000 }, 100_000)).toBe(false);
  });
});
