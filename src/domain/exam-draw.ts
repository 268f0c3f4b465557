/**
 * Drawing a mock exam to a blueprint. Pure and seeded: the same candidates, format and seed give
 * the same exam. Domain shares follow the outline's weights (largest remainder); about the
 * blueprint's share is agile or hybrid where the bank allows; a scenario set (one case, several
 * questions) is drawn whole and shown in one run inside one section; questions never answered come
 * first, then those answered longest ago.
 */
import type { ExamFormat } from './outline.js';
import type { Approach, DomainId } from './question.js';
import { seededRandom, shuffleKeepingPinned, type Random } from './random.js';

export interface ExamCandidate {
  readonly questionPk: number;
  readonly domain: DomainId;
  readonly approach: Approach | null;
  /** Questions with the same key share a case and are drawn together (null: a question on its own). */
  readonly setKey: string | null;
  /** When the learner last answered it, ms since epoch; null if never. */
  readonly lastSeenAt: number | null;
}

/**
 * A mock exam's slice: only these banks (empty: all), questions with any of these tags (empty:
 * all), and only one domain of the outline (absent: every domain, by the blueprint's weights).
 */
export interface ExamSlice {
  readonly banks: readonly string[];
  readonly tags: readonly string[];
  readonly domain?: DomainId;
}

/** Whether the slice narrows anything. */
export function isSliced(slice: ExamSlice | undefined): slice is ExamSlice {
  return slice !== undefined && (slice.banks.length > 0 || slice.tags.length > 0 || slice.domain !== undefined);
}

