/**
 * The spread of one quantity over the runs of a simulation (推演分布): how many runs gave a value,
 * their mean, the extremes and the 5th, 50th and 95th percentiles.
 *
 * @example
 * ```ts
 * const spread: Distribution = { n: 3, mean: 2, min: 1, p5: 1.1, p50: 2, p95: 2.9, max: 3 };
 * ```
 */
export interface Distribution {
  /** Runs that gave a value (有效次数). */
  readonly n: number;
  /** Arithmetic mean (均值). */
  readonly mean: number;
  /** Smallest value (最小值). */
  readonly min: number;
  /** 5th percentile (5% 分位数). */
  readonly p5: number;
  /** Median (中位数). */
  readonly p50: number;
  /** 95th percentile (95% 分位数). */
  readonly p95: number;
  /** Largest value (最大值). */
  readonly max: number;
}

/**
 * The `q`-quantile of sorted values by linear interpolation between the closest ranks (分位数),
 * numpy's default (`(n − 1) × q`, Hyndman–Fan type 7).
 *
 * @param sorted - values sorted ascending, at least one
 * @param q - the quantile, 0…1
 * @returns the interpolated value
 *
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.5); //=> 2.5 (position 3 × 0.5 = 1.5, halfway between 2 and 3)
 * quantile([10], 0.95); //=> 10
 * ```
 */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/**
 * Summarises the values of a quantity over the runs of a simulation (推演分布统计). `null` values
 * (an indicator with nothing to measure in that run) are left out; with no value left the result is
 * `null`.
 *
 * @param values - one value per run (not mutated)
 * @returns `{ n, mean, min, p5, p50, p95, max }`, or `null` when no run gave a value
 *
 * @example
 * ```ts
 * summarizeDistribution([3, 1, 2, null]);
 * //=> { n: 3, mean: 2, min: 1, p5: 1.1, p50: 2, p95: 2.9, max: 3 }
 * // p5: position (3 − 1) × 0.05 = 0.1 → 1 + 0.1 × (2 − 1) = 1.1
 * summarizeDistribution([null]); //=> null
 * ```
 */
export function summarizeDistribution(values: readonly (number | null)[]): Distribution | null {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    n: sorted.length,
    mean: sum / sorted.length,
    min: sorted[0] as number,
    p5: quantile(sorted, 0.05),
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] as number,
  };
}
