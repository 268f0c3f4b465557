/** Seeded randomness: every shuffle can be replayed from its seed (tests, bug reports). */
export type Random = () => number;

/** mulberry32: small, fast, good enough for shuffling answer options. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string, for deriving seeds and stable orders from ids. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates shuffle that leaves the items for which `pinned` is true where they are. */
export function shuffleKeepingPinned<T>(items: readonly T[], random: Random, pinned: (item: T) => boolean = () => false): T[] {
  const result = items.slice();
  const movable = result.map((item, i) => (pinned(item) ? -1 : i)).filter((i) => i >= 0);
  for (let k = movable.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const a = movable[k] as number;
    const b = movable[j] as number;
    [result[a], result[b]] = [result[b] as T, result[a] as T];
  }
  return result;
}
