import { z } from 'zod';
import { RiskClassSchema } from '../core/risk-class.js';
import { SubjectStatusSchema } from '../directory/subject.js';

const share = z.number().min(0).max(1);
const perClass = <T extends z.ZodType>(value: T) => z.strictObject({ A: value, B: value, C: value, D: value });

/**
 * A month and day `'MM-DD'` within the plan's year (年内日期), e.g. `'10-31'`.
 *
 * @example
 * ```ts
 * MonthDaySchema.parse('10-31'); //=> '10-31'
 * ```
 */
export const MonthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为 MM-DD 格式')
  .meta({ description: "年内日期 'MM-DD'" });

/**
 * Schema of a supervision policy (政策参数): every target, ratio, cap and deadline of the notice
 * as a named field. `sources` maps each field to the clause it comes from; fields marked
 * (verify) in the domain notes are practice, not quoted, and carry defaults a bureau may change.
 *
 * @example
 * ```ts
 * PolicySchema.parse({ ...zhejiang2023, enterpriseInspectionRate: 0.05 }).enterpriseInspectionRate; //=> 0.05
 * ```
 */
export const PolicySchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Year the policy is for, if it is tied to one. */
    year: z.number().int().min(2000).max(2100).optional(),

    /** 全年市场监管部门抽查企业比例不低于 — distinct enterprises inspected / enterprises in the directory (通知·一). */
    enterpriseInspectionRate: share,
    /** 抽查事项覆盖率 — catalogue items used by at least one task / items (通知·一). */
    itemCoverage: share,
    /** 双随机抽查次数占比 — double-random checks / all checks (通知·一). */
    doubleRandomShare: share,
    /** 信用风险分类结果应用率 — random tasks applying the risk classes / random tasks (通知·二). */
    riskApplicationRate: share,
    /** 部门联合随机抽查率 — joint cross-department random checks / random checks (通知·三). */
    jointShare: share,
    /** 掌上执法应用率 — checks recorded through mobile enforcement / checks (通知·四). */
    mobileEnforcementRate: share,
    /** 计划任务和抽查结果公示率 (通知·四). */
    publicationRate: share,
    /** 后续处置率 — problems followed up / problems found (通知·四). */
    followUpRate: share,

    /** 同一年度内对低风险企业的抽查次数原则上不超过 (通知·二). */
    lowRiskMaxChecksPerYear: z.number().int().min(0),
    /** Classes counted as low risk for that cap (低风险). */
    lowRiskClasses: z.array(RiskClassSchema).min(1),

    /** 每个月 N 日前下发任务 (通知·一). */
    issueDay: z.number().int().min(1).max(28),
    /** 遇节假日适当延期: move the issue deadline to the next working day, or not (通知·一). */
    issueDeferral: z.enum(['next-working-day', 'none']),
    /** 10月底前完成各项指标: completion deadline within the year (通知·四). */
    completionDeadline: MonthDaySchema,
    /** Working days within which a result must be published (公示时限，工作日). (verify) */
    publicationWorkingDays: z.number().int().min(1),

    /** 执法人员不得少于两人 (行政处罚法 第四十二条). */
    inspectorsPerSubject: z.number().int().min(1),
    /** Most subjects (visits) one inspector may be given in one task. (verify) */
    inspectorMaxLoad: z.number().int().min(1).optional(),

    /** 将通用检查事项融入到每个随机抽查任务之中 (通知·一). */
    generalItemsInEveryTask: z.boolean(),
    /** 等7个抽查事项: how many general items the list has (通知·一). */
    generalItemCount: z.number().int().min(0),

    /** "通用+专业" fusion (通知·二): use the task domain's specialised class where one exists, or the higher risk of the two. (verify) */
    riskFusion: z.enum(['specialised-first', 'higher-risk']),
    /** Class used for subjects with no class at all. (verify) */
    unclassifiedRiskClass: RiskClassSchema,
    /** Multiplier of the task's base ratio per class (差异化抽查比例). (verify) */
    riskMultipliers: perClass(z.number().min(0)),
    /** Optional fixed ratio per class, overriding base × multiplier (e.g. Henan 2021: 1 % / 2 % / 10 % / 30 %). */
    riskRatios: perClass(share).partial().optional(),
    /** Statuses whose subjects are never drawn (注销、吊销). */
    excludedStatuses: z.array(SubjectStatusSchema),
    /** Tasks on one subject merged by default when they are in the same month, or only within a merge group (通知·一). */
    mergeDefault: z.enum(['same-month', 'merge-group-only']),

    /** Clause of the source document for each field (条款出处). */
    sources: z.record(z.string(), z.string()).default({}),
  })
  .meta({ description: '双随机、一公开监管政策参数' });

/**
 * A supervision policy (政策参数), as parsed.
 *
 * @example
 * ```ts
 * const policy: Policy = zhejiang2023;
 * [policy.jointShare, policy.issueDay, policy.completionDeadline, policy.lowRiskMaxChecksPerYear]; //=> [0.3, 5, '10-31', 2]
 * ```
 */
export type Policy = z.infer<typeof PolicySchema>;
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
