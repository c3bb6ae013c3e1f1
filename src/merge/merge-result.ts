import { z } from 'zod';
import { FindingSchema } from '../core/finding.js';
import { RepeatVisitSchema } from './repeat-visit.js';
import { VisitSchema } from './visit.js';

/**
 * Schema of the counts of a merge (合并实施统计): `pairs` drawn (task, subject) pairs in, `subjects`
 * distinct subjects, `visits` out, `saved = pairs − visits` visits spared by merging, `jointVisits` visits
 * with more than one department (部门联合).
 *
 * @example
 * ```ts
 * MergeSummarySchema.parse({ pairs: 3, subjects: 1, visits: 1, saved: 2, jointVisits: 1 }).saved; //=> 2
 * ```
 */
export const MergeSummarySchema = /* @__PURE__ */ (() => z
  .strictObject({
    pairs: z.number().int().min(0),
    subjects: z.number().int().min(0),
    visits: z.number().int().min(0),
    saved: z.number().int().min(0),
    jointVisits: z.number().int().min(0),
  })
  .meta({ description: '合并实施统计' }))();

/**
 * The counts of a merge (合并实施统计).
 *
 * @example
 * ```ts
 * const draws = [{ taskId: 'T01', subjectId: 's1' }, { taskId: 'T02', subjectId: 's1' }, { taskId: 'T08', subjectId: 's2' }];
 * const summary: MergeSummary = mergeTasks(draws, { plan: longwan2023SamplePlan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 }).summary;
 * summary; //=> { pairs: 3, subjects: 2, visits: 2, saved: 1, jointVisits: 2 } (T02 and T08 have partner departments)
 * ```
 */
export type MergeSummary = z.infer<typeof MergeSummarySchema>;

/**
 * Schema of the result of {@link mergeTasks} (合并实施结果): the visits in order (subject id, window
 * start, window end, id, all by UTF-16 code units), the counts, the subjects visited more than once
 * (ordered by subject id) and the findings (sorted with `sortFindings`).
 *
 * @example
 * ```ts
 * // one subject drawn by two tasks of one merge group (T01 and T02 of the sample plan, both in March)
 * const draws = [{ taskId: 'T01', subjectId: 's1' }, { taskId: 'T02', subjectId: 's1' }];
 * const options = { plan: longwan2023SamplePlan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * MergeResultSchema.parse(mergeTasks(draws, options)).visits.length; //=> 1
 * ```
 */
export const MergeResultSchema = /* @__PURE__ */ (() => z
  .strictObject({
    visits: z.array(VisitSchema),
    summary: MergeSummarySchema,
    repeatVisits: z.array(RepeatVisitSchema),
    findings: z.array(FindingSchema),
  })
  .meta({ description: '合并实施结果' }))();

/**
 * The result of {@link mergeTasks} (合并实施结果).
 *
 * @example
 * ```ts
 * const draws = [{ taskId: 'T01', subjectId: 's1' }, { taskId: 'T02', subjectId: 's1' }, { taskId: 'T08', subjectId: 's2' }];
 * const result: MergeResult = mergeTasks(draws, { plan: longwan2023SamplePlan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * [result.visits.map((visit) => visit.id), result.repeatVisits, result.findings.map((f) => f.ruleId)]; //=> [['s1:T01+T02', 's2:T08'], [], ['merge.visits-saved']]
 * ```
 */
export type MergeResult = z.infer<typeof MergeResultSchema>;
