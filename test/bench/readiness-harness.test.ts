import { describe, expect, it } from '@jest/globals';
import { formatReadinessBench } from '../../bench/readiness/format.js';
import { DEFAULT_GRID, gridConfigs } from '../../bench/readiness/grid.js';
import { runReadinessStudy, type RunConfig } from '../../bench/readiness/study-run.js';
import { mocksInside, rangeForLength, summarise } from '../../bench/readiness/summary.js';
import { tempDir } from '../helpers/temp.js';

describe('the end-to-end readiness harness', () => {
  // No exam date: pmp study's 20 new a day leave room in a 30-answer day for the reviews of days 2 and 3.
  const tiny: RunConfig = { kind: 'hlr', ability: 'medium', answersPerDay: 30, days: 3, examDate: false, seed: 2, mocks: 1, mockQuestions: 20 };

  it('studies through the app, asks readiness and draws mocks, the same way twice for a seed', async () => {
    const first = await runReadinessStudy(tiny, tempDir('readiness-harness'));
    const again = await runReadinessStudy(tiny, tempDir('readiness-harness'));
    expect(first).toEqual(again);
    expect(first.answers).toBeGreaterThan(40);
    expect(first.answers).toBeLessThanOrEqual(90);
    // Reviews come before new questions in the queue: day 1 is 20 new, days 2 and 3 reviews first.
    expect(first.introduced).toBeGreaterThan(20);
    expect(first.introduced).toBeLessThanOrEqual(60);
    expect(first.ours.answers).toBe(first.answers);
    // Reviews a day later come back as held-out predictions; the learner's mocks were drawn and scored.
    expect(first.reviews).toBeGreaterThan(0);
    expect(first.predictions.length).toBeGreaterThan(0);
    expect(first.mocks.map((m) => m.draw)).toEqual(['unseen-first', 'bank-share']);
    for (const m of first.mocks) expect(m.scored).toBeGreaterThan(15);
    expect(first.readiness.truth).toBeGreaterThan(0.25);
    expect(first.baselines.fsrs.answers).toBeGreaterThan(40);
    const text = formatReadinessBench([first], summarise([first]));
    expect(text).toContain('hlr medium');
    expect(text).toMatch(/(PASS|MISS) {2}same, range taken at the mock's length/);
  });

  it('follows the study plan when an exam date is set, and another seed gives another run', async () => {
    const dated = { ...tiny, kind: 'fsrs' as const, examDate: true, answersPerDay: 12 };
    const first = await runReadinessStudy(dated, tempDir('readiness-harness'));
    const other = await runReadinessStudy({ ...dated, seed: 3 }, tempDir('readiness-harness'));
    // 1,034 questions in 3 days: the plan's quota takes every answer, so all 36 are new ones.
    expect(first.answers).toBe(36);
    expect(first.introduced).toBe(36);
    expect(JSON.stringify(other)).not.toEqual(JSON.stringify(first));
  });
});

describe('the readiness bench grid and goals', () => {
  it('covers both learner kinds, three abilities and three budgets, with and without an exam date', () => {
    const configs = gridConfigs(DEFAULT_GRID);
    expect(configs).toHaveLength(18);
    expect(new Set(configs.map((c) => c.kind))).toEqual(new Set(['hlr', 'fsrs']));
    expect(configs.filter((c) => c.examDate).length).toBeGreaterThan(0);
    expect(configs.filter((c) => !c.examDate).length).toBeGreaterThan(0);
    // With two runs, every configuration gets both.
    const two = gridConfigs({ ...DEFAULT_GRID, runs: 2 });
    expect(two.filter((c) => c.kind === 'hlr' && c.ability === 'weak' && c.answersPerDay === 40).map((c) => c.examDate).sort()).toEqual([false, true]);
  });

  it('counts a mock inside the range only when there is a range, and widens the range for a shorter exam', () => {
    const readiness = { status: 'ready' as const, expected: 0.6, low: 0.55, high: 0.65, sd: 0.03, examQuestions: 170, truth: 0.6 };
    const wider = rangeForLength(readiness, 57)!;
    expect(wider.low).toBeLessThan(0.55);
    expect(wider.high).toBeGreaterThan(0.65);
    const run = (r: typeof readiness | { status: 'too-little-data'; expected: null; low: null; high: null; sd: null; examQuestions: number; truth: number }) =>
      ({ mocks: [{ draw: 'bank-share', score: 0.62, scored: 57, predicted: 0.6, seen: 30, questions: 60 }], readiness: r }) as never;
    expect(mocksInside([run(readiness)], 'bank-share')).toEqual({ inside: 1, total: 1 });
    expect(mocksInside([run({ status: 'too-little-data', expected: null, low: null, high: null, sd: null, examQuestions: 170, truth: 0.5 })], 'bank-share')).toEqual({ inside: 0, total: 1 });
  });
});
