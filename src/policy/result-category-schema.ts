import { z } from 'zod';
import { FieldSourceSchema } from './policy-source.js';

/**
 * Schema of one result category of a random check (检查结果类别): a stable id, the code a system uses
 * for it, the Chinese text published, whether it means a problem was found (发现问题) and whether
 * that problem needs a later follow-up (需要后续处置), other attested wordings, and where it comes
 * from. The categories are policy data: a preset lists them (the national base holds those of the
 * Zhejiang 工商 抽查 system) and `definePolicy` can add a bureau's own.
 *
 * @example
 * ```ts
 * ResultCategorySchema.parse({ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }).aliases; //=> []
 * ```
 */
export const ResultCategorySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Stable id (ASCII, kebab-case), e.g. `no-problem`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '应为小写字母、数字和连字符组成的标识'),
    /** The code a system records for it (系统代码), e.g. `1` or `E` in the Zhejiang 工商 system. */
    code: z.string().min(1).optional(),
    /** The Chinese text published (公示文字), e.g. `未发现问题`. */
    text: z.string().min(1),
    /** Whether a record of this category found a problem (发现问题). */
    problemFound: z.boolean(),
    /** Whether a problem of this category needs a later follow-up (需要后续处置). */
    followUpNeeded: z.boolean(),
    /** Other wordings of the same category seen in published results (其他写法). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Where the category is attested (出处). */
    source: FieldSourceSchema.optional(),
  })
  .meta({ description: '抽查检查结果类别' }))();

/**
 * One result category (检查结果类别), as parsed.
 *
 * @example
 * ```ts
 * const category: ResultCategory | undefined = zhejiang2023.resultCategories.find((c) => c.code === 'E');
 * [category?.id, category?.text, category?.aliases]; //=> ['ordered-to-correct', '发现问题经责令已改正', ['发现问题已责令改正']]
 * ```
 */
export type ResultCategory = z.output<typeof ResultCategorySchema>;
/**
 * One result category as accepted on input.
 *
 * @example
 * ```ts
 * const warned: ResultCategoryInput = { id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false };
 * ```
 */
export type ResultCategoryInput = z.input<typeof ResultCategorySchema>;
