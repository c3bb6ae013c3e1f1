import { AnnualPlanSchema } from './plan-schema.js';

/**
 * The annual plan schema that rejects unknown fields (严格校验的年度计划). Every schema of the
 * library now rejects unknown fields — {@link AnnualPlanSchema} itself, `validatePlan` and the shipped
 * `schemas/AnnualPlan.json` (`additionalProperties: false`) accept and reject the same documents — so
 * this is {@link AnnualPlanSchema}, kept under its old name for existing callers.
 *
 * @deprecated Use {@link AnnualPlanSchema}, which is the same schema.
 *
 * @example
 * ```ts
 * StrictAnnualPlanSchema === AnnualPlanSchema; //=> true
 * StrictAnnualPlanSchema.safeParse({ year: 2023, unit: '龙湾区市场监督管理局', tasks: [], remark: 'x' }).success; //=> false
 * ```
 */
export const StrictAnnualPlanSchema = AnnualPlanSchema;
