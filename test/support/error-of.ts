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
