import { ShuangsuijiError } from '../core/errors.js';

/**
 * Checks that a pool is iterable (内部).
 *
 * @param pool - the value
 * @throws {ShuangsuijiError} `INVALID_INPUT` with path `['pool']`
 *
 * @example
 * ```ts
 * checkIterable([]); // passes
 * ```
 */
export function checkIterable(pool: unknown): void {
  if (pool === null || typeof pool !== 'object' || typeof (pool as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围应为可迭代的对象集合', { path: ['pool'] });
  }
}
