import { z } from 'zod';
import { isWellFormedText } from './_internal/utf8.js';

/**
 * Zod schema of a draw seed (随机种子): a non-empty string of valid Unicode. An empty seed fails
 * with `EMPTY_SEED`; a string with a lone surrogate (which Python cannot encode, so no auditor
 * could replay the draw) fails with `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * SeedSchema.parse('01382438112797316654'); //=> '01382438112797316654'
 * SeedSchema.safeParse('').success; //=> false
 * ```
 */
export const SeedSchema = /* @__PURE__ */ (() => z
  .string()
  .refine((seed) => seed.length > 0, { message: '随机种子不能为空', params: { code: 'EMPTY_SEED' }, abort: true })
  .refine(isWellFormedText, { message: '随机种子含有不成对的代理项，不是有效的 Unicode', params: { code: 'INVALID_INPUT' } })
  .meta({ description: '随机种子（非空字符串，建议由公开摇号或掷骰产生）', examples: ['01382438112797316654'] }))();
