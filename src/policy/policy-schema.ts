import { z } from 'zod';
import { RiskClassSchema } from '../core/risk-class.js';
import { SubjectStatusSchema } from '../directory/subject.js';
import { FieldSourceSchema } from './policy-source.js';
import { ResultCategorySchema } from './result-category-schema.js';

const share = /* @__PURE__ */ (() => z.number().min(0).max(1))();
const partialPerClass = <T extends z.ZodType>(value: T) =>
  z.object({ A: value.optional(), B: value.optional(), C: value.optional(), D: value.optional() }).strict();

/**
 * A month and day `'MM-DD'` within the plan's year (年内日期), e.g. `'10-31'`.
 *
 * @example
 * ```ts
 * MonthDaySchema.parse('10-31'); //=> '10-31'
 * ```
 */
export const MonthDaySchema = /* @__PURE__ */ (() => z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为 MM-DD 格式')
  .meta({ description: "年内日期 'MM-DD'" }))();

/**
 * Schema of a per-class range of sampling ratios (抽查比例范围), e.g. 大庆市林甸县 2024 “B类企业，抽查
 * 比例范围为5%-20%”: `{ min: 0.05, max: 0.2 }`. Either bound may be left out (A “不得超过5%”: `{ max: 0.05 }`).
 *
 * @example
 * ```ts
 * RatioRangeSchema.parse({ min: 0.05, max: 0.2 }); //=> { min: 0.05, max: 0.2 }
 * RatioRangeSchema.safeParse({ min: 0.3, max: 0.2 }).success; //=> false
 * ```
 */
export const RatioRangeSchema = /* @__PURE__ */ (() => z
  .object({ min: share.optional(), max: share.optional() })
  .strict()
  .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
    message: '下限不能大于上限',
    path: ['min'],
  })
  .meta({ description: '抽查比例范围' }))();

/**
 * Where the publication limit is counted from (公示时限起算点): `produced` 产生之日 (《企业信息公示暂行
 * 条例》第六条), `check-ended` 抽查（检查）结束之日, `result-formed` 检查结果形成之日. For a record,
 * `check-ended` counts from its `checkDate`, the other two from its `resultDate`.
 *
 * @example
 * ```ts
 * PublicationStartSchema.options; //=> ['produced', 'check-ended', 'result-formed']
 * ```
 */
export const PublicationStartSchema = /* @__PURE__ */ (() => z.enum(['produced', 'check-ended', 'result-formed']).meta({ description: '公示时限起算点' }))();

/**
 * Where the publication limit is counted from (公示时限起算点).
 *
 * @example
 * ```ts
 * const start: PublicationStart = 'check-ended';
 * ```
 */
export type PublicationStart = z.infer<typeof PublicationStartSchema>;

/**
 * Schema of a supervision policy (政策参数): every target, ratio, cap and deadline as a named field,
 * and in `sources` where each value comes from. Fields a source does not fix are **unset**
 * (left out): a rule or indicator whose target is unset is not checked, and a function that cannot
 * work without a field throws `POLICY_FIELD_UNSET`. The fields the engine cannot do without
 * (`inspectorsPerSubject`, `riskFusion`, `unclassifiedRiskClass`, `excludedStatuses`,
 * `mergeDefault`, `resultCategories`) come from the national base preset, sourced or marked
 * `practice-default`.
 *
 * Build policies with {@link definePolicy} from a preset (`presets/`), never by hand, so every field
 * keeps its source.
 *
 * @example
 * ```ts
 * PolicySchema.parse({ ...zhejiang2023, enterpriseInspectionRate: 0.05 }).enterpriseInspectionRate; //=> 0.05
 * ```
 */
