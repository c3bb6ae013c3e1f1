/**
 * 信用风险分类 — credit-risk classes A–D, the "通用+专业" fusion rule, eligibility of subjects
 * (status, listed exclusions, the yearly cap on checks of low-risk enterprises) and per-class
 * sample-size allocation with a record of how the numbers were reached (通知·二).
 *
 * @module risk
 */
export { RiskClassSchema, RISK_CLASSES, RISK_CLASS_LABELS } from '../core/risk-class.js';
export type { RiskClass } from '../core/risk-class.js';
export { riskRank, higherRisk } from './higher-risk.js';
export { effectiveRiskClass, isRiskClass } from './effective-risk-class.js';
export type { RiskClassified, RiskFusionPolicy } from './effective-risk-class.js';
export { countByClass } from './count-by-class.js';
export { ratioSampleSize } from './ratio-sample-size.js';
export {
  PoolCountsSchema,
  AllocationRequestSchema,
  AllocationReasonSchema,
  AllocationClassStepSchema,
  AllocationSchema,
} from './allocation-schema.js';
export type {
  PoolCounts,
  AllocationRequest,
  AllocationRequestInput,
  AllocationReason,
  AllocationClassStep,
  Allocation,
  StratifiedAllocation,
} from './allocation-schema.js';
export { allocateSample } from './allocate-sample.js';
export { classRate, classMultiplier } from './class-rate.js';
export type { ClassRate, ClassRateKind } from './class-rate.js';
export { ClassRatiosSchema } from './sampling.js';
export { countChecks } from './check-history.js';
export type { CheckHistory, CheckRecord } from './check-history.js';
export { EligibilityOptionsSchema } from './eligibility-options.js';
export type { EligibilityOptions, EligibilityOptionsInput } from './eligibility-options.js';
export { ExclusionReasonSchema, EXCLUSION_REASON_LABELS } from './exclusion.js';
export type { ExclusionReason, Exclusion, EligibilityCounts } from './exclusion.js';
export { createEligibilityFilter } from './eligibility-filter.js';
export type { EligibilityFilter, EligibilitySubject } from './eligibility-filter.js';
export { eligibleSubjects, filterEligible } from './eligible-subjects.js';
export type { Eligibility } from './eligible-subjects.js';
export { requiredRate, RequiredRateRequestSchema } from './required-rate.js';
export type { RequiredRate, RequiredRateRequestInput } from './required-rate.js';
export { parseAllocationRequest, parseRequiredRateRequest } from './parse-shapes.js';
