export { ticketNumber } from './ticket-number.js';
export { sampleIds } from './sample-ids.js';
export type { SampleIdsOptions } from './sample-ids.js';
export { SeedSchema } from './seed-schema.js';
export { sha256Hex } from './sha256.js';
export { commitSeed } from './commit-seed.js';
export { deriveTaskSeed } from './task-seed.js';
export { poolDigest, addPoolDigests, HexDigestSchema } from './pool-digest.js';
export { createSampler, SamplerOptionsSchema, SamplerStateSchema, ALL_STRATUM, DRAW_SCHEME, LEGACY_DRAW_SCHEME } from './sampler.js';
export type { Sampler, SamplerOptions, SamplerState, SamplerResult, StratumResult, TicketedId } from './sampler.js';
export type { DrawPoolItem, StratumOf } from './pool-item.js';
export { StratumSizesSchema } from './stratum-sizes.js';
export type { StratumSizesInput } from './stratum-sizes.js';
export { DrawRecordSchema, DrawnEntrySchema, LegacyDrawRecordSchema, AnyDrawRecordSchema } from './draw-record.js';
export type { DrawRecord, DrawnEntry, LegacyDrawRecord, AnyDrawRecord } from './draw-record.js';
export { poolManifest, poolCommitment, PoolCommitmentSchema } from './pool-commitment.js';
export { checkHistoryDigest } from './check-history-digest.js';
export type { PoolCommitment, PoolManifestOptions } from './pool-commitment.js';
export {
  createDrawAnnouncement,
  announcementDigest,
  DrawAnnouncementSchema,
  SeedSourceSchema,
  AnnouncedExclusionSchema,
  AnnouncedTaskSchema,
} from './draw-announcement.js';
export type { DrawAnnouncement, DrawAnnouncementInput } from './draw-announcement.js';
export { DrawSubjectsOptionsSchema } from './subject-draw.js';
export type { DrawSubjectsInput, DrawSubjectsAsyncInput, DrawSubjectsResult, DrawnSubject } from './subject-draw.js';
export { drawSubjects, drawSubjectsAsync } from './draw-subjects.js';
export { verifyDraw, verifyDrawAsync } from './verify-draw.js';
export type { DrawDifference, DrawVerification, VerifyDrawOptions } from './verify-draw.js';
export { DrawVisitSchema } from './visit.js';
export type { DrawVisit, DrawVisitInput } from './visit.js';
export { InspectorRulesSchema } from './inspector-rules.js';
export type { InspectorRules, InspectorRulesInput } from './inspector-rules.js';
export { drawInspectors } from './draw-inspectors.js';
export type { DrawInspectorsInput, DrawInspectorsResult, InspectorAssignment, AssignedInspector } from './draw-inspectors.js';
export { InspectorDrawRecordSchema, AssignmentReasonSchema, StaffingBalanceSchema } from './inspector-draw-record.js';
export type { InspectorDrawRecord, StaffingBalance } from './inspector-draw-record.js';
export { verifyInspectorDraw } from './verify-inspector-draw.js';
export {
  parseDrawRecord,
  parseInspectorDrawRecord,
  parseInspectorRules,
  parseDrawVisit,
  parseSamplerState,
  parseDrawAnnouncement,
  parsePoolCommitment,
} from './parse-shapes.js';
export type { VerifyInspectorDrawOptions, InspectorDrawVerification } from './verify-inspector-draw.js';
export {
  createInspectorDrawAnnouncement,
  inspectorAnnouncementDigest,
  inspectorRosterManifest,
  InspectorDrawAnnouncementSchema,
  RecusalSchema,
  INSPECTOR_ANNOUNCEMENT_SCHEME,
} from './inspector-announcement.js';
export type { InspectorDrawAnnouncement, InspectorDrawAnnouncementInput } from './inspector-announcement.js';
