import { z } from 'zod';
import { SubjectKindSchema } from '../directory/subject.js';

/**
 * Schema of the options of {@link createEligibilityFilter} and {@link eligibleSubjects}
 * (可抽取对象筛选选项).
 *
 * - `domain`: the task's regulated domain, for the "通用+专业" fusion of risk classes;
 * - `lowRiskKinds`: subject kinds the yearly cap on low-risk checks applies to. Default
 *   `['enterprise']`: the notice caps checks of 低风险企业 (通知·二) and credit-risk classification
 *   (国市监信发〔2022〕6号) classifies enterprises, so an A-class 个体工商户 or 农民专业合作社 is not
 *   capped unless a bureau adds its kind here;
 * - `exclusions`: subjects excluded by name with the reason (e.g. 执法报备、已列入其他任务);
 * - `listExcluded`: keep one `Exclusion` per excluded subject (default `true`); with `false` only
 *   the counts are kept.
 *
 * @example
 * ```ts
 * EligibilityOptionsSchema.parse({ domain: 'food' }).lowRiskKinds; //=> ['enterprise']
 * ```
 */
export const EligibilityOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    domain: z.string().min(1).optional(),
    lowRiskKinds: z.array(SubjectKindSchema).default(['enterprise']),
    exclusions: z.array(z.strictObject({ id: z.string().min(1), reason: z.string().min(1) })).default([]),
    listExcluded: z.boolean().default(true),
  })
  .meta({ description: '可抽取对象筛选选项' }))();

/**
 * Options of the eligibility filter, as parsed.
 *
 * @example
 * ```ts
 * const options: EligibilityOptions = EligibilityOptionsSchema.parse({ domain: 'food' });
 * [options.lowRiskKinds, options.exclusions, options.listExcluded]; //=> [['enterprise'], [], true]
 * ```
 */
export type EligibilityOptions = z.infer<typeof EligibilityOptionsSchema>;
/**
 * Options of the eligibility filter, as accepted on input.
 *
 * @example
 * ```ts
 * const options: EligibilityOptionsInput = { exclusions: [{ id: 'e2', reason: '执法报备' }] };
 * const { excluded } = eligibleSubjects([{ id: 'e1', kind: 'enterprise' }, { id: 'e2', kind: 'enterprise' }], {}, zhejiang2023, options);
 * excluded.map((e) => [e.id, e.reason, e.message]); //=> [['e2', 'listed', '执法报备']]
 * ```
 */
export type EligibilityOptionsInput = z.input<typeof EligibilityOptionsSchema>;
