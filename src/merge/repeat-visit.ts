import { z } from 'zod';

/**
 * Why one subject gets more than one visit in the year (重复上门原因), from the most to the least
 * avoidable:
 * - `disjoint-windows` — the tasks may be merged (paired, or same month) but their windows do not
 *   overlap, so no one visit can carry them all (配对任务时段不重叠);
 * - `merge-group-only-policy` — the tasks share a month, but the policy `mergeDefault: 'merge-group-only'`
 *   merges only tasks the plan pairs, and at least one of them is not paired;
 * - `different-merge-group` — the tasks share a month but the plan pairs them into different merge
 *   groups (only possible under `merge-group-only`);
 * - `different-month` — the tasks are in different months and not paired.
 *
 * @example
 * ```ts
 * RepeatVisitReasonSchema.parse('different-month'); //=> 'different-month'
 * ```
 */
export const RepeatVisitReasonSchema = /* @__PURE__ */ z.enum([
  'disjoint-windows',
  'merge-group-only-policy',
  'different-merge-group',
  'different-month',
]);

/**
 * Why one subject gets more than one visit (重复上门原因).
 *
 * @example
 * ```ts
 * const reason: RepeatVisitReason = 'different-month';
 * RepeatVisitReasonSchema.options.indexOf(reason); //=> 3
 * ```
 */
export type RepeatVisitReason = z.infer<typeof RepeatVisitReasonSchema>;

/**
 * Schema of a subject that is visited more than once in the year (同一检查对象多次上门), for the rule
 * 杜绝虚假重复检查 (通知·四). `visitIds` are in the order of the result's visits; `reason` is the most
 * avoidable reason (first in {@link RepeatVisitReasonSchema}) that holds for any two of the visits.
 *
 * @example
 * ```ts
 * RepeatVisitSchema.parse({ subjectId: 's1', visitIds: ['s1:T1', 's1:T2'], reason: 'different-month' }).reason;
 * //=> 'different-month'
 * ```
 */
export const RepeatVisitSchema = /* @__PURE__ */ (() => z
  .strictObject({
    subjectId: z.string().min(1),
    visitIds: z.array(z.string().min(1)).min(2),
    reason: RepeatVisitReasonSchema,
  })
  .meta({ description: '同一检查对象年内多次上门及原因' }))();

/**
 * A subject visited more than once in the year, and why (同一检查对象多次上门).
 *
 * @example
 * ```ts
 * const { repeatVisits } = mergeTasks([{ taskId: 'T01', subjectId: 's1' }, { taskId: 'T08', subjectId: 's1' }], { plan: longwan2023SamplePlan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * const repeat: RepeatVisit | undefined = repeatVisits[0];
 * repeat; //=> { subjectId: 's1', visitIds: ['s1:T01', 's1:T08'], reason: 'different-month' }
 * ```
 */
export type RepeatVisit = z.infer<typeof RepeatVisitSchema>;
