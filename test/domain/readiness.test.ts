import fc from 'fast-check';
import { loadOutlines } from '../../src/app/outlines.js';
import { DEFAULT_CUT, ratingOf, ratingThresholds } from '../../src/domain/exam-rating.js';
import type { DomainId } from '../../src/domain/question.js';
import { estimateReadiness, groupOf, MIN_FIRST_SIGHT, PRIOR, PRIOR_ANSWERS, type FirstSight, type ReadinessGroup, type ReadinessItem } from '../../src/domain/readiness.js';

const outline = loadOutlines().get('eco-2026')!;
const DOMAINS: DomainId[] = ['people', 'process', 'business-environment'];

/** Every task of the outline gets `perTask` questions built by `make`. */
function items(perTask: number, make: (domain: DomainId, task: number, k: number) => Partial<ReadinessItem> = () => ({})): ReadinessItem[] {
  return outline.domains.flatMap((d) =>
    d.tasks.flatMap((t) => Array.from({ length: perTask }, (_, k) => ({ domain: d.id, task: t.n, floor: 0.25, recall: null, ...make(d.id, t.n, k) }))),
  );
}
const sights = (seen: number, right: number): FirstSight[] => DOMAINS.map((domain) => ({ domain, seen, right }));
/** The model, fed one group per question. */
const est = (input: { outline: typeof outline; items: readonly ReadinessItem[]; firstSight: readonly FirstSight[]; cut: number }) =>
  estimateReadiness({ outline: input.outline, groups: input.items.map(groupOf), firstSight: input.firstSight, cut: input.cut });
const ready = (r: ReturnType<typeof estimateReadiness>) => {
  if (r.status !== 'ready') throw new Error('expected an estimate');
  return r;
};

