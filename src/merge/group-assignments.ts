import { ShuangsuijiError } from '../core/errors.js';
import type { Assignment } from './assignment.js';

/**
 * Drawn pairs grouped by subject (按检查对象分组, internal): subject id → the schedule ranks of its
 * tasks in input order, subjects in order of first appearance, and the number of pairs read.
 *
 * @example
 * ```ts
 * const grouped = groupAssignments([{ taskId: 'T1', subjectId: 's1' }], new Map([['T1', 0]]));
 * [...grouped.bySubject]; //=> [['s1', [0]]]
 * ```
 */
export interface GroupedAssignments {
  readonly bySubject: Map<string, number[]>;
  readonly pairs: number;
}

/**
 * Groups drawn (task, subject) pairs by subject with one `Map` keyed by subject id, checking each pair
 * by hand (no zod on the hot path). The only per-pair work is two lookups (task, subject) and a scan of
 * the subject's few ranks for a duplicate.
 *
 * @param draws - the pairs, any iterable
 * @param rankOf - task id → schedule rank
 * @returns the grouped pairs
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `draws` is not iterable (path `['draws']`), a pair is
 *   not an object (`['draws', i]`), a task id is not a string (`['draws', i, 'taskId']`) or a subject id
 *   is not a non-empty string (`['draws', i, 'subjectId']`); `UNKNOWN_TASK` for a task not in the plan
 *   (`['draws', i, 'taskId']`); `DUPLICATE_ID` for a pair seen before (`['draws', i]`)
 *
 * @example
 * ```ts
 * groupAssignments([{ taskId: 'T2', subjectId: 's1' }, { taskId: 'T1', subjectId: 's1' }], new Map([['T1', 0], ['T2', 1]])).bySubject.get('s1');
 * //=> [1, 0]
 * ```
 */
export function groupAssignments(draws: Iterable<Assignment>, rankOf: ReadonlyMap<string, number>): GroupedAssignments {
  if (draws === null || typeof (draws as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽取结果应为 { taskId, subjectId } 的可迭代序列', { path: ['draws'] });
  }
  const bySubject = new Map<string, number[]>();
  let index = 0;
  for (const pair of draws) {
    if (pair === null || typeof pair !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', `抽取结果第 ${index} 项应为 { taskId, subjectId }`, { path: ['draws', index] });
    }
    const { taskId, subjectId } = pair;
    const rank = rankOf.get(taskId);
    if (rank === undefined) {
      if (typeof taskId !== 'string') {
        throw new ShuangsuijiError('INVALID_INPUT', `抽取结果第 ${index} 项的 taskId 应为字符串`, { path: ['draws', index, 'taskId'] });
      }
      throw new ShuangsuijiError('UNKNOWN_TASK', `抽取结果第 ${index} 项的任务 ${taskId} 不在年度计划中`, {
        path: ['draws', index, 'taskId'],
        details: { taskId },
      });
    }
    if (typeof subjectId !== 'string' || subjectId.length === 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽取结果第 ${index} 项的 subjectId 应为非空字符串`, { path: ['draws', index, 'subjectId'] });
    }
    const ranks = bySubject.get(subjectId);
    if (ranks === undefined) {
      bySubject.set(subjectId, [rank]);
    } else {
      if (ranks.includes(rank)) {
        throw new ShuangsuijiError('DUPLICATE_ID', `抽取结果第 ${index} 项重复：任务 ${taskId} 已抽中检查对象 ${subjectId}`, {
          path: ['draws', index],
          details: { taskId, subjectId },
        });
      }
      ranks.push(rank);
    }
    index += 1;
  }
  return { bySubject, pairs: index };
}
