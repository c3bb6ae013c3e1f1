import type { RepeatVisitReason } from './repeat-visit.js';
import { repeatVisitReason } from './repeat-visit-reason.js';
import { splitVisits } from './split-visits.js';
import type { MergeContext } from './task-profile.js';
import type { VisitTemplate, VisitTemplates } from './visit-template.js';

/**
 * How the visits of a subject with a given set of tasks look (任务组合的合并方案, internal): the
 * templates of its visits in output order (window start, window end, id) and, when there are several,
 * why. It depends only on the set of tasks, so it is computed once per distinct set.
 *
 * @example
 * ```ts
 * // ranks 0 and 1: two tasks of merge group 'food' in March
 * taskSetPlans(context, templates).get([0, 1]).templates.length; //=> 1
 * ```
 */
export interface TaskSetPlan {
  readonly templates: readonly VisitTemplate[];
  readonly reason: RepeatVisitReason | undefined;
}

/**
 * A cache of {@link TaskSetPlan}s keyed by the set of task ranks (合并方案缓存).
 *
 * @example
 * ```ts
 * const plans = taskSetPlans(context, visitTemplates(context));
 * plans.get([0, 2]) === plans.get([0, 2]); //=> true
 * ```
 */
export interface TaskSetPlans {
  /** The plan of the tasks with these schedule ranks (distinct, at least two, any order; sorted in place). */
  get(ranks: number[]): TaskSetPlan;
}

/**
 * Creates a {@link TaskSetPlans} cache for one merge (合并方案缓存). Visits of one subject share the
 * id prefix, so ordering them by window then id is ordering their templates by window then id suffix.
 *
 * @param context - the merge context
 * @param templates - the visit template cache
 * @returns the cache
 *
 * @example
 * ```ts
 * // ranks 0 and 5: unpaired tasks in March and June
 * taskSetPlans(context, visitTemplates(context)).get([0, 5]).reason; //=> 'different-month'
 * ```
 */
export function taskSetPlans(context: MergeContext, templates: VisitTemplates): TaskSetPlans {
  // a trie over the sorted ranks: no key string is built or hashed per subject
  const root: TrieNode = { children: [], plan: undefined };
  return {
    get(ranks) {
      // insertion sort: a subject has few tasks
      for (let i = 1; i < ranks.length; i += 1) {
        const rank = ranks[i]!;
        let j = i - 1;
        for (; j >= 0 && ranks[j]! > rank; j -= 1) ranks[j + 1] = ranks[j]!;
        ranks[j + 1] = rank;
      }
      let node = root;
      for (const rank of ranks) node = node.children[rank] ??= { children: [], plan: undefined };
      return (node.plan ??= planOf(ranks, context, templates));
    },
  };
}

interface TrieNode {
  readonly children: TrieNode[];
  plan: TaskSetPlan | undefined;
}

function planOf(ranks: readonly number[], context: MergeContext, templates: VisitTemplates): TaskSetPlan {
  const split = splitVisits(ranks, context);
  const own = split.groups.map((group) => templates.get(group)).sort(compareTemplates);
  return Object.freeze({ templates: Object.freeze(own), reason: own.length > 1 ? repeatVisitReason(split, context) : undefined });
}

function compareTemplates(a: VisitTemplate, b: VisitTemplate): number {
  return compare(a.window.from, b.window.from) || compare(a.window.to, b.window.to) || compare(a.idSuffix, b.idSuffix);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
