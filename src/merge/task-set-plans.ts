import { RepeatVisitReasonSchema, type RepeatVisitReason } from './repeat-visit.js';
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
 * taskSetPlans(context, templates, 1).get(Int32Array.of(0b11), 0).templates.length; //=> 1
 * ```
 */
export interface TaskSetPlan {
  readonly templates: readonly VisitTemplate[];
  readonly reason: RepeatVisitReason | undefined;
  /** The index of `reason` in `RepeatVisitReasonSchema.options` (-1 without one). */
  readonly reasonIndex: number;
}

/**
 * A cache of {@link TaskSetPlan}s keyed by the set of tasks (合并方案缓存), read from the task bit sets
 * of {@link groupAssignments}.
 *
 * @example
 * ```ts
 * const plans = taskSetPlans(context, visitTemplates(context), 1);
 * plans.get(Int32Array.of(0b101), 0) === plans.get(Int32Array.of(0b101), 0); //=> true
 * ```
 */
export interface TaskSetPlans {
  /**
   * The plan of the tasks whose ranks are the set bits of `masks[offset]` … `masks[offset + words - 1]`
   * (bit `r & 31` of word `r >>> 5`; at least one bit set; not mutated).
   */
  get(masks: Int32Array, offset: number): TaskSetPlan;
}

/**
 * Creates a {@link TaskSetPlans} cache for one merge (合并方案缓存). Visits of one subject share the
 * id prefix, so ordering them by window then id is ordering their templates by window then id suffix.
 *
 * @param context - the merge context
 * @param templates - the visit template cache
 * @param words - 32-bit words per task set
 * @returns the cache
 *
 * @example
 * ```ts
 * // ranks 0 and 5: unpaired tasks in March and June
 * taskSetPlans(context, visitTemplates(context), 1).get(Int32Array.of(0b100001), 0).reason; //=> 'different-month'
 * ```
 */
export function taskSetPlans(context: MergeContext, templates: VisitTemplates, words: number): TaskSetPlans {
  // a trie over the ranks in ascending order (the order the bits are read in): no key is built or hashed
  const root = new TrieNode();
  return {
    get(masks, offset) {
      let node = root;
      for (let w = 0; w < words; w += 1) {
        let mask = masks[offset + w]!;
        while (mask !== 0) {
          const low = mask & -mask;
          mask ^= low;
          const rank = (w << 5) | (31 - Math.clz32(low));
          node = node.children[rank] ??= new TrieNode();
        }
      }
      return (node.plan ??= planOf(ranksOf(masks, offset, words), context, templates));
    },
  };
}

class TrieNode {
  readonly children: (TrieNode | undefined)[] = [];
  plan: TaskSetPlan | undefined = undefined;
}

function ranksOf(masks: Int32Array, offset: number, words: number): number[] {
  const ranks: number[] = [];
  for (let w = 0; w < words; w += 1) {
    const mask = masks[offset + w]!;
    for (let bit = 0; bit < 32; bit += 1) if ((mask & (1 << bit)) !== 0) ranks.push((w << 5) | bit);
  }
  return ranks;
}

function planOf(ranks: readonly number[], context: MergeContext, templates: VisitTemplates): TaskSetPlan {
  const split = splitVisits(ranks, context);
  const own = split.groups.map((group) => templates.get(group)).sort(compareTemplates);
  const reason = own.length > 1 ? repeatVisitReason(split, context) : undefined;
  return Object.freeze({ templates: Object.freeze(own), reason, reasonIndex: reason === undefined ? -1 : RepeatVisitReasonSchema.options.indexOf(reason) });
}

function compareTemplates(a: VisitTemplate, b: VisitTemplate): number {
  return compare(a.window.from, b.window.from) || compare(a.window.to, b.window.to) || compare(a.idSuffix, b.idSuffix);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
