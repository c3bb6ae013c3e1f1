import type { MergeContext, TaskProfile } from './task-profile.js';

/**
 * Tells whether two tasks on one subject may be carried out in one visit (可合并实施): they are in
 * the same merge group of the plan (配对要求, 通知·一), or the policy is `mergeDefault: 'same-month'` and
 * they are in the same month.
 *
 * @param a - one task's profile
 * @param b - the other task's profile
 * @param sameMonth - whether the policy merges tasks of the same month
 * @returns `true` when the plan and the policy allow merging the two
 *
 * @example
 * ```ts
 * mayMerge({ month: 3, mergeGroup: 'food' }, { month: 6, mergeGroup: 'food' }, false); //=> true
 * mayMerge({ month: 3, mergeGroup: undefined }, { month: 3, mergeGroup: 'lift' }, true); //=> true
 * mayMerge({ month: 3, mergeGroup: undefined }, { month: 3, mergeGroup: 'lift' }, false); //=> false
 * ```
 */
export function mayMerge(
  a: Pick<TaskProfile, 'month' | 'mergeGroup'>,
  b: Pick<TaskProfile, 'month' | 'mergeGroup'>,
  sameMonth: boolean,
): boolean {
  return (a.mergeGroup !== undefined && a.mergeGroup === b.mergeGroup) || (sameMonth && a.month === b.month);
}

/**
 * How one subject's tasks are split into visits (单个检查对象的合并方案, internal).
 *
 * @example
 * ```ts
 * splitVisits([0, 1, 2], context); //=> { groups: [[0, 1], [2]], components: [0, 1] }
 * ```
 */
export interface VisitSplit {
  /** The schedule ranks of each visit's tasks, ascending. */
  readonly groups: number[][];
  /** For each visit, the merge component it came from (visits of one component have disjoint windows). */
  readonly components: number[];
}

/**
 * Splits one subject's tasks into visits (合并为检查批次). Tasks are linked when `mayMerge`
 * allows it; each connected set of linked tasks (merge component) becomes one visit when the task
 * windows overlap. When they do not, the component is split greedily into visits whose windows are not
 * empty: tasks sorted by window end (then start, then schedule rank) each join the first visit that
 * they may merge with (a `mayMerge` link to one of its tasks) and whose end point (the end of the
 * task that opened it) they start on or before; otherwise they open a new visit. Every visit's tasks
 * stay linked by `mayMerge`.
 *
 * @param ranks - the subject's task schedule ranks, ascending, distinct
 * @param context - the merge context
 * @returns the visits' task ranks and their components
 *
 * @example
 * ```ts
 * // T0 and T1 in merge group 'food', T2 alone in another month
 * splitVisits([0, 1, 2], context); //=> { groups: [[0, 1], [2]], components: [0, 1] }
 * ```
 */
export function splitVisits(ranks: readonly number[], context: MergeContext): VisitSplit {
  const { tasks, sameMonth } = context;
  const k = ranks.length;
  const parent = ranks.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < k; i += 1) {
    const a = tasks[ranks[i]!]!;
    for (let j = i + 1; j < k; j += 1) {
      if (mayMerge(a, tasks[ranks[j]!]!, sameMonth)) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < k; i += 1) {
    const root = find(i);
    const list = members.get(root);
    if (list === undefined) members.set(root, [ranks[i]!]);
    else list.push(ranks[i]!);
  }
  const groups: number[][] = [];
  const components: number[] = [];
  let component = 0;
  for (const list of members.values()) {
    for (const group of stab(list, context)) {
      groups.push(group);
      components.push(component);
    }
    component += 1;
  }
  return { groups, components };
}

/**
 * Visits with non-empty windows for one merge component (greedy interval stabbing): the whole component
 * when its windows overlap; otherwise tasks by window end join the first visit whose end point they
 * cover and that holds a task they may merge with, or open a new visit ending at their own end.
 */
function stab(ranks: number[], context: MergeContext): number[][] {
  const { tasks } = context;
  let latestFrom = tasks[ranks[0]!]!.from;
  let earliestTo = tasks[ranks[0]!]!.to;
  for (const rank of ranks) {
    const task = tasks[rank]!;
    if (task.from > latestFrom) latestFrom = task.from;
    if (task.to < earliestTo) earliestTo = task.to;
  }
  if (latestFrom <= earliestTo) return [ranks];
  const byEnd = [...ranks].sort((x, y) => {
    const a = tasks[x]!;
    const b = tasks[y]!;
    return a.to < b.to ? -1 : a.to > b.to ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : x - y;
  });
  const groups: number[][] = [];
  const points: string[] = [];
  for (const rank of byEnd) {
    const task = tasks[rank]!;
    // every earlier point is ≤ task.to (sorted by end): the task fits a visit when it starts by its point
    let joined = false;
    for (let g = 0; g < groups.length && !joined; g += 1) {
      const group = groups[g]!;
      if (task.from <= points[g]! && group.some((other) => mayMerge(tasks[other]!, task, context.sameMonth))) {
        group.push(rank);
        joined = true;
      }
    }
    if (!joined) {
      groups.push([rank]);
      points.push(task.to);
    }
  }
  for (const group of groups) group.sort((x, y) => x - y);
  return groups;
}
