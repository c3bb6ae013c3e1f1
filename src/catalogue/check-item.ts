import { z } from 'zod';
import { SubjectKindSchema } from '../core/subject-kind.js';

/**
 * Category of a check item (事项类别): `general` 通用检查事项 (merged into every random task,
 * 通知·一) or `specialised` 专业检查事项.
 *
 * @example
 * ```ts
 * CheckItemCategorySchema.parse('general'); //=> 'general'
 * ```
 */
export const CheckItemCategorySchema = /* @__PURE__ */ z.enum(['general', 'specialised']);

/**
 * Category of a check item.
 *
 * @example
 * ```ts
 * const category: CheckItemCategory = 'general';
 * zhejiang2023Catalogue.items.filter((item) => item.category === category).length; //=> 7
 * ```
 */
export type CheckItemCategory = z.infer<typeof CheckItemCategorySchema>;

/**
 * How an item is checked (检查方式): `onsite` 现场检查, `documentary` 书面检查, `online` 网络监测.
 *
 * @example
 * ```ts
 * CheckMethodSchema.parse('onsite'); //=> 'onsite'
 * ```
 */
export const CheckMethodSchema = /* @__PURE__ */ z.enum(['onsite', 'documentary', 'online']);

/**
 * How an item is checked.
 *
 * @example
 * ```ts
 * const method: CheckMethod = 'documentary';
 * CheckMethodSchema.options; //=> ['onsite', 'documentary', 'online']
 * ```
 */
export type CheckMethod = z.infer<typeof CheckMethodSchema>;

/**
 * Schema of one item of the random-inspection list (随机抽查事项清单中的抽查事项).
 *
 * @example
 * ```ts
 * CheckItemSchema.parse({
 *   code: 'A99',
 *   name: '公示信息检查',
 *   category: 'general',
 *   leadDepartment: '信用监管科',
 *   targetKinds: ['enterprise', 'individual', 'cooperative'],
 *   method: 'documentary',
 *   basis: '《企业信息公示暂行条例》',
 * });
 * ```
 */
export const CheckItemSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Item code in the province's list, e.g. `A99`. */
    code: z.string().min(1),
    name: z.string().min(1),
    category: CheckItemCategorySchema,
    /** Department that leads the item (牵头科室). */
    leadDepartment: z.string().min(1),
    /** Subject kinds the item applies to (检查对象类型). */
    targetKinds: z.array(SubjectKindSchema).min(1),
    /** Supervision tags that define the item's pool (分类监管标签); empty means all subjects of the kinds. */
    targetTags: z.array(z.string().min(1)).default([]),
    method: CheckMethodSchema.default('onsite'),
    /** Legal basis (检查依据). */
    basis: z.string().default(''),
    /** Qualifications an inspector needs for the item, e.g. `special-equipment`. */
    requiredQualifications: z.array(z.string().min(1)).default([]),
    /** Regulated domain whose specialised risk class applies (专业领域), e.g. `food`. */
    domain: z.string().min(1).optional(),
    /** Where the item comes from (来源), e.g. `附件1` or `通知·一`. */
    source: z.string().default(''),
    /** True while the item is a placeholder still to be filled from the province's list (待补充). */
    placeholder: z.boolean().default(false),
  })
  .meta({ description: '抽查事项' }))();

/**
 * One check item (抽查事项).
 *
 * @example
 * ```ts
 * const item: CheckItem | undefined = zhejiang2023Catalogue.byCode.get('A99');
 * [item?.category, item?.leadDepartment, item?.targetKinds]; //=> ['general', '信用监管科', ['enterprise', 'individual', 'cooperative']]
 * ```
 */
export type CheckItem = z.infer<typeof CheckItemSchema>;
/**
 * A check item as accepted on input.
 *
 * @example
 * ```ts
 * const input: CheckItemInput = { code: 'X01', name: '餐饮服务食品安全检查', category: 'specialised', leadDepartment: '餐饮科', targetKinds: ['enterprise', 'individual'], targetTags: ['catering'] };
 * CheckItemSchema.parse(input).method; //=> 'onsite'
 * ```
 */
export type CheckItemInput = z.input<typeof CheckItemSchema>;
