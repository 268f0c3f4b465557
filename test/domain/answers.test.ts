import { describe, expect, it } from '@jest/globals';
import { isCorrect, keyResponse } from '../../src/domain/answer-check.js';
import { parseAnswer, parseNumber } from '../../src/domain/answer-input.js';
import { present, type Presentation } from '../../src/domain/presentation.js';
import { guessingFloor, type Question } from '../../src/domain/question.js';
import { seededRandom, shuffleKeepingPinned } from '../../src/domain/random.js';

const t = (en: string) => ({ en });
const base = { prompt: t('p'), explanation: t('e'), references: [], tags: [] };
const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: t(id.toUpperCase()), fixed: false }));
const single: Question = { ...base, id: 's', type: 'single', options, answer: 'c' };
const multiple: Question = { ...base, id: 'm', type: 'multiple', options, answer: ['a', 'd'] };
const ordering: Question = { ...base, id: 'o', type: 'ordering', options, answer: ['c', 'a', 'd', 'b'] };
const matching: Question = {
  ...base,
  id: 'x',
  type: 'matching',
  left: [{ id: 'l1', text: t('one') }, { id: 'l2', text: t('two') }],
  right: [{ id: 'r1', text: t('uno') }, { id: 'r2', text: t('dos') }, { id: 'r3', text: t('tres') }],
  answer: { l1: 'r1', l2: 'r2' },
};
const numeric: Question = { ...base, id: 'n', type: 'numeric', answer: { value: 0.85, tolerance: 0.005 } };

/** Shown in file order, so letters map to ids directly: A=a, B=b … */
const inOrder = (q: Question): Presentation => ({
  question: q,
  optionOrder: 'options' in q ? q.options.map((o) => o.id) : [],
  rightOrder: q.type === 'matching' ? q.right.map((r) => r.id) : [],
});

describe('reading a typed answer', () => {
  it('reads letters in any case and separator, for each type', () => {
    expect(parseAnswer('c', inOrder(single))).toEqual({ ok: true, response: { type: 'single', optionId: 'c' } });
    expect(parseAnswer(' A, d ', inOrder(multiple))).toEqual({ ok: true, response: { type: 'multiple', optionIds: ['a', 'd'] } });
    expect(parseAnswer('CADB', inOrder(ordering))).toEqual({ ok: true, response: { type: 'ordering', optionIds: ['c', 'a', 'd', 'b'] } });
    expect(parseAnswer('1-a 2-B', inOrder(matching))).toEqual({ ok: true, response: { type: 'matching', pairs: { l1: 'r1', l2: 'r2' } } });
    expect(parseAnswer('0.85', inOrder(numeric))).toEqual({ ok: true, response: { type: 'numeric', value: 0.85 } });
  });

  it('names the problem instead of guessing', () => {
    expect(parseAnswer('', inOrder(single))).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseAnswer('E', inOrder(single))).toEqual({ ok: false, problem: { kind: 'unknown-letter', letter: 'E', last: 'D' } });
    expect(parseAnswer('AB', inOrder(single))).toEqual({ ok: false, problem: { kind: 'one-letter' } });
    expect(parseAnswer('A', inOrder(multiple))).toEqual({ ok: false, problem: { kind: 'choose-n', n: 2, got: 1 } });
    expect(parseAnswer('A,A', inOrder(multiple))).toEqual({ ok: false, problem: { kind: 'repeated', letter: 'A' } });
    expect(parseAnswer('CAD', inOrder(ordering))).toEqual({ ok: false, problem: { kind: 'order-all', n: 4 } });
    expect(parseAnswer('1-a', inOrder(matching))).toEqual({ ok: false, problem: { kind: 'pair-missing', item: 2 } });
    expect(parseAnswer('1-z 2-a', inOrder(matching))).toMatchObject({ ok: false, problem: { kind: 'unknown-letter' } });
    expect(parseAnswer('abc', inOrder(numeric))).toEqual({ ok: false, problem: { kind: 'not-a-number' } });
  });

  it('maps letters through the shuffled order of the showing', () => {
    const shown: Presentation = { question: single, optionOrder: ['d', 'c', 'b', 'a'], rightOrder: [] };
    expect(parseAnswer('B', shown)).toEqual({ ok: true, response: { type: 'single', optionId: 'c' } });
  });

  it('reads numbers the way people type them', () => {
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('-1200')).toBe(-1200);
    expect(parseNumber('12 500')).toBe(12500);
    expect(parseNumber('85%')).toBe(85);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('1,2')).toBeUndefined();
    expect(parseNumber('Infinity')).toBeUndefined();
  });
});

describe('checking an answer', () => {
  it('accepts the key of every type', () => {
    for (const q of [single, multiple, ordering, matching, numeric]) expect(isCorrect(q, keyResponse(q))).toBe(true);
  });

  it('gives no partial credit', () => {
    expect(isCorrect(multiple, { type: 'multiple', optionIds: ['a'] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', optionIds: ['a', 'd', 'b'] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', optionIds: ['d', 'a'] })).toBe(true);
    expect(isCorrect(ordering, { type: 'ordering', optionIds: ['a', 'c', 'd', 'b'] })).toBe(false);
    expect(isCorrect(matching, { type: 'matching', pairs: { l1: 'r1', l2: 'r3' } })).toBe(false);
  });

  it('honours the numeric tolerance', () => {
    expect(isCorrect(numeric, { type: 'numeric', value: 0.854 })).toBe(true);
    expect(isCorrect(numeric, { type: 'numeric', value: 0.8551 })).toBe(false);
  });

  it('knows the guessing floor of each type', () => {
    expect(guessingFloor(single)).toBe(0.25);
    expect(guessingFloor(multiple)).toBeCloseTo(1 / 6);
    expect(guessingFloor(ordering)).toBeCloseTo(1 / 24);
    expect(guessingFloor(matching)).toBeCloseTo(1 / 6);
    expect(guessingFloor(numeric)).toBe(0);
  });
});

describe('shuffling options', () => {
  it('keeps fixed options in place and moves the rest', () => {
    const withFixed = [...options.slice(0, 3), { id: 'all', text: t('All of the above'), fixed: true }];
    for (let seed = 0; seed < 50; seed++) {
      const shuffled = shuffleKeepingPinned(withFixed, seededRandom(seed), (o) => o.fixed);
      expect(shuffled[3]?.id).toBe('all');
      expect(shuffled.map((o) => o.id).sort()).toEqual(['a', 'all', 'b', 'c']);
    }
  });

  it('spreads the key over every position', () => {
    const positions = new Set<number>();
    for (let seed = 0; seed < 40; seed++) positions.add(present(single, seededRandom(seed)).optionOrder.indexOf('c'));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });
});
