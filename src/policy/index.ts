export { PolicySchema, MonthDaySchema } from './policy-schema.js';
export type { Policy, PolicyInput } from './policy-schema.js';
export { zhejiang2023 } from '../presets/zhejiang2023/policy.js';
export { definePolicy } from './define-policy.js';
export type { PolicyOverrides } from './define-policy.js';
export { completionDeadlineFor } from './completion-deadline-for.js';
