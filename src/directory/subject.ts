import { z } from 'zod';
import { RiskClassSchema } from '../core/risk-class.js';
import { SubjectKindSchema } from '../core/subject-kind.js';
import { UsccOrRegistrationNumberSchema } from '../core/uscc.js';

// The subject kinds live in core (catalogue items name them too); directory re-exports them.
export { SubjectKindSchema, SUBJECT_KIND_LABELS } from '../core/subject-kind.js';
export type { SubjectKind } from '../core/subject-kind.js';

/**
 * Registration status of a subject (登记状态): `operating` 存续（在业）, `suspended` 歇业,
 * `deregistered` 注销, `revoked` 吊销.
 *
 * @example
 * ```ts
 * SubjectStatusSchema.parse('revoked'); //=> 'revoked'
 * ```
 */
export const SubjectStatusSchema = /* @__PURE__ */ z.enum(['operating', 'suspended', 'deregistered', 'revoked']);

/**
 * A registration status.
 *
 * @example
 * ```ts
 * const status: SubjectStatus = 'deregistered';
 * zhejiang2023.excludedStatuses.includes(status); //=> true
 * ```
 */
export type SubjectStatus = z.infer<typeof SubjectStatusSchema>;

/**
 * Schema of one entry of the subject directory (检查对象名录库).
 *
 * `riskClass` is the general (通用) credit-risk class; `domainRiskClasses` holds the specialised
 * (专业) classes per regulated domain, e.g. `{ food: 'C' }`.
 *
 * @example
 * ```ts
 * SubjectSchema.parse({ id: '91350100M000100Y43', name: '某餐饮有限公司', kind: 'enterprise', tags: ['food'], riskClass: 'B' });
 * ```
 */
export const SubjectSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Stable id in the directory, usually the unified social credit code. */
    id: z.string().min(1),
    /** 统一社会信用代码, or the 15-digit 注册号 of an older individual business. */
    uscc: UsccOrRegistrationNumberSchema.optional(),
    name: z.string().min(1),
    kind: SubjectKindSchema,
    status: SubjectStatusSchema.default('operating'),
    /** Administrative region (行政区划 / 街道). */
    region: z.string().min(1).optional(),
    /** Grid or area (网格片区). */
    grid: z.string().min(1).optional(),
    /** Responsible unit (管辖单位, e.g. a 市监所). */
    unit: z.string().min(1).optional(),
    /** Supervision tags (分类监管标签), e.g. `food`, `lift-user`. */
    tags: z.array(z.string().min(1)).default([]),
    /** General credit-risk class (通用信用风险分类). */
    riskClass: RiskClassSchema.optional(),
    /** Specialised credit-risk classes by domain (专业信用风险分类). */
    domainRiskClasses: z.record(z.string(), RiskClassSchema).default({}),
  })
  .meta({ description: '检查对象名录库条目' }))();

/**
 * One market subject of the subject directory (检查对象). Output type, with defaults filled in.
 *
 * @example
 * ```ts
 * const subject: Subject = SubjectSchema.parse({ id: 's1', name: '某餐饮有限公司', kind: 'enterprise', tags: ['catering'] });
 * [subject.status, subject.domainRiskClasses]; //=> ['operating', {}]
 * ```
 */
export type Subject = z.infer<typeof SubjectSchema>;
/**
 * A subject as accepted on input (defaults may be omitted).
 *
 * @example
 * ```ts
 * const input: SubjectInput = { id: 's2', name: '某食品店', kind: 'individual', tags: ['food-retail'], riskClass: 'A', domainRiskClasses: { food: 'B' } };
 * matchesPool(SubjectSchema.parse(input), PoolFilterSchema.parse({ tags: ['food-retail'] })); //=> true
 * ```
 */
export type SubjectInput = z.input<typeof SubjectSchema>;
