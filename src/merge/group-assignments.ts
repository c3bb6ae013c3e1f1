import { subjectKey } from '../directory/_internal/subject-key.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { Assignment } from './assignment.js';

/**
 * Drawn pairs grouped by subject (按检查对象分组, internal). Subjects are numbered in order of first
 * appearance; each subject's set of tasks is a bit set over the tasks' schedule ranks, held in one
 * `Int32Array` (no array or object per subject).
 *
 * - `subjectIds[s]` — the id of subject number `s`;
 * - `numberOf` — subject id → its number;
 * - `words` — 32-bit words per subject, `⌈tasks / 32⌉` (at least 1);
 * - `masks` — bit `r & 31` of `masks[s * words + (r >>> 5)]` is set when the task of rank `r` was drawn for subject `s`;
 * - `pairs` — the number of pairs read.
 *
 * @example
 * ```ts
 * const grouped = groupAssignments([{ taskId: 'T2', subjectId: 's1' }], new Map([['T1', 0], ['T2', 1]]), 2);
 * grouped.subjectIds; //=> ['s1']
 * grouped.masks[0]; //=> 2 (bit 1: rank 1)
 * ```
 */
export interface GroupedAssignments {
  readonly subjectIds: string[];
  readonly numberOf: Map<string, number>;
  readonly words: number;
  readonly masks: Int32Array;
  readonly pairs: number;
}

/** Subjects the masks are first sized for; the buffer doubles when full. */
const INITIAL_SUBJECTS = 1024;

/**
 * Groups drawn (task, subject) pairs by subject (按检查对象分组), checking each pair by hand (no zod on
 * the hot path). The only per-pair work is two `Map` lookups (task, subject) and one bit test and set,
 * which also finds a repeated pair.
 *
 * @param draws - the pairs, any iterable
 * @param rankOf - task id → schedule rank
 * @param taskCount - the number of tasks (ranks are below it)
 * @returns the grouped pairs
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `draws` is not iterable (path `['draws']`), a pair is
 *   not an object (`['draws', i]`), a task id is not a string (`['draws', i, 'taskId']`) or a subject id
 *   is not a non-empty string (`['draws', i, 'subjectId']`); `UNKNOWN_TASK` for a task not in the plan
 *   (`['draws', i, 'taskId']`); `DUPLICATE_ID` for a pair seen before (`['draws', i]`)
 *
 * @example
 * ```ts
 * const grouped = groupAssignments(
 *   [{ taskId: 'T2', subjectId: 's1' }, { taskId: 'T1', subjectId: 's1' }],
 *   new Map([['T1', 0], ['T2', 1]]),
 *   2,
 * );
 * grouped.masks[grouped.numberOf.get('s1')]; //=> 3 (ranks 0 and 1)
 * ```
 */
export function groupAssignments(draws: Iterable<Assignment>, rankOf: ReadonlyMap<string, number>, taskCount: number): GroupedAssignments {
  if (draws === null || typeof (draws as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽取结果应为 { taskId, subjectId } 的可迭代序列', { path: ['draws'] });
  }
  const words = Math.max(1, Math.ceil(taskCount / 32));
  const numberOf = new Map<string, number>();
  const subjectIds: string[] = [];
  let masks = new Int32Array(INITIAL_SUBJECTS * words);
  let index = 0;
  for (const pair of draws) {
    if (pair === null || typeof pair !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', `抽取结果第 ${index} 项应为 { taskId, subjectId }`, { path: ['draws', index] });
    }
    const taskId = pair.taskId;
    const rawSubjectId = pair.subjectId;
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
    if (typeof rawSubjectId !== 'string' || rawSubjectId.length === 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽取结果第 ${index} 项的 subjectId 应为非空字符串`, { path: ['draws', index, 'subjectId'] });
    }
    // One enterprise entered two ways (`X`, `X `) is one subject, visited once (issue 12). Every key of
    // numberOf is a comparison key (subjectKey(k) === k), so an id found there is its own key: only a
    // subject's first pair pays for subjectKey (issue 18).
    let subjectId = rawSubjectId;
    let subject = numberOf.get(subjectId);
    if (subject === undefined) {
      subjectId = subjectKey(rawSubjectId);
      if (subjectId !== rawSubjectId) subject = numberOf.get(subjectId);
    }
    if (subject === undefined) {
      subject = subjectIds.length;
      if ((subject + 1) * words > masks.length) {
        const grown = new Int32Array(masks.length * 2);
        grown.set(masks);
        masks = grown;
      }
      numberOf.set(subjectId, subject);
      subjectIds.push(subjectId);
    }
    const at = subject * words + (rank >>> 5);
    const bit = 1 << (rank & 31);
    const mask = masks[at]!;
    if ((mask & bit) !== 0) {
      throw new ShuangsuijiError('DUPLICATE_ID', `抽取结果第 ${index} 项重复：任务 ${taskId} 已抽中检查对象 ${subjectId}`, {
        path: ['draws', index],
        details: { taskId, subjectId },
      });
    }
    masks[at] = mask | bit;
    index += 1;
  }
  return { subjectIds, numberOf, words, masks, pairs: index };
}
