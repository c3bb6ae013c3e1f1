import { z } from 'zod';

/**
 * Kinds of market subject (市场主体类型): `enterprise` 企业, `individual` 个体工商户,
 * `cooperative` 农民专业合作社, `other` 其他 (e.g. 医疗机构, 检验检测机构 not registered as enterprises).
 *
 * @example
 * ```ts
 * SubjectKindSchema.parse('individual'); //=> 'individual'
 * ```
 */
export const SubjectKindSchema = /* @__PURE__ */ z.enum(['enterprise', 'individual', 'cooperative', 'other']);

/**
 * A kind of market subject.
 *
 * @example
 * ```ts
 * const kind: SubjectKind = 'cooperative';
 * SUBJECT_KIND_LABELS[kind]; //=> '农民专业合作社'
 * ```
 */
export type SubjectKind = z.infer<typeof SubjectKindSchema>;

/**
 * Chinese names of the subject kinds (主体类型名称).
 *
 * @example
 * ```ts
 * SUBJECT_KIND_LABELS.cooperative; //=> '农民专业合作社'
 * ```
 */
export const SUBJECT_KIND_LABELS: Readonly<Record<SubjectKind, string>> = {
  enterprise: '企业',
  individual: '个体工商户',
  cooperative: '农民专业合作社',
  other: '其他',
};
