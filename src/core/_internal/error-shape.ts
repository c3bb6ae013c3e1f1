import { ERROR_CODES, type ErrorCode, type ErrorPath } from '../errors.js';

/** Longest error path accepted (a path longer than any nesting the library accepts is garbage). */
export const MAX_PATH_LENGTH = 64;

/**
 * Tells whether a value is one of the stable error codes (an own key of `ERROR_CODES`, so
 * `'toString'` and `'__proto__'` are not codes).
 *
 * @param value - anything
 * @returns `true` for a code
 *
 * @example
 * ```ts
 * isErrorCode('EMPTY_SEED'); //=> true
 * isErrorCode('toString'); //=> false
 * ```
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

/**
 * Tells whether a value is an error path: a dense array of at most {@link MAX_PATH_LENGTH}
 * strings, numbers and symbols.
 *
 * @param value - anything
 * @returns `true` for a path
 *
 * @example
 * ```ts
 * isErrorPath(['tasks', 0, 'month']); //=> true
 * isErrorPath([{}]); //=> false
 * ```
 */
export function isErrorPath(value: unknown): value is ErrorPath {
  if (!Array.isArray(value) || value.length > MAX_PATH_LENGTH) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!Object.prototype.hasOwnProperty.call(value, index)) return false;
    const key: unknown = value[index];
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'symbol') return false;
  }
  return true;
}
