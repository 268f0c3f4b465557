import { describe, expect, it } from '@jest/globals';
import {
  BASE_RETENTION, EXAM_RETENTION_POLICY, examDayPolicy, examDayRetention, examValue, intervalPerStability, LOWEST_RAW_RETENTION, MIN_RANKING_ANSWERS,
  reviewStretch, stretchedDueAt,
} from '../../src/domain/exam-retention.js';
import { createScheduler } from '../../src/domain/scheduler.js';

const DAY = 86_400_000;
const curve = createScheduler().curve;
const { farRetention, nearDays, rampDays } = EXAM_RETENTION_POLICY;

describe('the exam retention schedule', () => {
  it('asks for a lower retention while the exam is far, rising to the base over the ramp, the base near the exam and without a date', () => {
    expect(farRetention).toBeLessThan(BASE_RETENTION);
    expect(examDayRetention(null)).toBe(BASE_RETENTION);
    expect(examDayRetention(0)).toBe(BASE_RETENTION);
    expect(examDayRetention(nearDays)).toBe(BASE_RETENTION);
    expect(examDayRetention(nearDays + rampDays)).toBeCloseTo(farRetention, 12);
    expect(examDayRetention(200)).toBeCloseTo(farRetention, 12);
    const mid = examDayRetention(nearDays + rampDays / 2);
    expect(mid).toBeGreaterThan(farRetention);
    expect(mid).toBeLessThan(BASE_RETENTION);
    // Never above the base, whatever the policy says.
    expect(examDayRetention(100, { farRetention: 0.95, nearDays: 7, rampDays: 0 })).toBe(BASE_RETENTION);
  });

  it('turns a retention into days per day of stability on FSRS\'s own curve: 1 at 0.90, longer below', () => {
    expect(intervalPerStability(0.9, curve)).toBeCloseTo(1, 6);
    expect(intervalPerStability(0.85, curve)).toBeGreaterThan(1.5);
    expect(intervalPerStability(0.95, curve)).toBeLessThan(1);
    // Recall after S·k days is the retention asked for.
    const k = intervalPerStability(0.8, curve);
    expect((1 + (curve.factor * 10 * k) / 10) ** curve.decay).toBeCloseTo(0.8, 10);
    expect(() => intervalPerStability(1, curve)).toThrow(RangeError);
  });

  it('stretches intervals far from the exam when FSRS is taken at its word, not near it', () => {
    expect(reviewStretch(60, { curve })).toBeCloseTo(intervalPerStability(farRetention, curve), 12);
    expect(reviewStretch(nearDays, { curve })).toBe(1);
    expect(reviewStretch(null, { curve })).toBe(1);
    // The identity calibration says the same as none.
    expect(reviewStretch(60, { curve, calibration: { a: 0, b: 1 } })).toBeCloseTo(reviewStretch(60, { curve }), 12);
  });

  it('lets reviews wait only as far as the learner\'s calibrated recall allows', () => {
    // FSRS over-predicts this learner (calibrated recall at FSRS 0.90 is about 0.73): FSRS's dates stand.
    expect(reviewStretch(60, { curve, calibration: { a: -1.2, b: 1 } })).toBe(1);
    // A calibration with no slope cannot be inverted: FSRS's dates stand.
    expect(reviewStretch(60, { curve, calibration: { a: 0, b: 0 } })).toBe(1);
    // A learner FSRS under-predicts: longer waits, but never past LOWEST_RAW_RETENTION.
    const generous = reviewStretch(60, { curve, calibration: { a: 3, b: 1 } });
    expect(generous).toBeCloseTo(intervalPerStability(LOWEST_RAW_RETENTION, curve), 12);
    const mild = reviewStretch(60, { curve, calibration: { a: 0.2, b: 1 } });
    expect(mild).toBeGreaterThan(reviewStretch(60, { curve }));
    expect(mild).toBeLessThan(generous);
  });

  it('moves a review to its stretched interval in whole days, never before FSRS\'s date, and not for a question with a lapse', () => {
    const state = { dueAt: 10 * DAY, stability: 10, lastReviewAt: 0, lapses: 0 };
    expect(stretchedDueAt(state, 1)).toBe(10 * DAY);
    expect(stretchedDueAt(state, 1.94)).toBe(19 * DAY);
    expect(stretchedDueAt({ ...state, dueAt: 25 * DAY }, 1.94)).toBe(25 * DAY);
    expect(stretchedDueAt({ ...state, lapses: 1 }, 1.94)).toBe(10 * DAY);
    expect(stretchedDueAt({ ...state, stability: 0.2, dueAt: DAY }, 1.5)).toBe(DAY);
    expect(stretchedDueAt({ ...state, lastReviewAt: null }, 2)).toBe(10 * DAY);
  });

  it('ranks due reviews by exam-day value only for a learner FSRS over-predicts, on enough answers, with an exam date', () => {
    const over = { a: -1.2, b: 1, c: -0.5, answers: 400 };
    expect(examDayPolicy(30, { curve, calibration: over })).toEqual({ stretch: 1, order: 'exam-value' });
    expect(examDayPolicy(30, { curve, calibration: { ...over, answers: MIN_RANKING_ANSWERS - 1 } }).order).toBe('most-overdue');
    expect(examDayPolicy(null, { curve, calibration: over }).order).toBe('most-overdue');
    expect(examDayPolicy(30, { curve, calibration: { a: 0, b: 1, c: 0, answers: 400 } }).order).toBe('most-overdue');
    expect(examDayPolicy(30, { curve }).order).toBe('most-overdue');
    // The stretch part is reviewStretch's.
    expect(examDayPolicy(30, { curve }).stretch).toBeCloseTo(reviewStretch(30, { curve }), 12);
  });

  it('values a review by its chance of recall now times what the exam day still lacks', () => {
    expect(examValue(0.9, 0.5)).toBeCloseTo(0.45, 12);
    expect(examValue(0.9, 0.5)).toBeGreaterThan(examValue(0.3, 0.1)); // a question likely forgotten now gains little
    expect(examValue(0.9, 0.5)).toBeGreaterThan(examValue(0.95, 0.95)); // one already safe on the day neither
    const over = { a: -1.2, b: 1 };
    const sigma = (x: number) => 1 / (1 + Math.exp(-x));
    // Through the calibration: C(R) = σ(a + b·logit R).
    expect(examValue(0.9, 0.5, over)).toBeCloseTo(sigma(-1.2 + Math.log(9)) * (1 - sigma(-1.2)), 12);
  });
});