describe('readiness estimate', () => {
  test('says what is missing when there are too few first answers, overall or in a domain', () => {
    const few = est({ outline, items: items(2), firstSight: sights(5, 3), cut: DEFAULT_CUT });
    expect(few.status).toBe('too-little-data');
    if (few.status === 'too-little-data') expect(few.firstSeen).toBe(15);
    const oneThin = est({
      outline,
      items: items(2),
      firstSight: [{ domain: 'people', seen: 40, right: 20 }, { domain: 'process', seen: 40, right: 20 }, { domain: 'business-environment', seen: 4, right: 2 }],
      cut: DEFAULT_CUT,
    });
    expect(oneThin.status).toBe('too-little-data');
    if (oneThin.status === 'too-little-data') expect(oneThin.domains.find((d) => d.domain === 'business-environment')).toEqual({ domain: 'business-environment', firstSeen: 4, need: 5 });
    expect(est({ outline, items: items(2), firstSight: sights(MIN_FIRST_SIGHT / 3, 5), cut: DEFAULT_CUT }).status).toBe('ready');
  });

  test('a question seen counts R plus the guessing floor of the rest; unseen ones count the shrunk first-sight accuracy', () => {
    const allKnown = ready(est({ outline, items: items(2, () => ({ recall: 1 })), firstSight: sights(20, 10), cut: 0.61 }));
    expect(allKnown.overall.expected).toBeCloseTo(1, 10);
    const allForgotten = ready(est({ outline, items: items(2, () => ({ recall: 0 })), firstSight: sights(20, 10), cut: 0.61 }));
    expect(allForgotten.overall.expected).toBeCloseTo(0.25, 10);
    const half = ready(est({ outline, items: items(2, () => ({ recall: 0.6 })), firstSight: sights(20, 10), cut: 0.61 }));
    expect(half.overall.expected).toBeCloseTo(0.6 + 0.4 * 0.25, 10);

    // Nothing seen in the bank: every question is worth the domain's shrunk first-sight accuracy.
    const sight: FirstSight[] = [
      { domain: 'people', seen: 30, right: 27 },
      { domain: 'process', seen: 10, right: 2 },
      { domain: 'business-environment', seen: 20, right: 10 },
    ];
    const unseen = ready(est({ outline, items: items(3), firstSight: sight, cut: 0.61 }));
    const learner = (39 + PRIOR_ANSWERS * PRIOR) / (60 + PRIOR_ANSWERS);
    expect(unseen.overall.learnerPrior).toBeCloseTo(learner, 12);
    const people = (27 + PRIOR_ANSWERS * learner) / (30 + PRIOR_ANSWERS);
    const process = Math.max(0.25, (2 + PRIOR_ANSWERS * learner) / (10 + PRIOR_ANSWERS));
    const business = (10 + PRIOR_ANSWERS * learner) / (20 + PRIOR_ANSWERS);
    expect(unseen.domains.map((d) => d.expected)).toEqual([people, process, business].map((x) => expect.closeTo(x, 12)));
    expect(unseen.overall.expected).toBeCloseTo(0.33 * people + 0.41 * process + 0.26 * business, 12);
  });

  test('tasks without questions in the bank still count, at the prior, and every task of a domain weighs the same', () => {
    const onlyTaskOne = items(4, () => ({ recall: 1 })).filter((i) => i.task === 1);
    const r = ready(est({ outline, items: onlyTaskOne, firstSight: sights(20, 10), cut: 0.61 }));
    const people = r.domains[0]!;
    expect(people.tasksSeen).toBe(1);
    expect(people.expected).toBeCloseTo((1 + 7 * people.parts.prior) / 8, 12);
  });

  test('the range holds the expected share, and more first answers make it narrower', () => {
    const thin = ready(est({ outline, items: items(3), firstSight: sights(10, 6), cut: 0.61 }));
    const thick = ready(est({ outline, items: items(3), firstSight: sights(300, 180), cut: 0.61 }));
    for (const r of [thin, thick]) for (const e of [r.overall, ...r.domains]) expect(e.low <= e.expected && e.expected <= e.high).toBe(true);
    expect(thick.overall.high - thick.overall.low).toBeLessThan(thin.overall.high - thin.overall.low);
    // Even with everything seen, which questions come up is luck: the range never collapses.
    const seen = ready(est({ outline, items: items(3, () => ({ recall: 0.7 })), firstSight: sights(300, 180), cut: 0.61 }));
    expect(seen.overall.high - seen.overall.low).toBeGreaterThan(0.05);
  });

  test('rating chances add up to one, and the likeliest rating is the band of a sure estimate', () => {
    const r = ready(est({ outline, items: items(3, () => ({ recall: 0.9 })), firstSight: sights(300, 250), cut: 0.61 }));
    const sum = Object.values(r.overall.ratingChances).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(r.overall.rating).toBe(ratingOf(r.overall.expected, 0.61));
    expect(r.overall.passChance).toBeGreaterThan(0.99);
    const strict = ready(est({ outline, items: items(3, () => ({ recall: 0.9 })), firstSight: sights(300, 250), cut: 0.95 }));
    expect(strict.overall.passChance).toBeLessThan(0.5);
    expect(strict.overall.rating).toBe('below-target');
  });

  test('the focus tasks are those with the most expected exam questions lost', () => {
    const weakTask = (d: DomainId, t: number) => (d === 'process' && t === 8 ? 0.1 : d === 'people' && t === 2 ? 0.3 : 0.95);
    const r = ready(est({ outline, items: items(3, (d, t) => ({ recall: weakTask(d, t) })), firstSight: sights(100, 60), cut: 0.61 }));
    expect(r.focus).toHaveLength(5);
    expect(r.focus.slice(0, 2).map((t) => `${t.domain} ${t.task}`)).toEqual(['process 8', 'people 2']);
    const lost = r.focus.map((t) => t.pointsLost);
    expect([...lost].sort((a, b) => b - a)).toEqual(lost);
    const p8 = r.focus[0]!;
    expect(p8.examQuestions).toBeCloseTo((0.41 * outline.exam.scored) / 10, 12);
    expect(p8.pointsLost).toBeCloseTo(p8.examQuestions * (1 - p8.expected), 12);
  });

  test('questions counted together in groups give the same estimate as one by one', () => {
    const each = items(3, (d, t, k) => ({ recall: k === 0 ? null : 0.5 + 0.1 * k + 0.01 * t, floor: k === 2 ? 0.2 : 0.25 }));
    const byOne = ready(est({ outline, items: each, firstSight: sights(40, 25), cut: 0.61 }));
    const grouped = new Map<string, ReadinessGroup>();
    for (const g of each.map(groupOf)) {
      const key = `${g.domain} ${g.task} ${g.floor}`;
      const had = grouped.get(key);
      grouped.set(key, had ? { ...had, questions: had.questions + 1, seen: had.seen + g.seen, recallSum: had.recallSum + g.recallSum } : g);
    }
    const together = ready(estimateReadiness({ outline, groups: [...grouped.values()], firstSight: sights(40, 25), cut: 0.61 }));
    expect(grouped.size).toBeLessThan(each.length);
    expect(together.overall.expected).toBeCloseTo(byOne.overall.expected, 12);
    expect(together.domains.map((d) => d.parts.meanRecall)).toEqual(byOne.domains.map((d) => expect.closeTo(d.parts.meanRecall ?? 0, 12)));
  });

  test('better recall never lowers the estimate (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 26, maxLength: 26 }), fc.integer({ min: 0, max: 25 }), fc.double({ min: 0, max: 1, noNaN: true }), (recalls, which, more) => {
        const base = items(1, () => ({})).map((item, i) => ({ ...item, recall: recalls[i]! }));
        const better = base.map((item, i) => (i === which ? { ...item, recall: Math.max(item.recall, more) } : item));
        const a = ready(est({ outline, items: base, firstSight: sights(20, 12), cut: 0.61 }));
        const b = ready(est({ outline, items: better, firstSight: sights(20, 12), cut: 0.61 }));
        return b.overall.expected >= a.overall.expected - 1e-12;
      }),
    );
  });
});

describe('ratings under an assumed cut', () => {
  test('bands start at the cut and 15 points either side', () => {
    expect(ratingThresholds(0.61)).toEqual({ 'above-target': expect.closeTo(0.76, 12), target: 0.61, 'below-target': expect.closeTo(0.46, 12), 'needs-improvement': 0 });
    expect(ratingOf(0.6099, 0.61)).toBe('below-target');
    expect(ratingOf(0.61, 0.61)).toBe('target');
    expect(ratingOf(0.76, 0.61)).toBe('above-target');
    expect(ratingOf(0.45, 0.61)).toBe('needs-improvement');
    expect(ratingOf(0.7, 0.75)).toBe('below-target');
  });
});