export const PolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Year the policy is for, if it is tied to one. */
    year: z.number().int().min(2000).max(2100).optional(),
    /** Ids of the layers it was built from, national first, itself last (政策层级). */
    lineage: z.array(z.string().min(1)).default([]),

    /** 抽查企业比例 — distinct enterprises inspected / enterprises in the directory. */
    enterpriseInspectionRate: share.optional(),
    /** 抽查事项覆盖率 — catalogue items checked by some random task / items (placeholders apart). */
    itemCoverage: share.optional(),
    /** 双随机抽查次数占比 — double-random checks / all checks. */
    doubleRandomShare: share.optional(),
    /** 信用风险分类结果应用率 — random tasks applying the risk classes / random tasks. */
    riskApplicationRate: share.optional(),
    /** 部门联合随机抽查率 — joint random checks / random checks (counted in checks, not tasks). */
    jointShare: share.optional(),
    /** 掌上执法应用率 — checks recorded through mobile enforcement / checks. */
    mobileEnforcementRate: share.optional(),
    /** 计划任务和抽查结果公示率. */
    publicationRate: share.optional(),
    /** 后续处置率 — problems followed up / problems found. */
    followUpRate: share.optional(),

    /** 同一年度内对低风险企业的抽查次数原则上不超过. */
    lowRiskMaxChecksPerYear: z.number().int().min(0).optional(),
    /** Classes counted as low risk for that cap (低风险类别). */
    lowRiskClasses: z.array(RiskClassSchema).min(1).optional(),

    /** 每个月 N 日前下发任务. */
    issueDay: z.number().int().min(1).max(28).optional(),
    /** 遇节假日适当延期: move the issue deadline to the next working day, or not. */
    issueDeferral: z.enum(['next-working-day', 'none']).optional(),
    /** Completion deadline within the year (完成期限, 'MM-DD'); unset: the end of the plan year. */
    completionDeadline: MonthDaySchema.optional(),
    /** Working days within which a result must be published (公示时限，工作日). */
    publicationWorkingDays: z.number().int().min(1).optional(),
    /** Where that limit is counted from (公示时限起算点). */
    publicationStart: PublicationStartSchema.optional(),

    /** Inspectors per subject, at least (执法人员不得少于两人). */
    inspectorsPerSubject: z.number().int().min(1),
    /** Most subjects (visits) one inspector may be given in one task. */
    inspectorMaxLoad: z.number().int().min(1).optional(),
    /** Load balancing of the inspector draw (工作量均衡): `min-max-load` staffs within the smallest feasible cap. */
    inspectorBalance: z.enum(['none', 'min-max-load']).optional(),

    /** General items merged into every random task (通用检查事项融入每个随机抽查任务). */
    generalItemsInEveryTask: z.boolean().optional(),
    /** How many general items the list has. */
    generalItemCount: z.number().int().min(0).optional(),

    /** "通用+专业" fusion: the task domain's specialised class where one exists, or the higher risk of the two. */
    riskFusion: z.enum(['specialised-first', 'higher-risk']),
    /** Class used for subjects with no class at all. */
    unclassifiedRiskClass: RiskClassSchema,
    /** Multiplier of the task's base ratio per class (差异化抽查比例倍数); a class without one uses the base ratio. */
    riskMultipliers: partialPerClass(z.number().min(0)).optional(),
    /** Fixed ratio per class (各类别固定抽查比例), e.g. 河南 2021: 1 % / 2 % / 10 % / 30 %. */
    riskRatios: partialPerClass(share).optional(),
    /** Range each class's ratio must lie in (各类别抽查比例范围), e.g. 大庆市林甸县 2024. */
    riskRanges: partialPerClass(RatioRangeSchema).optional(),
    /** Classes drawn in full (全覆盖抽查的风险类别). */
    fullCoverageClasses: z.array(RiskClassSchema).optional(),
    /** Subjects with any of these tags are checked in full (全覆盖抽查的标签), e.g. 年报财务全零申报. */
    fullCoverageTags: z.array(z.string().min(1)).optional(),
    /** Statuses whose subjects are never drawn (注销、吊销). */
    excludedStatuses: z.array(SubjectStatusSchema),
    /** Tasks on one subject merged by default when they are in the same month, or only within a merge group. */
    mergeDefault: z.enum(['same-month', 'merge-group-only']),

    /** Result categories of a check (检查结果类别), each with its code and source. */
    resultCategories: z.array(ResultCategorySchema).min(1),

    /** Where each field's value comes from (字段出处); per-class fields may be cited per class as `riskRatios.D`. */
    sources: z.record(z.string(), FieldSourceSchema).default({}),
  })
  .refine((policy) => (policy.issueDay === undefined) === (policy.issueDeferral === undefined), {
    message: 'issueDay（下发日）与 issueDeferral（节假日顺延）应同时规定或同时不规定',
    path: ['issueDeferral'],
  })
  .refine((policy) => policy.lowRiskMaxChecksPerYear === undefined || policy.lowRiskClasses !== undefined, {
    message: '规定了低风险企业年度抽查次数上限时，应同时规定哪些类别属于低风险（lowRiskClasses）',
    path: ['lowRiskClasses'],
  })
  .refine((policy) => new Set(policy.resultCategories.map((category) => category.id)).size === policy.resultCategories.length, {
    message: '检查结果类别标识重复',
    path: ['resultCategories'],
  })
  .meta({ description: '双随机、一公开监管政策参数' }))();

/**
 * A supervision policy (政策参数), as parsed.
 *
 * @example
 * ```ts
 * const policy: Policy = zhejiang2023;
 * [policy.jointShare, policy.issueDay, policy.completionDeadline, policy.lowRiskMaxChecksPerYear]; //=> [0.3, 5, '10-31', 2]
 * ```
 */
export type Policy = z.output<typeof PolicySchema>;
/**
 * A policy as accepted on input.
 *
 * @example
 * ```ts
 * const input: PolicyInput = { ...zhejiang2023, id: 'longwan2024', name: '龙湾区2024年度政策参数', year: 2024 };
 * PolicySchema.parse(input).year; //=> 2024
 * ```
 */
export type PolicyInput = z.input<typeof PolicySchema>;

/**
 * The names of the policy's fields that carry a value a source can fix (政策字段名): every field but
 * `id`, `name`, `year`, `lineage` and `sources`.
 *
 * @example
 * ```ts
 * POLICY_FIELDS.includes('jointShare'); //=> true
 * POLICY_FIELDS.includes('sources'); //=> false
 * ```
 */
export const POLICY_FIELDS = /* @__PURE__ */ (() => Object.freeze(
  Object.keys(PolicySchema.shape).filter((key) => !['id', 'name', 'year', 'lineage', 'sources'].includes(key)),
))() as readonly PolicyField[];

/**
 * A field of the policy that carries a sourced value (政策字段).
 *
 * @example
 * ```ts
 * const field: PolicyField = 'publicationWorkingDays';
 * ```
 */
export type PolicyField = Exclude<keyof Policy, 'id' | 'name' | 'year' | 'lineage' | 'sources'>;

/**
 * The fields that hold one value per risk class (分类别字段).
 *
 * @example
 * ```ts
 * PER_CLASS_FIELDS; //=> ['riskMultipliers', 'riskRatios', 'riskRanges']
 * ```
 */
export const PER_CLASS_FIELDS = /* @__PURE__ */ Object.freeze(['riskMultipliers', 'riskRatios', 'riskRanges'] as const);
