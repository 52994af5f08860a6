// A seeded pseudo-random source (mulberry32), so that a soak's choices of operations, targets and faults can be
// replayed from its seed. Timing on a shared machine is not replayable; the sequence of decisions is.

export interface Random {
  readonly seed: number;
  /** [0, 1) */
  next(): number;
  /** an integer in [min, max] */
  int(min: number, max: number): number;
  /** a number in [min, max) */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** an item chosen with the weights given (weights ≤ 0 are never chosen) */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed: seed >>> 0,
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
      const entries = (Object.entries(weights) as [T, number][]).filter(([, w]) => w > 0);
      let left = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [item, w] of entries) if ((left -= w) < 0) return item;
      return entries.at(-1)![0];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** BENCH_SOAK_SEED, or a fresh one (printed, so that the run can be repeated). */
export function seedFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`BENCH_SOAK_SEED must be a non-negative integer, not "${value}"`);
  return seed;
}
