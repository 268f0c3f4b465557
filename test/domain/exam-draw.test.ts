import { describe, expect, it } from '@jest/globals';
import { describeSlice, domainQuotas, planExam, sliceBlueprint, type ExamCandidate } from '../../src/domain/exam-draw.js';
import { scoreExam } from '../../src/domain/exam-score.js';
import type { ExamFormat } from '../../src/domain/outline.js';
import type { Approach, DomainId } from '../../src/domain/question.js';

const FORMAT: ExamFormat = {
  questions: 180,
  scored: 170,
  pretest: 10,
  minutes: 240,
  breaks: [
    { afterQuestion: 60, minutes: 10 },
    { afterQuestion: 120, minutes: 10 },
  ],
  agileHybridShare: 0.6,
};
const DOMAINS = [
  { id: 'people' as const, weight: 0.33 },
  { id: 'process' as const, weight: 0.41 },
  { id: 'business-environment' as const, weight: 0.26 },
];

/** `perDomain` questions per domain, half agile or hybrid, every tenth in a set of three. */
function pool(perDomain: number, options: { seen?: (pk: number) => number | null; approach?: (i: number) => Approach; sets?: false } = {}): ExamCandidate[] {
  const out: ExamCandidate[] = [];
  let pk = 1;
  for (const domain of ['people', 'process', 'business-environment'] as DomainId[]) {
    for (let i = 0; i < perDomain; i++, pk++) {
      const set = options.sets !== false && i % 30 < 3 ? `${domain}-set-${Math.floor(i / 30)}` : null;
      out.push({ questionPk: pk, domain, approach: options.approach ? options.approach(i) : (['agile', 'predictive', 'hybrid', 'predictive'] as Approach[])[i % 4] as Approach, setKey: set, lastSeenAt: options.seen ? options.seen(pk) : null });
    }
  }
  return out;
}

const byDomain = (plan: ReturnType<typeof planExam>, candidates: readonly ExamCandidate[]) => {
  const domainOf = new Map(candidates.map((c) => [c.questionPk, c.domain]));
  const counts: Record<string, number> = {};
  for (const i of plan.items) counts[domainOf.get(i.questionPk) as string] = (counts[domainOf.get(i.questionPk) as string] ?? 0) + 1;
  return counts;
};