/** The slice as the options that chose it: "--bank a b --tag t --domain people". */
export function describeSlice(slice: ExamSlice): string {
  return [slice.banks.length > 0 ? `--bank ${slice.banks.join(' ')}` : '', slice.tags.length > 0 ? `--tag ${slice.tags.join(' ')}` : '', slice.domain ? `--domain ${slice.domain}` : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * The blueprint a slice is drawn to: every domain by its weight, or for a one-domain mock that
 * domain alone, its share of the full exam by default (People 33 % of 180: 59 questions).
 */
export function sliceBlueprint(format: ExamFormat, domains: readonly DomainWeight[], slice: ExamSlice | undefined): { domains: DomainWeight[]; questions: number } {
  if (!slice?.domain) return { domains: [...domains], questions: format.questions };
  return { domains: domains.filter((d) => d.id === slice.domain).map((d) => ({ id: d.id, weight: 1 })), questions: domainQuotas(format.questions, domains).get(slice.domain) ?? 0 };
}

export interface ExamRequest {
  /** Questions wanted; the format's count when absent. */
  readonly questions?: number;
  /** Exam time in minutes; the format's time scaled to the questions drawn when absent. */
  readonly minutes?: number;
  readonly seed: number;
  /**
   * Share of the exam (0..1) to draw from questions answered before: a mock that also checks the
   * readiness estimate's seen-question part. Default 0: never-answered questions first, as on the
   * real exam, then the longest ago.
   */
  readonly seenShare?: number;
}

export interface PlannedItem {
  readonly questionPk: number;
  readonly scored: boolean;
  /** 1-based; a break point closes a section. */
  readonly section: number;
}

export interface ExamBreak {
  /** The break is offered after this question (1-based); the questions up to it lock. */
  readonly afterQuestion: number;
  readonly minutes: number;
}

export interface DomainShortfall {
  readonly domain: DomainId;
  readonly wanted: number;
  readonly available: number;
}

export interface ExamPlan {
  readonly items: readonly PlannedItem[];
  /** What was asked for, before the bank's limits. */
  readonly requested: number;
  readonly minutes: number;
  readonly breaks: readonly ExamBreak[];
  /** Domains that could not fill their share of the requested exam (the exam was scaled down). */
  readonly shortfall: readonly DomainShortfall[];
  readonly agileHybrid: number;
  readonly predictive: number;
}

export interface DomainWeight {
  readonly id: DomainId;
  readonly weight: number;
}

/** Largest-remainder split of `total` by weight; ties go to the domain listed first. */
export function domainQuotas(total: number, domains: readonly DomainWeight[]): Map<DomainId, number> {
  const sum = domains.reduce((a, d) => a + d.weight, 0) || 1;
  const raw = domains.map((d) => (total * d.weight) / sum);
  const quota = raw.map(Math.floor);
  let left = total - quota.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    quota[i] = (quota[i] as number) + 1;
    left--;
  }
  return new Map(domains.map((d, i) => [d.id, quota[i] as number]));
}

interface Unit {
  readonly members: readonly ExamCandidate[];
  readonly recency: number;
  readonly tieBreak: number;
}

export function planExam(format: ExamFormat, domains: readonly DomainWeight[], candidates: readonly ExamCandidate[], request: ExamRequest): ExamPlan {
  const random = seededRandom(request.seed);
  const requested = request.questions ?? format.questions;
  const available = new Map<DomainId, number>(domains.map((d) => [d.id, 0]));
  for (const c of candidates) if (available.has(c.domain)) available.set(c.domain, (available.get(c.domain) ?? 0) + 1);

  // The largest exam, up to the request, whose domain shares the bank can fill.
  let size = requested;
  while (size > 0 && [...domainQuotas(size, domains)].some(([d, q]) => q > (available.get(d) ?? 0))) size--;
  const wanted = domainQuotas(requested, domains);
  const shortfall = size < requested ? domains.filter((d) => (wanted.get(d.id) ?? 0) > (available.get(d.id) ?? 0)).map((d) => ({ domain: d.id, wanted: wanted.get(d.id) ?? 0, available: available.get(d.id) ?? 0 })) : [];

  const pool = mixSeen(units(candidates.filter((c) => available.has(c.domain)), random), request.seenShare ?? 0);
  const chosen = choose(pool, domainQuotas(size, domains), Math.round(size * format.agileHybridShare), size);
  const count = chosen.reduce((a, u) => a + u.members.length, 0);
  const scale = count / format.questions;
  const minutes = request.minutes ?? Math.max(1, Math.round(format.minutes * scale));
  const breakPoints = [...new Set(format.breaks.map((b) => Math.round(b.afterQuestion * scale)))].filter((at) => at > 0 && at < count).sort((a, b) => a - b);
  const sections = arrange(chosen, breakPoints, count, random);
  const pretest = Math.floor((count * format.pretest) / format.questions);
  const flat = sections.flatMap((units, s) => units.flatMap((u) => u.members.map((m) => ({ questionPk: m.questionPk, section: s + 1 }))));
  const unscored = new Set(shuffleKeepingPinned(flat.map((_, i) => i), random).slice(0, pretest));
  const items = flat.map((it, i) => ({ ...it, scored: !unscored.has(i) }));

  let end = 0;
  const breaks: ExamBreak[] = [];
  sections.slice(0, -1).forEach((units, s) => {
    end += units.reduce((a, u) => a + u.members.length, 0);
    breaks.push({ afterQuestion: end, minutes: format.breaks[s]?.minutes ?? format.breaks[0]?.minutes ?? 10 });
  });
  const members = chosen.flatMap((u) => u.members);
  return {
    items,
    requested,
    minutes,
    breaks: breaks.filter((b) => b.afterQuestion > 0 && b.afterQuestion < count),
    shortfall,
    agileHybrid: members.filter((m) => m.approach === 'agile' || m.approach === 'hybrid').length,
    predictive: members.filter((m) => m.approach === 'predictive').length,
  };
}

/** Scenario sets and single questions, best first: never answered, then answered longest ago; ties by chance. */
function units(candidates: readonly ExamCandidate[], random: Random): Unit[] {
  const sorted = [...candidates].sort((a, b) => a.questionPk - b.questionPk);
  const sets = new Map<string, ExamCandidate[]>();
  const result: ExamCandidate[][] = [];
  for (const c of sorted) {
    if (c.setKey === null) result.push([c]);
    else {
      const set = sets.get(c.setKey);
      if (set) set.push(c);
      else {
        const fresh = [c];
        sets.set(c.setKey, fresh);
        result.push(fresh);
      }
    }
  }
  return result
    .map((members) => ({ members, recency: Math.max(...members.map((m) => m.lastSeenAt ?? -Infinity)), tieBreak: random() }))
    .sort((a, b) => a.recency - b.recency || a.tieBreak - b.tieBreak);
}

/**
 * The pool in priority order with seen questions woven in: in every prefix about `share` of the
 * units are seen ones (in chance order, not only the oldest: the check needs every interval), so
 * the quotas, filled in this order, take about that share from them. Share 0 keeps the order.
 */
function mixSeen(pool: readonly Unit[], share: number): Unit[] {
  if (share <= 0) return [...pool];
  const unseen = pool.filter((u) => u.recency === -Infinity);
  const seen = pool.filter((u) => u.recency !== -Infinity).sort((a, b) => a.tieBreak - b.tieBreak);
  const mixed: Unit[] = [];
  let s = 0;
  let n = 0;
  while (s < seen.length || n < unseen.length) {
    const takeSeen = s < seen.length && (n >= unseen.length || s < share * (s + n + 1));
    mixed.push(takeSeen ? (seen[s++] as Unit) : (unseen[n++] as Unit));
  }
  return mixed;
}

type ApproachClass = 'agile-hybrid' | 'predictive' | 'unknown';
const classOf = (a: Approach | null): ApproachClass => (a === 'agile' || a === 'hybrid' ? 'agile-hybrid' : a === 'predictive' ? 'predictive' : 'unknown');

/** Fills the domain quotas in priority order: first keeping the approach mix, then without it. */
function choose(pool: readonly Unit[], quotas: ReadonlyMap<DomainId, number>, agileTarget: number, size: number): Unit[] {
  const taken: Unit[] = [];
  const used = new Set<Unit>();
  const perDomain = new Map<DomainId, number>();
  const perClass: Record<ApproachClass, number> = { 'agile-hybrid': 0, predictive: 0, unknown: 0 };
  const limit: Record<ApproachClass, number> = { 'agile-hybrid': agileTarget, predictive: size - agileTarget, unknown: size };
  const fits = (u: Unit, keepMix: boolean): boolean => {
    const need = new Map<DomainId, number>();
    for (const m of u.members) need.set(m.domain, (need.get(m.domain) ?? 0) + 1);
    for (const [d, n] of need) if ((perDomain.get(d) ?? 0) + n > (quotas.get(d) ?? 0)) return false;
    if (!keepMix) return true;
    const byClass: Record<ApproachClass, number> = { 'agile-hybrid': 0, predictive: 0, unknown: 0 };
    for (const m of u.members) byClass[classOf(m.approach)]++;
    return (Object.keys(byClass) as ApproachClass[]).every((k) => perClass[k] + byClass[k] <= limit[k]);
  };
  const agileIn = (u: Unit) => u.members.filter((m) => classOf(m.approach) === 'agile-hybrid').length;
  // The quotas add up to `size`: once it is reached nothing else fits, and a bank of 100,000 need not be walked to its end.
  let count = 0;
  const pass = (order: readonly Unit[], keepMix: boolean) => {
    for (const u of order) {
      if (count >= size) return;
      if (used.has(u) || !fits(u, keepMix)) continue;
      used.add(u);
      taken.push(u);
      count += u.members.length;
      for (const m of u.members) {
        perDomain.set(m.domain, (perDomain.get(m.domain) ?? 0) + 1);
        perClass[classOf(m.approach)]++;
      }
    }
  };
  pass(pool, true);
  // Second pass, the mix given up: units richer in agile or hybrid questions first, so the share comes as near as it can.
  if (count < size) pass([...pool].sort((a, b) => agileIn(b) / b.members.length - agileIn(a) / a.members.length), false);
  return taken;
}

/**
 * Places the units in sections of the sizes the break points give: scenario sets first, each in
 * a section with room for all of it, then single questions; each section in random order.
 */
function arrange(chosen: readonly Unit[], breakPoints: readonly number[], count: number, random: Random): Unit[][] {
  const bounds = [0, ...breakPoints, count];
  const room = bounds.slice(1).map((b, i) => b - (bounds[i] as number));
  const sections: Unit[][] = room.map(() => []);
  const shuffled = shuffleKeepingPinned(chosen, random);
  for (const set of shuffled.filter((u) => u.members.length > 1)) {
    const open = room.map((r, i) => (r >= set.members.length ? i : -1)).filter((i) => i >= 0);
    // No section has room left for the whole set: the roomiest takes it and the sections shift a little.
    const s = open.length > 0 ? (open[Math.floor(random() * open.length)] as number) : room.indexOf(Math.max(...room));
    (sections[s] as Unit[]).push(set);
    room[s] = (room[s] as number) - set.members.length;
  }
  let s = 0;
  for (const single of shuffled.filter((u) => u.members.length === 1)) {
    while (s < room.length - 1 && (room[s] as number) <= 0) s++;
    (sections[s] as Unit[]).push(single);
    room[s] = (room[s] as number) - 1;
  }
  return sections.map((units) => shuffleKeepingPinned(units, random)).filter((units, i, all) => units.length > 0 || i === all.length - 1);
}
