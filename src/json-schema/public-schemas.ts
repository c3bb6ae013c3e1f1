import { SubjectSchema } from '../directory/subject.js';
import { InspectorSchema } from '../directory/inspector.js';
import { PoolFilterSchema } from '../directory/pool-filter.js';
import { CheckItemSchema } from '../catalogue/check-item.js';
import { CatalogueDefinitionSchema } from '../catalogue/define-catalogue.js';
import { CalendarDefinitionSchema } from '../calendar/calendar-definition.js';
import { PolicySchema } from '../policy/policy-schema.js';
import { AnnualPlanSchema, PlannedTaskSchema } from '../plan/plan-schema.js';
import { PlanPoolsSchema } from '../plan/plan-pools.js';
import { AllocationRequestSchema } from '../risk/allocation-schema.js';
import { RequiredRateRequestSchema } from '../risk/required-rate.js';
import { DrawRecordSchema } from '../draw/draw-record.js';
import { DrawAnnouncementSchema } from '../draw/draw-announcement.js';
import { PoolCommitmentSchema } from '../draw/pool-commitment.js';
import { InspectorDrawRecordSchema } from '../draw/inspector-draw-record.js';
import { InspectorRulesSchema } from '../draw/inspector-rules.js';
import { DrawVisitSchema } from '../draw/visit.js';
import { SamplerStateSchema } from '../draw/sampler.js';
import { KpiAccumulatorStateSchema } from '../kpi/kpi-accumulator-state.js';
import { AssignmentSchema } from '../merge/assignment.js';
import { InspectionRecordSchema } from '../publication/inspection-record.js';
import { FindingSchema } from '../core/finding.js';

/**
 * The public data shapes other systems exchange with the library, by name (公开数据结构):
 * the inputs (subjects, inspectors, catalogue, policy, plan, inspection records …) and the
 * records a system stores or publishes (draw records, findings). Each becomes a JSON Schema
 * shipped in the package as `shuangsuiji/schemas/<Name>.json` for systems not written in TypeScript.
 *
 * @example
 * ```ts
 * Object.keys(PUBLIC_SCHEMAS).includes('AnnualPlan'); //=> true
 * PUBLIC_SCHEMAS.Subject.parse({ id: 's1', name: '甲', kind: 'enterprise' }).status; //=> 'operating'
 * ```
 */
export const PUBLIC_SCHEMAS = {
  Subject: SubjectSchema,
  Inspector: InspectorSchema,
  PoolFilter: PoolFilterSchema,
  CheckItem: CheckItemSchema,
  CatalogueDefinition: CatalogueDefinitionSchema,
  CalendarDefinition: CalendarDefinitionSchema,
  Policy: PolicySchema,
  AnnualPlan: AnnualPlanSchema,
  PlannedTask: PlannedTaskSchema,
  PlanPools: PlanPoolsSchema,
  AllocationRequest: AllocationRequestSchema,
  RequiredRateRequest: RequiredRateRequestSchema,
  DrawRecord: DrawRecordSchema,
  DrawAnnouncement: DrawAnnouncementSchema,
  PoolCommitment: PoolCommitmentSchema,
  InspectorDrawRecord: InspectorDrawRecordSchema,
  InspectorRules: InspectorRulesSchema,
  DrawVisit: DrawVisitSchema,
  SamplerState: SamplerStateSchema,
  KpiAccumulatorState: KpiAccumulatorStateSchema,
  Assignment: AssignmentSchema,
  InspectionRecord: InspectionRecordSchema,
  Finding: FindingSchema,
} as const;

/**
 * Name of a public data shape in {@link PUBLIC_SCHEMAS}.
 *
 * @example
 * ```ts
 * const name: PublicSchemaName = 'InspectionRecord';
 * jsonSchemaOf(name).$id; //=> 'shuangsuiji/schemas/InspectionRecord.json'
 * ```
 */
export type PublicSchemaName = keyof typeof PUBLIC_SCHEMAS;
