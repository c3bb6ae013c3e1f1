import alea from 'seedrandom/lib/alea.js';
import { ShuangsuijiError } from '../core/errors.js';
import { createWeightedTable, drawFromTable } from './weighted-table.js';

/**
 * A seeded pseudo-random generator for simulations and synthetic data (伪随机数发生器).
 * Never for official draws: those use SHA-256 tickets (`draw/`).
 *
 * @example
 * ```ts
 * const prng: Prng = createPrng('demo');
 * prng.int(10) < 10; //=> true
 * ```
 */
export interface Prng {
  /** A number in [0, 1) (32 bits of randomness). */
  next(): number;
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One value of `[value, weight]` pairs, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

const TWO_POW_32 = 2 ** 32;

/**
 * Creates a seeded generator (伪随机数发生器) on Baagøe's Alea algorithm as implemented by
 * seedrandom 3.0.5 (`seedrandom/lib/alea.js`). The algorithm is part of the API: every seeded
 * result of `simulate/` depends on it, in every JavaScript engine alike.
 *
 * @param seed - a non-empty string
 * @returns the generator
 * @throws {ShuangsuijiError} `EMPTY_SEED` for `''`; `INVALID_INPUT` when `seed` is not a string.
 *   Its methods throw `INVALID_INPUT` for a bad bound, an empty array or bad weights.
 *
 * @example
 * ```ts
 * const prng = createPrng('hello.');
 * prng.next(); //=> 0.4783254903741181 (seedrandom's published Alea vector)
 * prng.int(6); // an integer 0…5
 * prng.pick(['甲', '乙']); // '甲' or '乙'
 * prng.weighted([['A', 0.4], ['B', 0.6]]); // 'A' or 'B'
 * createPrng(''); // throws EMPTY_SEED
 * ```
 */
export function createPrng(seed: string): Prng {
  if (typeof seed !== 'string') throw new ShuangsuijiError('INVALID_INPUT', '随机种子应为字符串', { path: [] });
  if (seed.length === 0) throw new ShuangsuijiError('EMPTY_SEED', undefined, { path: [] });
  const generator = alea(seed);
  const next = (): number => generator();
  const int = (maxExclusive: number): number => {
    if (!Number.isSafeInteger(maxExclusive) || maxExclusive < 1) {
      throw new ShuangsuijiError('INVALID_INPUT', '随机整数的上界应为正整数', { path: ['maxExclusive'] });
    }
    const u = maxExclusive <= TWO_POW_32 ? generator() : generator.double();
    return Math.floor(u * maxExclusive);
  };
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (!Array.isArray(items) || items.length === 0) {
        throw new ShuangsuijiError('INVALID_INPUT', '随机选取的数组不能为空', { path: ['items'] });
      }
      return items[int(items.length)] as T;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      if (!Array.isArray(entries) || entries.length === 0) {
        throw new ShuangsuijiError('INVALID_INPUT', '加权选取的列表不能为空', { path: ['entries'] });
      }
      return drawFromTable(createWeightedTable(entries, '加权选取'), generator());
    },
  };
}
