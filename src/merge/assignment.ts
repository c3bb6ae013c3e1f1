import { z } from 'zod';

/**
 * Schema of one drawn (task, subject) pair (抽查任务—检查对象配对): the subject `subjectId` was drawn
 * for the plan task `taskId`. It documents the shape {@link mergeTasks} reads; the merge itself checks
 * each pair by hand, not with this schema, because it runs over millions of pairs.
 *
 * @example
 * ```ts
 * AssignmentSchema.parse({ taskId: 'T01', subjectId: '91350100M000100Y43' });
 * //=> { taskId: 'T01', subjectId: '91350100M000100Y43' }
 * ```
 */
export const AssignmentSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Id of the plan task (计划任务编号). */
    taskId: z.string().min(1),
    /** Id of the drawn subject (检查对象标识). */
    subjectId: z.string().min(1),
  })
  .meta({ description: '抽查任务与检查对象的配对' }))();

/**
 * One drawn (task, subject) pair (抽查任务—检查对象配对).
 *
 * @example
 * ```ts
 * const draws: Assignment[] = [{ taskId: 'T01', subjectId: 's1' }, { taskId: 'T03', subjectId: 's1' }];
 * mergeTasks(draws, { plan: longwan2023SamplePlan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 }).summary.saved; //=> 1
 * ```
 */
export type Assignment = z.infer<typeof AssignmentSchema>;
