import { arrayArgument } from '../core/_internal/boundary.js';
import { ShuangsuijiError } from '../core/errors.js';
const SPECIAL = /[%:+]/;

/**
 * Escapes one part of a visit id (标识转义): `%` → `%25`, `:` → `%3A`, `+` → `%2B`, so that the
 * separators of {@link visitId} stay unambiguous. Strings without those characters are returned as is.
 *
 * @param part - a subject id or a task id
 * @returns the escaped part
 *
 * @example
 * ```ts
 * escapeVisitIdPart('T01'); //=> 'T01'
 * escapeVisitIdPart('a:b+c%'); //=> 'a%3Ab%2Bc%25'
 * ```
 */
export function escapeVisitIdPart(part: string): string {
  if (!SPECIAL.test(part)) return part;
  return part.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/\+/g, '%2B');
}

/**
 * Derives the stable id of a visit (检查批次标识) from its subject and its tasks:
 * `${subjectId}:${taskIds.join('+')}`, task ids sorted by UTF-16 code units, each part escaped with
 * `escapeVisitIdPart`. The same subject and tasks give the same id whatever the input order, and
 * two different visits never share one.
 *
 * @param subjectId - the subject's id
 * @param taskIds - the ids of the visit's tasks, in any order (not mutated)
 * @throws {ShuangsuijiError} `INVALID_INPUT` for an empty subject id or an empty or non-string task list
 * @returns the visit id
 *
 * @example
 * ```ts
 * visitId('91330303MA2ABCDE1X', ['T07', 'T03']); //=> '91330303MA2ABCDE1X:T03+T07'
 * visitId('s:1', ['T+1']); //=> 's%3A1:T%2B1'
 * ```
 */
export function visitId(subjectId: string, taskIds: readonly string[]): string {
  if (typeof subjectId !== 'string' || subjectId.length === 0) {
    throw new ShuangsuijiError('INVALID_INPUT', '检查对象标识应为非空字符串', { path: ['subjectId'] });
  }
  arrayArgument(taskIds, { label: '任务编号', path: ['taskIds'] });
  if (taskIds.length === 0 || taskIds.some((id) => typeof id !== 'string' || id.length === 0)) {
    throw new ShuangsuijiError('INVALID_INPUT', '任务编号应为非空字符串组成的非空数组', { path: ['taskIds'] });
  }
  const sorted = [...taskIds].sort();
  return `${escapeVisitIdPart(subjectId)}:${sorted.map(escapeVisitIdPart).join('+')}`;
}
