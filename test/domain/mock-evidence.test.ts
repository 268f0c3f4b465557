import { describe, expect, it } from '@jest/globals';
import { adjustedEstimate, MIN_MOCK_ANSWERS, mockEvidence, MODEL_BIAS_SD, type MockResult } from '../../src/domain/mock-evidence.js';
import { estimate } from '../../src/domain/readiness-estimate.js';

const mock = (answered: number, right: number, predicted: number, examId = 1): MockResult => ({
  examId,
  submittedAt: 0,
  answered,
  right,
  predicted,
  byDomain: { people: { answered, right, predicted } },
});

describe('mock exams as evidence of the model\'s bias', () => {
  it('says nothing from fewer answered questions than the minimum', () => {
    expect(mockEvidence([], ['people'])).toBeNull();
    expect(mockEvidence([mock(MIN_MOCK_ANSWERS - 1, 5, 10)], ['people'])).toBeNull();
  });

  it('moves the estimate by the posterior mean of the bias: the residual shrunk by τ²/(τ² + s(1 − s)/n)', () => {
    const m = mockEvidence([mock(100, 50, 70)], ['people']);
    const noise = (0.5 * 0.5) / 100;
    const w = MODEL_BIAS_SD ** 2 / (MODEL_BIAS_SD ** 2 + noise);
    expect(m?.overall.shift).toBeCloseTo(w * -0.2, 10);
    expect(m?.overall.variance).toBeCloseTo(w * noise, 10);
    // A mock that matched the model moves nothing; more answers move it further.
    expect(mockEvidence([mock(100, 70, 70)], ['people'])?.overall.shift).toBeCloseTo(0, 10);
    expect(mockEvidence([mock(100, 50, 70), mock(100, 50, 70, 2)], ['people'])?.overall.shift).toBeLessThan(m?.overall.shift ?? 0);
  });

  it('lowers an optimistic estimate and widens its range by the bias\'s own uncertainty', () => {
    const before = estimate(0.72, 0.03, 0.61);
    const m = mockEvidence([mock(120, 66, 86)], ['people']);
    if (!m) throw new Error('expected evidence');
    const after = adjustedEstimate(before, m.overall, 0.61);
    expect(after.expected).toBeLessThan(before.expected - 0.1);
    expect(after.sd).toBeGreaterThan(before.sd);
    expect(after.passChance).toBeLessThan(before.passChance);
  });

  it('gives a domain without mock answers the overall shift, with more doubt', () => {
    const m = mockEvidence([mock(100, 50, 70)], ['people', 'process']);
    expect(m?.domains.process?.shift).toBeCloseTo(m?.overall.shift ?? NaN, 10);
    expect(m?.domains.process?.variance).toBeGreaterThan(m?.overall.variance ?? Infinity);
    expect(m?.domains.process?.answered).toBe(0);
  });
});
