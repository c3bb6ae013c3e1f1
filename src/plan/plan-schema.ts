import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';
import { PoolFilterSchema } from '../directory/pool-filter.js';
import { SamplingSchema } from '../risk/sampling.js';

export { SamplingSchema } from '../risk/sampling.js';
export type { Sampling } from '../risk/sampling.js';

/**
 * Schema of one task of the annual plan (年度随机抽查计划任务).
 *
 * @example
 * ```ts
 * PlannedTaskSchema.parse({
 *   id: 'T01', name: '餐饮服务单位食品安全检查', month: 3, leadDepartment: '餐饮科',
 *   itemCodes: ['A99', 'A100', 'B01'], pool: { tags: ['catering'] }, sampling: { ratio: 0.05 },
 * });
 * ```
 */
export const PlannedTaskSchema = /* @__PURE__ */ (() => z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Month the task is issued in, 1–12. */
    month: z.number().int().min(1).max(12),
    /** Lead department (牵头科室). */
    leadDepartment: z.string().min(1),
    /** Other departments taking part; any makes the task joint (部门联合). */
    partnerDepartments: z.array(z.string().min(1)).default([]),
    /** Codes of the catalogue items checked (抽查事项). */
    itemCodes: z.array(z.string().min(1)).min(1),
    /** `directed` 定向抽查 (pool restricted) or `undirected` 不定向抽查 (whole directory). */
    kind: z.enum(['directed', 'undirected']).default('directed'),
    /** Whether subjects and inspectors are both drawn at random (双随机); false for non-random checks. */
    random: z.boolean().default(true),
    /** Which subjects the task draws from (抽查范围). */
    pool: PoolFilterSchema.default({ statuses: ['operating'] }),
    sampling: SamplingSchema,
    /** Tasks with the same merge group are carried out together (配对要求, 通知·一). */
    mergeGroup: z.string().min(1).optional(),
    /** Planned issue date (下发日期). */
    issuedOn: CivilDateSchema.optional(),
    /** Planned completion date (完成日期). */
    dueOn: CivilDateSchema.optional(),
  })
  .meta({ description: '年度随机抽查计划任务' }))();

/**
 * One task of the annual plan (计划任务).
 *
 * @example
 * ```ts
 * const task: PlannedTask | undefined = longwan2023SamplePlan.tasks[2];
 * [task?.id, task?.leadDepartment, task?.partnerDepartments, task?.mergeGroup !== undefined]; //=> ['T03', '餐饮科', ['区卫生健康局'], true]
 * ```
 */
export type PlannedTask = z.infer<typeof PlannedTaskSchema>;
/**
 * A task as accepted on input.
 *
 * @example
 * ```ts
 * const task: PlannedTaskInput = { id: 'T01', name: '餐饮服务单位检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'B03'], sampling: { ratio: 0.05 } };
 * PlannedTaskSchema.parse(task).pool; //=> { statuses: ['operating'] }
 * ```
 */
export type PlannedTaskInput = z.input<typeof PlannedTaskSchema>;

/**
 * Schema of an annual random-inspection plan (年度随机抽查计划任务表).
 *
 * @example
 * ```ts
 * AnnualPlanSchema.parse({ year: 2023, unit: '龙湾区市场监督管理局', tasks: [] });
 * ```
 */
export const AnnualPlanSchema = /* @__PURE__ */ (() => z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    /** The bureau the plan belongs to (编制单位). */
    unit: z.string().min(1),
    tasks: z.array(PlannedTaskSchema),
  })
  .meta({ description: '年度随机抽查计划任务表' }))();

/**
 * An annual plan (年度计划).
 *
 * @example
 * ```ts
 * const plan: AnnualPlan = longwan2023SamplePlan;
 * [plan.year, plan.unit, plan.tasks.length]; //=> [2023, '龙湾区市场监督管理局', 20]
 * ```
 */
export type AnnualPlan = z.infer<typeof AnnualPlanSchema>;
/**
 * An annual plan as accepted on input.
 *
 * @example
 * ```ts
 * const plan: AnnualPlanInput = { year: 2023, unit: '龙湾区市场监督管理局', tasks: [{ id: 'T01', name: '餐饮服务单位检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'B03'], sampling: { ratio: 0.05 } }] };
 * AnnualPlanSchema.parse(plan).tasks[0]?.kind; //=> 'directed'
 * ```
 */
export type AnnualPlanInput = z.input<typeof AnnualPlanSchema>;
