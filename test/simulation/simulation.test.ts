import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSimulationReport } from '../../src/simulation/format.js';
import { createLearner, TRUE_WEIGHTS } from '../../src/simulation/learner.js';
import { DEFAULT_SIMULATION, runSchedulerSimulation } from '../../src/simulation/run.js';
import { default_w } from 'ts-fsrs';

const DAY = 86_400_000;
const small = { ...DEFAULT_SIMULATION, questions: 60, days: 15, answersPerDay: 30, otherBudgets: [] };

describe('the simulated learner', () => {
  it('has true weights that differ from the FSRS-6 defaults', () => {
    expect(TRUE_WEIGHTS).toHaveLength(21);
    expect(TRUE_WEIGHTS).not.toEqual([...default_w]);
  });

  it('is right about a quarter of the time on questions it never saw (the guessing floor)', () => {
    const learner = createLearner({ seed: 7, questions: 4000, guessFloor: 0.25 });
    let right = 0;
    for (let i = 0; i < 4000; i++) if (learner.answer(i, 0).right) right++;
    expect(right / 4000).toBeGreaterThan(0.22);
    expect(right / 4000).toBeLessThan(0.28);
  });

  it('remembers a question right after seeing it and forgets it with time', () => {
    const learner = createLearner({ seed: 7, questions: 1, guessFloor: 0.25 });
    learner.answer(0, 0);
    expect(learner.recallAt(0, 0)).toBe(1);
    expect(learner.recallAt(0, 5 * DAY)).toBeLessThan(learner.recallAt(0, DAY));
  });
});

describe('the scheduler simulation', () => {
  it('is deterministic: the same seed gives the same report, another seed another', () => {
    const a = runSchedulerSimulation(3, small);
    expect(runSchedulerSimulation(3, small)).toEqual(a);
    expect(runSchedulerSimulation(4, small)).not.toEqual(a);
  });

  it('keeps both schedulers within the daily budget and the new-question cap', () => {
    const r = runSchedulerSimulation(3, small);
    for (const arm of r.arms) {
      expect(arm.answers).toBeLessThanOrEqual(small.answersPerDay * small.days);
      expect(arm.introduced).toBeLessThanOrEqual(Math.min(small.questions, small.newPerDay * small.days));
      expect(arm.reviews).toBe(arm.answers - arm.introduced);
      expect(arm.expectedShareOnExamDay).toBeGreaterThanOrEqual(small.guessFloor);
    }
  });

  describe('the benchmark run (seed 1, 500 questions, 60 days)', () => {
    const report = runSchedulerSimulation(1);
    const gainAt = (budget: number) => {
      const row = budget === report.settings.answersPerDay ? { arms: report.arms } : report.budgets.find((b) => b.answersPerDay === budget);
      if (!row) throw new Error(`no run at ${budget} answers a day`);
      return row.arms[0].expectedShareOnExamDay - row.arms[1].expectedShareOnExamDay;
    };

    // Observed, and documented rather than hidden. Ours is FSRS-6 without same-session learning
    // steps, following the study plan (new questions a day that cover the bank before the exam, with
    // reviews capped to leave room for them); since scheduler revision 3 a right answer at first sight
    // on a single-choice item is Hard (a lucky guess is likely), and in the last week before the exam
    // the day's spare answers go to the questions weakest on exam day (domain/exam-sweep.ts).
    // Seeds 1–3 against the 1-3-7-14-30 ladder: +13.1 to +14.7 points at 30 a day, +3.9 to +6.2 at
    // 45, +1.3 to +1.7 at 60, +3.3 to +3.7 at 80, +5.3 to +5.7 at 120 — with 10–30 % more reviews at
    // 60–120, where the ladder leaves part of the budget unused (before: level within half a point).
    it('ends well ahead of the fixed ladder when the daily budget is tight (30 and 45 a day)', () => {
      expect(gainAt(30)).toBeGreaterThan(0.1);
      expect(gainAt(45)).toBeGreaterThan(0.03);
      const tight = report.budgets.find((b) => b.answersPerDay === 30)!;
      expect(tight.arms[0].introduced).toBe(500);
      expect(tight.arms[1].introduced).toBeLessThan(400);
    });

    it('stays ahead of the ladder when the budget covers the bank (60, 80, 120 a day), further where the exam week has answers to spare', () => {
      for (const budget of [60, 80, 120]) expect(gainAt(budget)).toBeGreaterThan(0.01);
      expect(gainAt(120)).toBeGreaterThan(0.04);
      expect(report.arms[0].introduced).toBe(500);
    });

    it("scores our scheduler's predictions against the constant baseline", () => {
      const p = report.prediction;
      expect(p.predictions).toBeGreaterThan(1000);
      for (const v of [p.adjusted, p.raw]) for (const s of [v.model, v.baseline]) for (const x of [s.brier, s.logLoss, s.rmseBins]) expect(Number.isFinite(x)).toBe(true);
      // The learner forgets faster than the default weights assume: the predictions run high.
      expect(p.adjusted.meanPredicted).toBeGreaterThan(p.actual);
    });

    // Observed for seeds 1–3: raw log loss 0.472 / 0.459 / 0.455 against the constant's 0.457 / 0.448 /
    // 0.442; calibrated as it learns 0.452 / 0.442 / 0.439, and the mean prediction +6 to +7 points
    // high raw, −0.2 to −1.1 calibrated.
    it('through the recall calibration, refitted on earlier answers only, predicts better than the constant average and without the optimistic lean', () => {
      const c = report.calibratedPrediction;
      const constant = report.prediction.adjusted.baseline;
      expect(c.predictions).toBe(report.prediction.predictions);
      expect(c.adjusted.model.logLoss).toBeLessThan(constant.logLoss);
      expect(c.adjusted.model.rmseBins).toBeLessThan(constant.rmseBins);
      expect(Math.abs(c.adjusted.meanPredicted - c.actual)).toBeLessThan(0.02);
      expect(report.prediction.adjusted.meanPredicted - report.prediction.actual).toBeGreaterThan(0.04);
    });

    it('prints the seed, both schedulers and the prediction scores', () => {
      const text = formatSimulationReport(report);
      expect(text).toContain('seed 1');
      expect(text).toMatch(/ours: FSRS-6.*\n.*fixed ladder 1, 3, 7, 14, 30 days/);
      expect(text).toContain('RMSE(bins)');
    });
  });
});

describe('the simulation stays pure', () => {
  const folder = join(process.cwd(), 'src', 'simulation');
  it.each(readdirSync(folder).filter((f) => f.endsWith('.ts')))('%s does no IO and reads no clock or randomness', (file) => {
    const source = readFileSync(join(folder, file), 'utf8');
    expect(source).not.toMatch(/from ['"](better-sqlite3|chalk|commander|node:[a-z_]+|fs)['"]/);
    expect(source).not.toMatch(/\bDate\.now\(\)|\bMath\.random\(\)|\bprocess\./);
  });
});
