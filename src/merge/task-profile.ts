import { ShuangsuijiError } from '../core/errors.js';
import type { CivilDate } from '../core/civil-date.js';
import type { ParsedMergeOptions } from './merge-options.js';
import { taskWindow } from './task-window.js';
import { escapeVisitIdPart } from './visit-id.js';

/**
 * What the merge needs of one plan task, computed once per task (任务合并要素, internal).
 *
 * @example
 * ```ts
 * // the plan's first task by month is a 餐饮科 task without partners
 * const { tasks } = buildMergeContext(parseMergeOptions(options));
 * tasks[0].departments; //=> ['餐饮科']
 * ```
 */
export interface TaskProfile {
  readonly id: string;
  /** The id escaped for visit ids. */
  readonly escapedId: string;
  /** Position in `plan.tasks`. */
  readonly planIndex: number;
  readonly month: number;
  readonly mergeGroup: string | undefined;
  readonly leadDepartment: string;
  /** Lead then partner departments, each once. */
  readonly departments: readonly string[];
  /** Ranks of the task's items (see {@link MergeContext.itemCodes}), ascending, each once. */
  readonly itemRanks: readonly number[];
  readonly from: CivilDate;
  readonly to: CivilDate;
}

/**
 * The per-plan data of a merge (合并上下文, internal): task profiles in schedule order and the
 * catalogue's items ranked for the visit's item order.
 *
 * @example
 * ```ts
 * const context = buildMergeContext(parseMergeOptions(options));
 * context.tasks[context.rankOf.get('T01')!].id; //=> 'T01'
 * ```
 */
export interface MergeContext {
  /** Task profiles in schedule order: month, then position in the plan. A task's index here is its rank. */
  readonly tasks: readonly TaskProfile[];
  /** Task id → schedule rank. */
  readonly rankOf: ReadonlyMap<string, number>;
  /** Item code by item rank: general items in catalogue order, then the others in catalogue order. */
  readonly itemCodes: readonly string[];
  /** Required qualifications by item rank. */
  readonly itemQualifications: readonly (readonly string[])[];
  /** Whether tasks of the same month merge without a merge group (`mergeDefault: 'same-month'`). */
  readonly sameMonth: boolean;
}

/**
 * Precomputes the merge data of every plan task once (预计算任务合并要素), so the merge does no
 * per-pair work beyond a lookup.
 *
 * @param options - the parsed options
 * @returns the merge context
 * @throws {ShuangsuijiError} `DUPLICATE_ID` for a repeated task id (path `['plan', 'tasks', i, 'id']`),
 *   `UNKNOWN_ITEM` for an item code not in the catalogue (path `['plan', 'tasks', i, 'itemCodes', j]`),
 *   `INVALID_PLAN` for a task whose `dueOn` is before its start (path `['plan', 'tasks', i, 'dueOn']`)
 *
 * @example
 * ```ts
 * buildMergeContext(parseMergeOptions({ plan, catalogue, policy: zhejiang2023 })).sameMonth; //=> true
 * ```
 */
export function buildMergeContext(options: ParsedMergeOptions): MergeContext {
  const { plan, catalogue, policy, deadline } = options;
  const generalCount = catalogue.items.reduce((count, item) => count + (item.category === 'general' ? 1 : 0), 0);
  const rankOfItem = new Map<string, number>();
  const itemCodes: string[] = [];
  const itemQualifications: (readonly string[])[] = [];
  let general = 0;
  let other = generalCount;
  for (const item of catalogue.items) {
    const rank = item.category === 'general' ? general++ : other++;
    rankOfItem.set(item.code, rank);
    itemCodes[rank] = item.code;
    itemQualifications[rank] = item.requiredQualifications;
  }

  const seen = new Set<string>();
  const profiles = plan.tasks.map((task, planIndex): TaskProfile => {
    if (seen.has(task.id)) {
      throw new ShuangsuijiError('DUPLICATE_ID', `计划任务编号 ${task.id} 重复`, { path: ['plan', 'tasks', planIndex, 'id'], details: { taskId: task.id } });
    }
    seen.add(task.id);
    const ranks = new Set<number>();
    task.itemCodes.forEach((code, j) => {
      const rank = rankOfItem.get(code);
      if (rank === undefined) {
        throw new ShuangsuijiError('UNKNOWN_ITEM', `任务 ${task.id} 的抽查事项编码 ${code} 不在抽查事项清单中`, {
          path: ['plan', 'tasks', planIndex, 'itemCodes', j],
          details: { taskId: task.id, code },
        });
      }
      ranks.add(rank);
    });
    const window = taskWindow(task, plan.year, deadline);
    if (window.from > window.to) {
      throw new ShuangsuijiError('INVALID_PLAN', `年度计划无效：任务 ${task.id} 的完成日期 ${window.to} 早于开始日期 ${window.from}`, {
        path: ['plan', 'tasks', planIndex, 'dueOn'],
        details: { taskId: task.id, window },
      });
    }
    return {
      id: task.id,
      escapedId: escapeVisitIdPart(task.id),
      planIndex,
      month: task.month,
      mergeGroup: task.mergeGroup,
      leadDepartment: task.leadDepartment,
      departments: [...new Set([task.leadDepartment, ...task.partnerDepartments])],
      itemRanks: [...ranks].sort((a, b) => a - b),
      from: window.from,
      to: window.to,
    };
  });
  const tasks = profiles.sort((a, b) => a.month - b.month || a.planIndex - b.planIndex);
  const rankOf = new Map<string, number>();
  tasks.forEach((task, rank) => rankOf.set(task.id, rank));
  return { tasks, rankOf, itemCodes, itemQualifications, sameMonth: policy.mergeDefault === 'same-month' };
}
