import { ShuangsuijiError } from '../../src/core/errors.js';

/**
 * Runs `fn` and returns the `ShuangsuijiError` it throws, so a test can assert the exact `code`
 * and `path`. Fails the test when `fn` does not throw, or throws anything else.
 */
export function errorOf(fn: () => unknown): ShuangsuijiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ShuangsuijiError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

/**
 * The `code`, `path` and `message` of the `ShuangsuijiError` that `fn` throws, for one `toEqual`
 * that pins all three (the message carries the numbers a policy team reads).
 */
export function thrown(fn: () => unknown): { code: string; path: readonly unknown[]; message: string } {
  const error = errorOf(fn);
  return { code: error.code, path: error.path, message: error.message };
}
