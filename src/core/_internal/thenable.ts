import { z } from 'zod';

/**
 * True for a Promise or any other thenable (an object whose `then` is a function). Reading `then`
 * may run a caller's getter; its error propagates.
 *
 * @example
 * ```ts
 * isThenable(Promise.resolve(1)); //=> true
 * isThenable({ then: 1 }); //=> false
 * ```
 */
export function isThenable(value: unknown): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * A zod preprocess step that refuses thenables before `step` sees the value: zod would otherwise
 * take a Promise returned by a preprocess for an async result and crash in a synchronous parse.
 *
 * @example
 * ```ts
 * z.preprocess(dataOnly((value) => value), z.string()).safeParse(Promise.resolve('a')).success; //=> false
 * ```
 */
export function dataOnly(step: (value: unknown) => unknown): (value: unknown, context: z.core.$RefinementCtx) => unknown {
  return (value, context) => {
    if (isThenable(value)) {
      context.addIssue({ code: 'custom', message: '应为数据，收到 Promise（异步值）', input: value });
      return z.NEVER;
    }
    const result = step(value);
    if (isThenable(result)) {
      context.addIssue({ code: 'custom', message: '应为数据，收到 Promise（异步值）', input: result });
      return z.NEVER;
    }
    return result;
  };
}
