import { ShuangsuijiError } from '../core/errors.js';

/**
 * A weighted choice prepared for fast repeated draws (加权抽取表).
 *
 * @example
 * ```ts
 * const table: WeightedTable<string> = createWeightedTable([['A', 1], ['B', 1]]);
 * table.thresholds; //=> [0.5, 1]
 * ```
 */
export interface WeightedTable<T> {
  /** The values, in the order given. */
  readonly values: readonly T[];
  /** Running sums of the weights divided by their total; the last is 1. */
  readonly thresholds: readonly number[];
}

/**
 * Prepares a weighted choice for repeated draws (加权抽取表): checks the weights once so the hot
 * loop does not. Entries with weight 0 are never drawn.
 *
 * @param entries - `[value, weight]` pairs; weights finite and ≥ 0 with a positive total
 * @param label - Chinese name of the input, for the error message
 * @returns the table
 * @throws {ShuangsuijiError} `INVALID_INPUT` (path `[index, 1]`) for a bad weight, or `[]` when the total is not positive
 *
 * @example
 * ```ts
 * const table = createWeightedTable([['a', 1], ['b', 3]]);
 * table.thresholds; //=> [0.25, 1]
 * drawFromTable(table, 0.3); //=> 'b'
 * ```
 */
export function createWeightedTable<T>(entries: readonly (readonly [T, number])[], label = '权重'): WeightedTable<T> {
  let total = 0;
  entries.forEach(([, weight], index) => {
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `${label}无效：权重应为非负有限数`, { path: [index, 1] });
    }
    total += weight;
  });
  if (!(total > 0)) throw new ShuangsuijiError('INVALID_INPUT', `${label}无效：权重之和应大于 0`, { path: [] });
  const values: T[] = [];
  const thresholds: number[] = [];
  let running = 0;
  for (const [value, weight] of entries) {
    running += weight;
    values.push(value);
    thresholds.push(running / total);
  }
  // The last positive entry closes the table exactly, so rounding can never fall off the end.
  for (let i = thresholds.length - 1; i >= 0 && thresholds[i] === thresholds[thresholds.length - 1]; i -= 1) thresholds[i] = 1;
  return { values, thresholds };
}

/**
 * Draws from a weighted table with a uniform number `u` in [0, 1) (按权重抽取).
 *
 * @param table - a table from {@link createWeightedTable}
 * @param u - a uniform number in [0, 1)
 * @returns the first value whose running share exceeds `u`
 *
 * @example
 * ```ts
 * const table = createWeightedTable([['a', 1], ['b', 0], ['c', 1]]);
 * drawFromTable(table, 0.49); //=> 'a'
 * drawFromTable(table, 0.5); //=> 'c'
 * ```
 */
export function drawFromTable<T>(table: WeightedTable<T>, u: number): T {
  const { thresholds, values } = table;
  for (let i = 0; i < thresholds.length; i += 1) {
    if (u < (thresholds[i] as number)) return values[i] as T;
  }
  return values[values.length - 1] as T;
}
