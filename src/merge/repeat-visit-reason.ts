import { RepeatVisitReasonSchema, type RepeatVisitReason } from './repeat-visit.js';
import type { MergeContext } from './task-profile.js';
import type { VisitSplit } from './split-visits.js';

const PRIORITY: readonly RepeatVisitReason[] = RepeatVisitReasonSchema.options;

/**
 * Says why one subject gets several visits (重复上门原因): for any two of its visits, visits of one
 * merge component are apart because of `disjoint-windows`; otherwise each pair of their tasks is apart
 * because of `different-month` (months differ), `different-merge-group` (same month, both paired in
 * different groups) or `merge-group-only-policy` (same month, one not paired, and the policy merges
 * only paired tasks). The most avoidable reason found, in the order of {@link RepeatVisitReasonSchema}, wins.
 *
 * @param split - the subject's visits (at least two) as returned by {@link splitVisits}
 * @param context - the merge context
 * @returns the reason
 *
 * @example
 * ```ts
 * // same-month policy, T0 in March, T1 in June, not paired
 * repeatVisitReason({ groups: [[0], [1]], components: [0, 1] }, context); //=> 'different-month'
 * ```
 */
export function repeatVisitReason(split: VisitSplit, context: MergeContext): RepeatVisitReason {
  const { groups, components } = split;
  let best = PRIORITY.length - 1;
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = i + 1; j < groups.length; j += 1) {
      if (components[i] === components[j]) return 'disjoint-windows';
      for (const x of groups[i]!) {
        const a = context.tasks[x]!;
        for (const y of groups[j]!) {
          const b = context.tasks[y]!;
          if (a.month !== b.month) continue;
          const reason = a.mergeGroup !== undefined && b.mergeGroup !== undefined ? 'different-merge-group' : 'merge-group-only-policy';
          best = Math.min(best, PRIORITY.indexOf(reason));
        }
      }
    }
  }
  return PRIORITY[best]!;
}
