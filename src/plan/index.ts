export { AnnualPlanSchema, PlannedTaskSchema, SamplingSchema } from './plan-schema.js';
export type { AnnualPlan, AnnualPlanInput, PlannedTask, PlannedTaskInput, Sampling } from './plan-schema.js';
