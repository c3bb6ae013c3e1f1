import { arrayArgument } from '../core/_internal/boundary.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { Assignment } from './assignment.js';

/**
 * The least of a draw result that {@link assignmentsFromDraws} reads (抽取结果的最小结构): the task id,
 * at the top or in `record` as the draw module returns it, and the selected subjects' ids.
 *
 * @example
 * ```ts
 * const result: DrawResultLike = { selected: [{ id: 's1' }], record: { taskId: 'T01' } };
 * ```
 */
export interface DrawResultLike {
  readonly taskId?: string;
  readonly record?: { readonly taskId?: string };
  readonly selected: readonly { readonly id: string }[];
}

/**
 * Flattens draw results into (task, subject) pairs for {@link mergeTasks} (抽取结果展开为配对),
 * lazily and in input order. Accepts `{ taskId, selected }` and the draw module's
 * `{ selected: [{ id, … }], record: { taskId, … } }`; other fields are ignored.
 *
 * @param results - draw results
 * @returns an iterable of `{ taskId, subjectId }`
 * @throws {ShuangsuijiError} `INVALID_INPUT` (while iterating) when `results` is not iterable (path
 *   `['results']`), a result is not an object (`['results', i]`), it has no task id
 *   (`['results', i, 'taskId']`), `selected` is not an array (`['results', i, 'selected']`) or a selected
 *   id is not a non-empty string (`['results', i, 'selected', j, 'id']`)
 *
 * @example
 * ```ts
 * [...assignmentsFromDraws([
 *   { taskId: 'T01', selected: [{ id: 's1' }, { id: 's2' }] },
 *   { selected: [{ id: 's1' }], record: { taskId: 'T02' } },
 * ])];
 * //=> [{ taskId: 'T01', subjectId: 's1' }, { taskId: 'T01', subjectId: 's2' }, { taskId: 'T02', subjectId: 's1' }]
 * ```
 */
export function assignmentsFromDraws(results: Iterable<DrawResultLike>): Generator<Assignment> {
  // Checked here, not in the generator, so a bad argument throws at the call rather than at the first next().
  if (results === null || typeof (results as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽取结果应为可迭代序列', { path: ['results'] });
  }
  return assignmentsOf(results);
}

function* assignmentsOf(results: Iterable<DrawResultLike>): Generator<Assignment> {
  let i = 0;
  for (const result of results) {
    if (result === null || typeof result !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${i} 个抽取结果应为对象`, { path: ['results', i] });
    }
    const taskId = result.taskId ?? result.record?.taskId;
    if (typeof taskId !== 'string' || taskId.length === 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${i} 个抽取结果缺少任务编号 taskId（或 record.taskId）`, { path: ['results', i, 'taskId'] });
    }
    const selected = result.selected;
    if (!Array.isArray(selected)) {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${i} 个抽取结果的 selected 应为数组`, { path: ['results', i, 'selected'] });
    }
    arrayArgument(selected, { label: '抽取结果', path: ['results', i, 'selected'] });
    for (let j = 0; j < selected.length; j += 1) {
      const subject: unknown = selected[j];
      const subjectId = subject !== null && typeof subject === 'object' ? (subject as { id?: unknown }).id : undefined;
      if (typeof subjectId !== 'string' || subjectId.length === 0) {
        throw new ShuangsuijiError('INVALID_INPUT', `第 ${i} 个抽取结果的第 ${j} 个对象缺少标识 id`, { path: ['results', i, 'selected', j, 'id'] });
      }
      yield { taskId, subjectId };
    }
    i += 1;
  }
}
