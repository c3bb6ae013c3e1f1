import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { DrawRecordSchema, type DrawRecord } from './draw-record.js';
import { InspectorDrawRecordSchema, type InspectorDrawRecord } from './inspector-draw-record.js';
import { InspectorRulesSchema, type InspectorRules } from './inspector-rules.js';
import { DrawVisitSchema, type DrawVisit } from './visit.js';
import { SamplerStateSchema, type SamplerState } from './sampler.js';
import { parseAnnouncement, type DrawAnnouncement } from './draw-announcement.js';
import { PoolCommitmentSchema, type PoolCommitment } from './pool-commitment.js';

/**
 * Parses a draw record (解析检查对象抽取记录) with {@link DrawRecordSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_RECORD`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_RECORD` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseDrawRecord(drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b'], size: 1 }).record).taskId; //=> 'T1'
 * parseDrawRecord({ taskId: 'T1' }); // throws INVALID_RECORD
 * ```
 */
export function parseDrawRecord(value: unknown): DrawRecord {
  return parseInput(DrawRecordSchema, value, 'INVALID_RECORD', '抽取记录');
}

/**
 * Parses an inspector draw record (解析执法检查人员选派记录) with {@link InspectorDrawRecordSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_RECORD`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_RECORD` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseInspectorDrawRecord(drawInspectors({ seed: '31', visits, inspectors }).record).seed; //=> '31'
 * parseInspectorDrawRecord({ seed: '31' }); // throws INVALID_RECORD
 * ```
 */
export function parseInspectorDrawRecord(value: unknown): InspectorDrawRecord {
  return parseInput(InspectorDrawRecordSchema, value, 'INVALID_RECORD', '选派记录');
}

/**
 * Parses inspector rules (解析执法检查人员选派规则) with {@link InspectorRulesSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseInspectorRules({ perSubject: 2 }).perSubject; //=> 2
 * parseInspectorRules({ perSubject: 0 }); // throws INVALID_INPUT, path ['perSubject']
 * ```
 */
export function parseInspectorRules(value: unknown): InspectorRules {
  return parseInput(InspectorRulesSchema, value, 'INVALID_INPUT', '选派规则');
}

/**
 * Parses a visit to staff (解析需选派执法检查人员的检查走访) with {@link DrawVisitSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Extra fields are
 * kept (e.g. those of a merge visit), as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseDrawVisit({ id: 'V1', subjectId: 'S1', departments: ['一所'] }).departments; //=> ['一所']
 * parseDrawVisit({ id: 'V1', subjectId: 'S1' }); // throws INVALID_INPUT, path ['departments']
 * ```
 */
export function parseDrawVisit(value: unknown): DrawVisit {
  return parseInput(DrawVisitSchema, value, 'INVALID_INPUT', '检查走访');
}

/**
 * Parses a sampler state (解析抽样累加器状态) with {@link SamplerStateSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseSamplerState(createSampler({ seed: 's', sizes: { A: 1 } }).state()).seed; //=> 's'
 * parseSamplerState({ seed: 's' }); // throws INVALID_INPUT
 * ```
 */
export function parseSamplerState(value: unknown): SamplerState {
  return parseInput(SamplerStateSchema, value, 'INVALID_INPUT', '抽样累加器状态');
}

/**
 * Parses a draw announcement (解析抽取公告) with {@link DrawAnnouncementSchema} and its cross-field
 * checks (unique task ids, canonical and unique exclusions, pool strata with an allocation), and throws
 * {@link ShuangsuijiError} when it does not fit: the path of the first bad field and a Chinese message.
 * Unknown fields are rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT`, `DUPLICATE_ID`, `NON_CANONICAL_ID`, `UNKNOWN_STRATUM`, `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseDrawAnnouncement({ scheme: 'consistent-sampler/2', seedSource: { kind: 'public-beacon', source: 'drand quicknet', round: '1000' }, tasks: [{ taskId: 'T1', size: 1, pool: poolCommitment(['a']) }] }).idFormat; //=> 'any'
 * parseDrawAnnouncement({ tasks: [] }); // throws INVALID_INPUT
 * ```
 */
export function parseDrawAnnouncement(value: unknown): DrawAnnouncement {
  return parseAnnouncement(value);
}

/**
 * Parses a pool commitment (解析抽查范围承诺值) with {@link PoolCommitmentSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy
 * @throws {ShuangsuijiError} `INVALID_INPUT`, `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parsePoolCommitment(poolCommitment(['a', 'b'])).size; //=> 2
 * parsePoolCommitment({ digest: null }); // throws INVALID_INPUT
 * ```
 */
export function parsePoolCommitment(value: unknown): PoolCommitment {
  return parseInput(PoolCommitmentSchema, value, 'INVALID_INPUT', '抽查范围承诺值');
}
