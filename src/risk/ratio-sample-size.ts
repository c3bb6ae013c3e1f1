import { ShuangsuijiError } from '../core/errors.js';
import { describeValue } from '../core/_internal/boundary.js';
import { ceilDiv, decimalFraction } from './decimal-fraction.js';

/**
 * Sample size for a ratio of a pool, `⌈ratio × poolSize⌉`, computed exactly (按比例抽取数量).
 *
 * The ratio is read as the decimal it prints as, so `7 % × 100` gives 7 (a naive
 * `Math.ceil(0.07 * 100)` gives 8 because the double product is 7.000000000000001).
 * The result never exceeds `poolSize`.
 *
 * @param ratio - share of the pool, in [0, 1]
 * @param poolSize - number of subjects, a non-negative integer
 * @returns the number of subjects to draw
 * @throws {ShuangsuijiError} `INVALID_INPUT` (path `['ratio']` or `['poolSize']`) for a ratio outside
 *   [0, 1] or a pool size that is not a non-negative integer
 *
 * @example
 * ```ts
 * ratioSampleSize(0.03, 100); //=> 3
 * ratioSampleSize(0.07, 100); //=> 7
 * ratioSampleSize(0.03, 101); //=> 4
 * ratioSampleSize(0.12, 10); //=> 2
 * ratioSampleSize(1.5, 10); // throws INVALID_INPUT
 * ```
 */
export function ratioSampleSize(ratio: number, poolSize: number): number {
  // Number.isFinite is false for anything but a finite number (it does not coerce).
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
    throw new ShuangsuijiError('INVALID_INPUT', `抽查比例应在 0 到 1 之间，实际为 ${describeValue(ratio)}`, { path: ['ratio'] });
  }
  if (!Number.isSafeInteger(poolSize) || poolSize < 0) {
    throw new ShuangsuijiError('INVALID_INPUT', `对象数应为非负整数，实际为 ${describeValue(poolSize)}`, { path: ['poolSize'] });
  }
  const { num, den } = decimalFraction(ratio);
  return Number(ceilDiv(num * BigInt(poolSize), den));
}