describe('drawing a mock exam to the blueprint', () => {
  it('splits by largest remainder', () => {
    expect(Object.fromEntries(domainQuotas(180, DOMAINS))).toEqual({ people: 59, process: 74, 'business-environment': 47 });
    expect(Object.fromEntries(domainQuotas(12, DOMAINS))).toEqual({ people: 4, process: 5, 'business-environment': 3 });
  });

  it('draws 180 questions in the domain shares, 10 unscored, breaks after 60 and 120, about 60 % agile or hybrid', () => {
    const candidates = pool(200);
    const plan = planExam(FORMAT, DOMAINS, candidates, { seed: 1 });
    expect(plan.items).toHaveLength(180);
    expect(new Set(plan.items.map((i) => i.questionPk)).size).toBe(180);
    expect(byDomain(plan, candidates)).toEqual({ people: 59, process: 74, 'business-environment': 47 });
    expect(plan.items.filter((i) => !i.scored)).toHaveLength(10);
    expect(plan.breaks.map((b) => b.afterQuestion)).toEqual([60, 120]);
    expect(plan.minutes).toBe(240);
    expect(plan.agileHybrid).toBe(108);
    expect(plan.predictive).toBe(72);
    expect(plan.shortfall).toEqual([]);
  });

  it('keeps each scenario set together, in one section', () => {
    const candidates = pool(200);
    const plan = planExam(FORMAT, DOMAINS, candidates, { seed: 7 });
    const setOf = new Map(candidates.map((c) => [c.questionPk, c.setKey]));
    const positions = new Map<string, number[]>();
    plan.items.forEach((item, i) => {
      const key = setOf.get(item.questionPk);
      if (key) positions.set(key, [...(positions.get(key) ?? []), i]);
    });
    expect(positions.size).toBeGreaterThan(0);
    for (const [key, at] of positions) {
      expect({ key, size: at.length }).toEqual({ key, size: 3 });
      expect(at[2]! - at[0]!).toBe(2);
      expect(new Set(at.map((i) => plan.items[i]!.section)).size).toBe(1);
    }
  });

  it('is the same exam for the same seed, and another for another seed', () => {
    const candidates = pool(200);
    const a = planExam(FORMAT, DOMAINS, candidates, { seed: 42 });
    expect(planExam(FORMAT, DOMAINS, [...candidates].reverse(), { seed: 42 })).toEqual(a);
    expect(planExam(FORMAT, DOMAINS, candidates, { seed: 43 }).items).not.toEqual(a.items);
  });

  it('gives a short practice exam the same proportions, time and break points scaled', () => {
    const candidates = pool(200);
    const plan = planExam(FORMAT, DOMAINS, candidates, { seed: 3, questions: 12 });
    expect(plan.items).toHaveLength(12);
    expect(byDomain(plan, candidates)).toEqual({ people: 4, process: 5, 'business-environment': 3 });
    expect(plan.minutes).toBe(16);
    expect(plan.breaks.map((b) => b.afterQuestion)).toEqual([4, 8]);
    expect(plan.items.every((i) => i.scored)).toBe(true); // too short for an unscored item
    expect(planExam(FORMAT, DOMAINS, candidates, { seed: 3, questions: 90, minutes: 100 }).items.filter((i) => !i.scored)).toHaveLength(5);
    expect(planExam(FORMAT, DOMAINS, candidates, { seed: 3, questions: 90, minutes: 100 }).minutes).toBe(100);
  });

  it('prefers questions never answered, then those answered longest ago', () => {
    // Every third question was seen (the higher the pk, the more recently); even ones never.
    const candidates = pool(70, { seen: (pk) => (pk % 3 === 0 ? pk * 1000 : null) });
    const plan = planExam(FORMAT, DOMAINS, candidates, { seed: 5, questions: 60 });
    const drawn = new Set(plan.items.map((i) => i.questionPk));
    const seenDrawn = candidates.filter((c) => drawn.has(c.questionPk) && c.lastSeenAt !== null);
    const unseenLeft = candidates.filter((c) => !drawn.has(c.questionPk) && c.lastSeenAt === null && c.setKey === null);
    const agile = (c: ExamCandidate) => c.approach !== 'predictive';
    // Seen questions come in only where the domain (and approach) ran out of unseen ones; sets aside.
    expect(seenDrawn.length).toBeLessThan(5);
    for (const c of seenDrawn) expect(unseenLeft.filter((u) => u.domain === c.domain && agile(u) === agile(c))).toEqual([]);
  });

  it('with --seen, draws about that share from questions answered before, at every interval, the blueprint kept', () => {
    const candidates = pool(70, { seen: (pk) => (pk % 3 === 0 ? pk * 1000 : null) });
    for (const share of [0.3, 0.5]) {
      const plan = planExam(FORMAT, DOMAINS, candidates, { seed: 5, questions: 60, seenShare: share });
      const drawn = candidates.filter((c) => plan.items.some((i) => i.questionPk === c.questionPk));
      const seen = drawn.filter((c) => c.lastSeenAt !== null);
      expect(Math.abs(seen.length / drawn.length - share)).toBeLessThan(0.1);
      // Not only the oldest: the seen ones span recent and old answers.
      const times = seen.map((c) => c.lastSeenAt as number).sort((a, b) => a - b);
      const all = candidates.filter((c) => c.lastSeenAt !== null).map((c) => c.lastSeenAt as number).sort((a, b) => a - b);
      expect(times.at(-1)! - times[0]!).toBeGreaterThan((all.at(-1)! - all[0]!) / 2);
      expect(byDomain(plan, candidates)).toEqual(byDomain(planExam(FORMAT, DOMAINS, candidates, { seed: 5, questions: 60 }), candidates));
    }
  });

  it('scales down in the blueprint proportions when a domain is short, and says which', () => {
    const candidates = pool(200).filter((c) => c.domain !== 'business-environment' || c.questionPk % 10 === 0);
    const plan = planExam(FORMAT, DOMAINS, candidates, { seed: 9 });
    const be = candidates.filter((c) => c.domain === 'business-environment').length;
    expect(plan.shortfall).toEqual([{ domain: 'business-environment', wanted: 47, available: be }]);
    const counts = byDomain(plan, candidates);
    expect(counts['business-environment']).toBeLessThanOrEqual(be);
    expect(Math.abs((counts.people ?? 0) / plan.items.length - 0.33)).toBeLessThan(0.05);
    expect(plan.minutes).toBe(Math.round((240 * plan.items.length) / 180));
  });

  it('a one-domain mock (--domain) is that domain\'s share of the exam, time scaled, the shortfall said the same way', () => {
    const slice = { banks: [], tags: [], domain: 'people' as const };
    expect(describeSlice(slice)).toBe('--domain people');
    const blueprint = sliceBlueprint(FORMAT, DOMAINS, slice);
    expect(blueprint).toEqual({ domains: [{ id: 'people', weight: 1 }], questions: 59 });
    const people = pool(200).filter((c) => c.domain === 'people');
    const plan = planExam(FORMAT, blueprint.domains, people, { seed: 3, questions: blueprint.questions });
    expect(plan.items).toHaveLength(59);
    expect(plan.shortfall).toEqual([]);
    expect(plan.minutes).toBe(Math.round((240 * 59) / 180));
    expect(plan.items.filter((i) => !i.scored)).toHaveLength(Math.floor((59 * 10) / 180));

    const few = people.slice(0, 30);
    const short = planExam(FORMAT, blueprint.domains, few, { seed: 3, questions: blueprint.questions });
    expect(short.shortfall).toEqual([{ domain: 'people', wanted: 59, available: 30 }]);
    expect(short.items).toHaveLength(30);
    expect(sliceBlueprint(FORMAT, DOMAINS, { banks: ['b'], tags: [] })).toEqual({ domains: DOMAINS, questions: 180 });
  });

  it('fills with predictive questions when there are too few agile ones', () => {
    const candidates = pool(200, { approach: (i) => (i % 10 === 0 ? 'agile' : 'predictive'), sets: false });
    const plan = planExam(FORMAT, DOMAINS, candidates, { seed: 2 });
    expect(plan.items).toHaveLength(180);
    expect(plan.agileHybrid).toBe(60);
  });
});

describe('scoring a mock exam', () => {
  it('counts scored items only, unanswered as wrong, and rates overall and per domain', () => {
    const items = [
      ...Array.from({ length: 7 }, () => ({ domain: 'people' as const, scored: true, answered: true, correct: true })),
      ...Array.from({ length: 3 }, () => ({ domain: 'people' as const, scored: true, answered: false, correct: false })),
      { domain: 'process' as const, scored: true, answered: true, correct: false },
      { domain: 'process' as const, scored: false, answered: true, correct: true },
    ];
    const s = scoreExam(items, ['people', 'process', 'business-environment'], 0.61);
    expect(s.overall).toEqual({ right: 7, total: 11, share: 7 / 11, rating: 'target' });
    expect(s.passed).toBe(true);
    expect(s.domains).toEqual([
      { domain: 'people', right: 7, total: 10, share: 0.7, rating: 'target' },
      { domain: 'process', right: 0, total: 1, share: 0, rating: 'needs-improvement' },
    ]);
    expect(s.unscored).toBe(1);
    expect(s.unanswered).toBe(3);
    expect(scoreExam(items, ['people', 'process'], 0.7).passed).toBe(false);
  });
});
