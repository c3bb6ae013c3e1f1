export { generateDirectory } from './generate-directory.js';
export type { SyntheticDirectory } from './generate-directory.js';
export { generateSubjects } from './generate-subjects.js';
export {
  GenerateSubjectsOptionsSchema,
  GenerateDirectoryOptionsSchema,
  MAX_SYNTHETIC_SUBJECTS,
} from './generate-options.js';
export type {
  GenerateSubjectsOptions,
  GenerateSubjectsOptionsInput,
  GenerateDirectoryOptions,
  GenerateDirectoryOptionsInput,
} from './generate-options.js';
export { summarizeDirectory } from './directory-summary.js';
export type { DirectorySummary } from './directory-summary.js';
export { SYNTHETIC_SUBJECT_SHARES } from './synthetic-subject-shares.js';
export { SYNTHETIC_TAG_RATES } from './synthetic-tag-rates.js';
export type { SyntheticTagRate } from './synthetic-tag-rates.js';
export { SYNTHETIC_RISK_RATES } from './synthetic-risk-rates.js';
export { SYNTHETIC_DISTRICT } from './synthetic-district.js';
export { SYNTHETIC_DEPARTMENTS } from './synthetic-departments.js';
export type { SyntheticDepartment } from './synthetic-departments.js';
export { simulatePlan } from './simulate-plan.js';
export { SimulatePlanOptionsSchema, MAX_SIMULATION_RUNS } from './simulate-plan-options.js';
export type { SimulatePlanOptions } from './simulate-plan-options.js';
export type { SimulationResult, SimulatedIndicator, SimulatedTask, SimulatedStaffing } from './simulation-result.js';
export type { Distribution } from './distribution.js';
export { simulateInspectionRecords } from './simulate-inspection-records.js';
export type { DrawnTaskLike, SimulateRecordsOptions } from './simulate-inspection-records.js';
export { ResultModelSchema } from './result-model.js';
export type { ResultModel, ResultModelInput } from './result-model.js';
