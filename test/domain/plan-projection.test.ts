/**
 * The plan's exam-day projection (src/domain/plan-projection.ts): it follows the learner's own pace,
 * not a plan kept in full. The first version took every due review on its day, which for a learner
 * who forgets fast meant hundreds of answers a day; in the readiness bench it ran 20–40 points above
 * the truth for such learners.
 */
import { describe, expect, it } from '@jest/globals';
import { Rating } from '../../src/domain/grading.js';
import { modelSd, projectExamDay, type ProjectedQuestion, type ProjectionInput } from '../../src/domain/plan-projection.js';
import { seededRandom } from '../../src/domain/random.js';
import { createScheduler, type MemoryState } from '../../src/domain/scheduler.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2027, 0, 4, 9);
const scheduler = createScheduler();

/** 200 questions answered once, right, ten days ago: all overdue today, 20 new ones planned over the first days. */
function bank(): ProjectedQuestion[] {
  const seen = Array.from({ length: 200 }, (): ProjectedQuestion => {
    const state: MemoryState = scheduler.next(null, T0 - 10 * DAY, Rating.Good);
    return { domain: 'people', floor: 0.25, state, firstAnswerWrong: false, introducedAt: null };
  });
  const unseen = Array.from({ length: 20 }, (_, i): ProjectedQuestion => ({ domain: 'process', floor: 0.25, state: null, firstAnswerWrong: false, introducedAt: T0 + Math.floor(i / 5) * DAY }));
  return [...seen, ...unseen];
}

function input(answersPerDay: number | null, examInDays = 20): ProjectionInput {
  return {
    questions: bank(),
    scheduler,
    // A learner who forgets faster than FSRS says: the calibration halves the odds of recall.
    calibrated: (r) => (r / (1 - r)) / 2 / (1 + (r / (1 - r)) / 2),
    firstSight: () => 0.4,
    weights: [
      { domain: 'people', weight: 0.5 },
      { domain: 'process', weight: 0.5 },
    ],
    now: T0,
    dayStart: T0 - 5 * 3_600_000,
    examAt: T0 + examInDays * DAY,
    answersPerDay,
    answeredToday: 0,
    examQuestions: 170,
    random: seededRandom(7),
  };
}

describe('the plan\'s exam-day projection', () => {
  it('takes no more answers a day than the learner\'s pace, and projects lower than a plan kept in full when reviews must wait', () => {
    const atPace = projectExamDay(input(10));
    const kept = projectExamDay(input(null));
    expect(atPace.answersPerDay).toBeLessThanOrEqual(10);
    expect(atPace.answersPerDayUncapped).toBeGreaterThan(10);
    expect(kept.answersPerDayUncapped).toBeNull();
    expect(atPace.expected).toBeLessThan(kept.expected - 0.02);
  });

  it('with a pace that covers every review, projects what the plan kept in full does', () => {
    const roomy = projectExamDay(input(1000));
    const kept = projectExamDay(input(null));
    expect(Math.abs(roomy.expected - kept.expected)).toBeLessThan(0.01);
  });

  it('gives a 90 % range around its figure that widens the further the exam is', () => {
    const near = projectExamDay(input(40, 5));
    const far = projectExamDay(input(40, 30));
    for (const p of [near, far]) {
      expect(p.low).toBeLessThan(p.expected);
      expect(p.high).toBeGreaterThan(p.expected);
    }
    expect(modelSd(input(40, 30))).toBeGreaterThan(modelSd(input(40, 5)));
    expect(far.sd).toBeGreaterThan(near.sd);
  });

  it("judges a question by its misses as readiness does: a wrong first answer counts against it", () => {
    // A calibration that lowers recall for every miss (c < 0).
    const withMisses = (missedAtFirstSight: boolean): ProjectionInput => ({
      ...input(1000),
      questions: bank().map((q) => (q.state ? { ...q, firstAnswerWrong: missedAtFirstSight } : q)),
      calibrated: (r, misses) => r / (1 + misses),
    });
    expect(projectExamDay(withMisses(true)).expected).toBeLessThan(projectExamDay(withMisses(false)).expected - 0.05);
  });

  it('judges each question after its own interval, a day at least: a learner whose recall falls with the interval projects lower', () => {
    const intervals: number[] = [];
    const flat = projectExamDay(input(40));
    const halvedOdds = input(40).calibrated;
    const falling = projectExamDay({
      ...input(40),
      calibrated: (r, misses, elapsedDays) => {
        intervals.push(elapsedDays);
        return halvedOdds(r, misses, elapsedDays) * (elapsedDays > 7 ? 0.6 : 1);
      },
    });
    expect(Math.min(...intervals)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...intervals)).toBeGreaterThan(7);
    expect(falling.expected).toBeLessThan(flat.expected - 0.02);
  });

  it('is the same each time for the same input (seeded)', () => {
    expect(projectExamDay(input(10))).toEqual(projectExamDay(input(10)));
  });

  it('follows a sample of a bank too large to follow whole, at the pace scaled to it, and says about what the whole bank would', () => {
    // A varied bank of 3,000 questions: seen a few to 40 days ago, right or wrong at first sight, and new ones planned 25 a day.
    const random = seededRandom(11);
    const base: ProjectedQuestion[] = Array.from({ length: 3000 }, (_, i) => {
      const domain = (['people', 'process'] as const)[i % 2]!;
      if (i < 2000) {
        const state = scheduler.next(null, T0 - (1 + Math.floor(random() * 40)) * DAY, random() < 0.7 ? Rating.Good : Rating.Again);
        return { domain, floor: 0.25, state, firstAnswerWrong: false, introducedAt: null };
      }
      return { domain, floor: 0.25, state: null, firstAnswerWrong: false, introducedAt: T0 + Math.floor((i - 2000) / 25) * DAY };
    });
    // The same bank eight times over, each question's copies side by side, planned 200 new a day and studied at eight times the pace.
    const big = base.flatMap((q, i) => Array.from({ length: 8 }, (_, k) => (q.state ? q : { ...q, introducedAt: T0 + Math.floor(((i - 2000) * 8 + k) / 200) * DAY })));
    const whole = projectExamDay({ ...input(60, 30), questions: base });
    const sampled = projectExamDay({ ...input(480, 30), questions: big });
    expect(whole.followed).toBe(3000);
    expect(sampled.followed).toBeLessThan(big.length / 2);
    expect(Math.abs(sampled.expected - whole.expected)).toBeLessThan(0.015);
    expect(sampled.answersPerDay / whole.answersPerDay).toBeGreaterThan(7.5);
    expect(sampled.answersPerDay / whole.answersPerDay).toBeLessThan(8.5);
    expect(sampled.sd).toBeGreaterThanOrEqual(whole.sd * 0.9); // the sample's own error is in the range
  });

  it('follows the exam aim of pmp study: far from the exam, reviews of questions never forgotten wait for the day\'s retention', () => {
    // 200 questions answered ten days ago with stability ~2.3 days: overdue today, the exam 40 days away.
    const far = { ...input(1000, 40), calibrated: (r: number) => r };
    const asFsrsSays = projectExamDay({ ...far, recallCalibration: { a: 0, b: 1, c: 0, answers: 400 } });
    // A calibration that finds FSRS over-predicting keeps FSRS's dates (and orders reviews by exam-day value).
    const overPredicted = projectExamDay({ ...far, recallCalibration: { a: -1.2, b: 1, c: 0, answers: 400 } });
    expect(asFsrsSays.answersPerDay).toBeLessThan(overPredicted.answersPerDay * 0.95);
  });
});
