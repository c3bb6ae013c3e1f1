import { z } from 'zod';
import { PoolFilterSchema } from '../directory/pool-filter.js';
import { AnnualPlanSchema, PlannedTaskSchema, SamplingSchema } from './plan-schema.js';

/**
 * {@link AnnualPlanSchema} that also rejects unknown fields in the plan, its tasks, their pool and
 * their sampling (严格校验的年度计划), so a misspelt `mergegroup` or `partnerDepartment` is an error
 * rather than silently dropped. Its output type is {@link AnnualPlan}. Used by {@link validatePlan}.
 *
 * @example
 * ```ts
 * StrictAnnualPlanSchema.safeParse({ year: 2023, unit: '龙湾区市场监督管理局', tasks: [], remark: 'x' }).success; //=> false
 * ```
 */
export const StrictAnnualPlanSchema = AnnualPlanSchema.extend({
  tasks: z.array(
    PlannedTaskSchema.extend({
      pool: PoolFilterSchema.strict().default({ statuses: ['operating'] }),
      sampling: SamplingSchema.strict(),
    }).strict(),
  ),
}).strict();
