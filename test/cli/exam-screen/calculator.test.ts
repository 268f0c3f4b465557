import { describe, expect, it } from '@jest/globals';
import { calculate } from '../../../src/cli/exam-screen/calculator.js';

const value = (text: string) => {
  const r = calculate(text);
  return r.ok ? r.text : r.problem;
};

describe('the exam calculator', () => {
  it('does arithmetic with precedence, parentheses, decimals and the exam symbols', () => {
    expect(value('12*(3+4)')).toBe('84');
    expect(value('2 + 3 * 4')).toBe('14');
    expect(value('(2 + 3) * 4')).toBe('20');
    expect(value('12 × 3 ÷ 4')).toBe('9');
    expect(value('10 − 2.5')).toBe('7.5');
    expect(value('.5 + 1')).toBe('1.5');
    expect(value('-3 * -2')).toBe('6');
    expect(value('0.1 + 0.2')).toBe('0.3');
    expect(value('1,000 * 2')).toBe('2000');
  });

  it('reads % as per cent of the number before it, and takes square roots', () => {
    expect(value('50%')).toBe('0.5');
    expect(value('200 * 15%')).toBe('30');
    expect(value('2 / 50%')).toBe('4');
    expect(value('(1 + 2)%')).toBe('0.03');
    expect(value('sqrt(16)')).toBe('4');
    expect(value('√16 + 1')).toBe('5');
    expect(value('√(9) * 2')).toBe('6');
  });

  it('refuses anything but arithmetic: no code runs', () => {
    expect(value('process.exit()')).toBe('not-arithmetic');
    expect(value('constructor')).toBe('not-arithmetic');
    expect(value('"x"')).toBe('not-arithmetic');
    expect(value('[1]')).toBe('not-arithmetic');
    expect(value('Math.max(1, 2)')).toBe('not-arithmetic');
    expect(value('1 == 1')).toBe('syntax');
    expect(value('2 ^ 3')).toBe('syntax');
    expect(value('this')).toBe('not-arithmetic');
  });

  it('names what is wrong with a sum it cannot work out', () => {
    expect(value('1 +')).toBe('syntax');
    expect(value('1 / 0')).toBe('divide-by-zero');
    expect(value('sqrt(-1)')).toBe('negative-root');
    expect(value('1e308 * 10')).toBe('not-finite');
    expect(value('1+'.repeat(150) + '1')).toBe('too-long');
  });
});
