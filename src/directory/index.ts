export { SubjectSchema, SubjectKindSchema, SubjectStatusSchema, SUBJECT_KIND_LABELS } from './subject.js';
export type { Subject, SubjectInput, SubjectKind, SubjectStatus } from './subject.js';
export { InspectorSchema } from './inspector.js';
export type { Inspector, InspectorInput } from './inspector.js';
export { PoolFilterSchema, matchesPool, filterPool } from './pool-filter.js';
export type { PoolFilter, PoolFilterInput } from './pool-filter.js';
export { parseSubject, parseInspector, parsePoolFilter } from './parse-shapes.js';
export { canonicalSubjectId, isCanonicalSubjectId, matchesIdFormat, SubjectIdFormatSchema } from './canonical-subject-id.js';
export type { SubjectIdFormat } from './canonical-subject-id.js';
