import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { SubjectSchema, type Subject } from './subject.js';
import { InspectorSchema, type Inspector } from './inspector.js';
import { PoolFilterSchema, type PoolFilter } from './pool-filter.js';

/**
 * Parses a subject of the directory (解析检查对象名录库条目) with {@link SubjectSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseSubject({ id: 's1', name: '甲', kind: 'enterprise' }).status; //=> 'operating'
 * parseSubject({ id: { no: 1 }, name: '甲', kind: 'enterprise' }); // throws INVALID_INPUT, path ['id']
 * ```
 */
export function parseSubject(value: unknown): Subject {
  return parseInput(SubjectSchema, value, 'INVALID_INPUT', '检查对象');
}

/**
 * Parses an inspector of the directory (解析执法检查人员名录库条目) with {@link InspectorSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseInspector({ id: 'I1', name: '张三', department: '一所' }).active; //=> true
 * parseInspector({ id: 'I1', name: '张三', department: '一所', certificateValidUntil: '2023-2-3' }); // throws INVALID_DATE, path ['certificateValidUntil']
 * ```
 */
export function parseInspector(value: unknown): Inspector {
  return parseInput(InspectorSchema, value, 'INVALID_INPUT', '执法检查人员');
}

/**
 * Parses a pool filter (解析抽查范围) with {@link PoolFilterSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parsePoolFilter({ tags: ['catering'] }).statuses; //=> ['operating']
 * parsePoolFilter({ tags: 5 }); // throws INVALID_INPUT, path ['tags']
 * ```
 */
export function parsePoolFilter(value: unknown): PoolFilter {
  return parseInput(PoolFilterSchema, value, 'INVALID_INPUT', '抽查范围');
}
