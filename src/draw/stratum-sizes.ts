import { z } from 'zod';
import { dataOnly } from '../core/_internal/thenable.js';
import { ALL_STRATUM } from './sampler.js';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Zod schema of the sample sizes per stratum of a draw (分层抽取数量): sample sizes per stratum, e.g.
 * `{ A: 15, B: 15, C: 6, D: 2 }`, or an object with such a `sizes` record (as the risk module
 * returns). Sizes are integers ≥ 0 (a negative size fails with `INVALID_INPUT`); at least one
 * stratum; the name `'*'` is reserved for single-stratum draws (`INVALID_ALLOCATION`).
 *
 * @example
 * ```ts
 * StratumSizesSchema.parse({ sizes: { A: 15, D: 2 }, note: 'x' }); //=> { A: 15, D: 2 }
 * StratumSizesSchema.parse({ A: 15, D: 2 }); //=> { A: 15, D: 2 }
 * ```
 */
export const StratumSizesSchema = /* @__PURE__ */ (() => z
  .preprocess(
    dataOnly((value) => (isObject(value) && isObject(value['sizes']) ? value['sizes'] : value)),
    z.record(z.string().min(1), z.number().int().min(0)),
  )
  .refine((sizes) => Object.keys(sizes).length > 0, { message: '样本分配至少应有一个分层', params: { code: 'INVALID_ALLOCATION' } })
  .refine((sizes) => !(ALL_STRATUM in sizes), { message: `分层名 ${ALL_STRATUM} 保留给不分层的抽取`, params: { code: 'INVALID_ALLOCATION' } })
  .meta({ description: '样本分配：各分层（风险类别）抽取数量' }))();

/**
 * Sample sizes per stratum (样本分配), as accepted on input.
 *
 * @example
 * ```ts
 * const sizes: StratumSizesInput = { sizes: { A: 15, D: 2 } }; // or { A: 15, D: 2 }
 * StratumSizesSchema.parse(sizes); //=> { A: 15, D: 2 }
 * ```
 */
export type StratumSizesInput = Readonly<Record<string, number>> | { readonly sizes: Readonly<Record<string, number>> };
