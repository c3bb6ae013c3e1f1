import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';
import { USCC_SERIAL_SPACE } from './subject-code-factory.js';

/**
 * Largest synthetic directory (合成名录上限): the number of distinct 6-character USCC serials, 31^6.
 *
 * @example
 * ```ts
 * MAX_SYNTHETIC_SUBJECTS; //=> 887503681
 * ```
 */
export const MAX_SYNTHETIC_SUBJECTS = USCC_SERIAL_SPACE;

const ShareSchema = /* @__PURE__ */ (() => z.number().min(0).max(1))();

/**
 * Schema of the options of {@link generateSubjects} (合成检查对象参数):
 *
 * - `seed` — non-empty string (`EMPTY_SEED` when empty);
 * - `size` — number of subjects, an integer 0 … 887 503 681 (31^6);
 * - `mix` — shares of `enterprise`, `individual`, `cooperative` (each 0…1, a missing kind counts 0,
 *   the sum must be 1 within 1e-9); default {@link SYNTHETIC_SUBJECT_SHARES}`.kinds`;
 * - `region` — 6-digit administrative division code written into every code, default `'330303'` (龙湾区).
 *
 * @example
 * ```ts
 * GenerateSubjectsOptionsSchema.parse({ seed: 'demo', size: 10 }).region; //=> '330303'
 * GenerateSubjectsOptionsSchema.safeParse({ seed: 'demo', size: 10, mix: { enterprise: 0.5 } }).success; //=> false
 * ```
 */
export const GenerateSubjectsOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    seed: z.string().refine((seed) => seed.length > 0, { message: '随机种子不能为空', params: { code: 'EMPTY_SEED' } }),
    size: z.number().int().min(0).max(MAX_SYNTHETIC_SUBJECTS),
    mix: z
      .strictObject({ enterprise: ShareSchema.optional(), individual: ShareSchema.optional(), cooperative: ShareSchema.optional() })
      .refine((mix) => Math.abs((mix.enterprise ?? 0) + (mix.individual ?? 0) + (mix.cooperative ?? 0) - 1) <= 1e-9, {
        message: '各类主体占比之和应为 1',
      })
      .optional(),
    region: z
      .string()
      .regex(/^\d{6}$/, '应为6位行政区划代码')
      .default('330303'),
  })
  .meta({ description: '合成检查对象名录参数' }))();

/**
 * Options of {@link generateSubjects}, parsed.
 *
 * @example
 * ```ts
 * const options: GenerateSubjectsOptions = GenerateSubjectsOptionsSchema.parse({ seed: 'demo', size: 3 });
 * options; //=> { seed: 'demo', size: 3, region: '330303' }
 * ```
 */
export type GenerateSubjectsOptions = z.infer<typeof GenerateSubjectsOptionsSchema>;
/**
 * Options of {@link generateSubjects} as accepted on input.
 *
 * @example
 * ```ts
 * const options: GenerateSubjectsOptionsInput = { seed: 'demo', size: 3, mix: { enterprise: 0.5, individual: 0.5 } };
 * [...generateSubjects(options)].length; //=> 3
 * ```
 */
export type GenerateSubjectsOptionsInput = z.input<typeof GenerateSubjectsOptionsSchema>;

/**
 * Schema of the options of {@link generateDirectory} (合成名录库参数): those of
 * {@link GenerateSubjectsOptionsSchema}, plus
 *
 * - `inspectors` — size of the inspector directory, an integer 0 … 1 000 000; default one per 400
 *   subjects but at least six per department of {@link SYNTHETIC_DEPARTMENTS};
 * - `asOf` — the civil date certificate validity is reckoned from, default `'2023-02-24'` (the
 *   notice's date): about 3 % of certificates have expired by then and 7 % expire within 90 days.
 *
 * @example
 * ```ts
 * GenerateDirectoryOptionsSchema.parse({ seed: 'demo', size: 10 }).asOf; //=> '2023-02-24'
 * GenerateDirectoryOptionsSchema.safeParse({ seed: 'demo', size: -1 }).success; //=> false
 * ```
 */
export const GenerateDirectoryOptionsSchema = /* @__PURE__ */ (() => GenerateSubjectsOptionsSchema.extend({
  inspectors: z.number().int().min(0).max(1_000_000).optional(),
  asOf: CivilDateSchema.default('2023-02-24'),
}).meta({ description: '合成名录库参数' }))();

/**
 * Options of {@link generateDirectory}, parsed.
 *
 * @example
 * ```ts
 * const options: GenerateDirectoryOptions = GenerateDirectoryOptionsSchema.parse({ seed: 'demo', size: 2000 });
 * [options.asOf, options.region, options.inspectors]; //=> ['2023-02-24', '330303', undefined]
 * ```
 */
export type GenerateDirectoryOptions = z.infer<typeof GenerateDirectoryOptionsSchema>;
/**
 * Options of {@link generateDirectory} as accepted on input.
 *
 * @example
 * ```ts
 * const options: GenerateDirectoryOptionsInput = { seed: 'demo', size: 2000, inspectors: 150 };
 * generateDirectory(options).inspectors.length; //=> 150
 * ```
 */
export type GenerateDirectoryOptionsInput = z.input<typeof GenerateDirectoryOptionsSchema>;
