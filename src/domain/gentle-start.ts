/**
 * A gentle start for a brand-new learner: the first few new questions are single-answer basics
 * (one option to pick, no case to read, lower difficulty, preferably from the starter bank) taken
 * in the learner's own order; everything else keeps that order. Without it a new learner could
 * meet a five-item matching question or a long scenario first.
 */

/** How many gentle questions open a new database: about a first sitting's worth. */
export const GENTLE_START_COUNT = 5;

export interface GentleCandidate {
  readonly pk: number;
  readonly bankId: string;
  readonly type: string;
  readonly difficulty: number | null;
  readonly scenarioId: string | null;
  readonly domain: string | null;
}

/** The bundled bank written as a first contact with the exam. */
export const STARTER_BANK = 'pmp-starter';

/** Single answer, no scenario, difficulty 1–2 (or unrated). */
export function isBasic(item: GentleCandidate): boolean {
  return item.type === 'single' && item.scenarioId === null && (item.difficulty === null || item.difficulty <= 2);
}

/**
 * `order` (pks, the learner's order) with up to `count` basic questions moved to the front, in
 * the order they already had, each of the domain the learner's order would have opened with at
 * that place (the blueprint's mix holds from the first question): from the starter bank when it
 * has one, else from any bank, else a basic of another domain.
 */
export function withGentleStart(order: readonly number[], items: readonly GentleCandidate[], count = GENTLE_START_COUNT): number[] {
  const byPk = new Map(items.map((i) => [i.pk, i]));
  const basics = order.filter((pk) => {
    const item = byPk.get(pk);
    return item !== undefined && isBasic(item);
  });
  const starter = (pk: number) => byPk.get(pk)!.bankId === STARTER_BANK;
  const preferred = [...basics.filter(starter), ...basics.filter((pk) => !starter(pk))];
  const first: number[] = [];
  const chosen = new Set<number>();
  for (const place of order.slice(0, count)) {
    const domain = byPk.get(place)?.domain ?? null;
    const pick = preferred.find((pk) => !chosen.has(pk) && byPk.get(pk)!.domain === domain) ?? preferred.find((pk) => !chosen.has(pk));
    if (pick === undefined) break;
    first.push(pick);
    chosen.add(pick);
  }
  return [...first, ...order.filter((pk) => !chosen.has(pk))];
}
