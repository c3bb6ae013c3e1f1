export { PolicySchema, MonthDaySchema, RatioRangeSchema, PublicationStartSchema, POLICY_FIELDS, PER_CLASS_FIELDS } from './policy-schema.js';
export type { Policy, PolicyInput, PolicyField, PublicationStart } from './policy-schema.js';
export { SourceStatusSchema, FieldSourceSchema, citeSource } from './policy-source.js';
export type { SourceStatus, FieldSource, FieldSourceInput } from './policy-source.js';
export { ResultCategorySchema } from './result-category-schema.js';
export type { ResultCategory, ResultCategoryInput } from './result-category-schema.js';
export { definePolicy } from './define-policy.js';
export type { PolicyOverrides } from './define-policy.js';
export { requirePolicy, requirePolicyField, fieldSource, policyRef, citeField } from './policy-field.js';
export { POLICY_FIELD_LABELS } from './field-labels.js';
export { formatPolicyValue } from './format-policy-value.js';
export { describePolicyChanges } from './describe-policy-changes.js';
export type { PolicyChange } from './describe-policy-changes.js';
export { completionDeadlineFor } from './completion-deadline-for.js';
export { parsePolicy } from './parse-shapes.js';
export {
  INDICATOR_IDS,
  INDICATORS,
  indicatorTarget,
  indicatorClause,
  targetText,
  publicationLimitText,
  describeIndicator,
} from './indicators.js';
export type { IndicatorId, IndicatorDefinition, PlanStage } from './indicators.js';
