// A small seeded PRNG for the preview's history (historyPlan.ts): the same seed gives the same
// year on every machine and every start. No Math.random, no clock reads.
// Mulberry32 (Tommy Ettinger's public-domain 32-bit generator), as widely published.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** `k` distinct items drawn with probability proportional to `weight`, in draw order. */
  weightedSample<T>(items: ReadonlyArray<T>, weight: (item: T) => number, k: number): T[];
}

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    weightedSample<T>(items: ReadonlyArray<T>, weight: (item: T) => number, k: number): T[] {
      const pool = items.map((item) => ({ item, w: Math.max(0, weight(item)) }));
      const out: T[] = [];
      while (out.length < k && pool.length > 0) {
        const total = pool.reduce((sum, p) => sum + p.w, 0);
        let r = next() * total;
        let index = pool.length - 1;
        for (let i = 0; i < pool.length; i++) {
          r -= pool[i].w;
          if (r < 0) {
            index = i;
            break;
          }
        }
        out.push(pool[index].item);
        pool.splice(index, 1);
      }
      return out;
    }
  };
}
