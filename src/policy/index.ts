export { PolicySchema, MonthDaySchema } from './policy-schema.js';
export type { Policy, PolicyInput } from './policy-schema.js';
export { zhejiang2023 } from './zhejiang2023.js';
