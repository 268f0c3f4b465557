/**
 * The order in which a learner meets new questions: a shuffle of their own (seeded once per
 * database), interleaved across the exam domains by the blueprint's weights so the first days
 * are not all one domain, with a scenario set's questions kept together in the order they were imported.
 * Each question's place within its domain comes from a hash of the seed and its ids, so adding
 * a bank does not reshuffle what was already ordered within a domain.
 */
import { hashString, seededRandom } from './random.js';

export interface NewOrderItem {
  readonly pk: number;
  readonly bankId: string;
  readonly questionId: string;
  readonly domain: string | null;
  readonly scenarioId: string | null;
}

interface Unit {
  readonly key: number;
  readonly tie: string;
  readonly items: NewOrderItem[];
}

const NO_DOMAIN = '';

/**
 * The items' pks in the learner's order. `weights` are the blueprint's shares by domain; items
 * of a domain the blueprint does not weigh (or without a domain) get their share of the bank.
 */
export function newQuestionOrder(items: readonly NewOrderItem[], seed: number, weights: ReadonlyMap<string, number>): number[] {
  // Scenario sets (one bank, one scenario) travel as one unit; every other question is a unit of its own.
  const units = new Map<string, NewOrderItem[]>();
  for (const item of items) {
    const id = item.scenarioId !== null ? `${item.bankId}\u0000s\u0000${item.scenarioId}` : `${item.bankId}\u0000q\u0000${item.questionId}`;
    const unit = units.get(id);
    if (unit) unit.push(item);
    else units.set(id, [item]);
  }
  const byDomain = new Map<string, Unit[]>();
  for (const [id, unitItems] of units) {
    // A set's questions in the order they were imported (the bank file's order).
    unitItems.sort((a, b) => a.pk - b.pk);
    const domain = unitItems[0]!.domain ?? NO_DOMAIN;
    const list = byDomain.get(domain) ?? [];
    list.push({ key: mix(hashString(id) ^ mix(seed >>> 0)), tie: id, items: unitItems });
    byDomain.set(domain, list);
  }
  const domains = [...byDomain.keys()].sort();
  for (const d of domains) byDomain.get(d)!.sort((a, b) => a.key - b.key || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));

  // Weights: the blueprint's for the domains it knows, scaled to the share of the bank they hold;
  // other domains by their own share of the bank.
  const total = items.length;
  const count = (d: string) => byDomain.get(d)!.reduce((n, u) => n + u.items.length, 0);
  const known = domains.filter((d) => (weights.get(d) ?? 0) > 0);
  const knownCount = known.reduce((n, d) => n + count(d), 0);
  const knownWeight = known.reduce((n, d) => n + weights.get(d)!, 0);
  const weight = new Map<string, number>();
  for (const d of domains) {
    weight.set(d, known.includes(d) ? (weights.get(d)! / knownWeight) * (knownCount / total) : count(d) / total);
  }

  // Stride scheduling: the next unit comes from the domain furthest behind its share; a seeded
  // head start per domain decides who goes first. Arrays by domain index, not maps: this loop
  // runs once per unit, 100,000 times for a big bank.
  const random = seededRandom(seed);
  const lists = domains.map((d) => byDomain.get(d)!);
  const shares = domains.map((d) => weight.get(d)!);
  const taken = domains.map(() => random());
  const next = domains.map(() => 0);
  const order: number[] = [];
  for (;;) {
    let best = -1;
    let bestPass = Infinity;
    for (let d = 0; d < lists.length; d++) {
      if (next[d]! >= lists[d]!.length) continue;
      const pass = taken[d]! / shares[d]!;
      if (pass < bestPass) {
        bestPass = pass;
        best = d;
      }
    }
    if (best < 0) break;
    const unit = lists[best]![next[best]!]!;
    next[best]!++;
    taken[best]! += unit.items.length;
    for (const item of unit.items) order.push(item.pk);
  }
  return order;
}

/** murmur3's finaliser: spreads every input bit over the output, so keys of similar ids look unrelated. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
