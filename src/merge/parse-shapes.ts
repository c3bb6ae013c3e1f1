import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { AssignmentSchema, type Assignment } from './assignment.js';

/**
 * Parses an assignment (task, subject) (解析任务—检查对象配对) with {@link AssignmentSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseAssignment({ taskId: 'T01', subjectId: 's1' }); //=> { taskId: 'T01', subjectId: 's1' }
 * parseAssignment({ taskId: 'T01', subjectId: 's1', subjectID: 's1' }); // throws INVALID_INPUT, path ['subjectID']
 * ```
 */
export function parseAssignment(value: unknown): Assignment {
  return parseInput(AssignmentSchema, value, 'INVALID_INPUT', '抽取结果');
}
