import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';

/**
 * Schema of a visit's time window (检查时段): the visit may take place from `from` to `to`,
 * both civil dates and both included.
 *
 * @example
 * ```ts
 * VisitWindowSchema.parse({ from: '2023-03-01', to: '2023-10-31' }); //=> { from: '2023-03-01', to: '2023-10-31' }
 * ```
 */
export const VisitWindowSchema = /* @__PURE__ */ (() => z
  .strictObject({
    from: CivilDateSchema,
    to: CivilDateSchema,
  })
  .readonly()
  .meta({ description: '检查时段（含首尾两日）' }))();

/**
 * A visit's time window (检查时段).
 *
 * @example
 * ```ts
 * const { visits } = mergeTasks([{ taskId: 'T01', subjectId: 's1' }], { plan: longwan2023SamplePlan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * const window: VisitWindow | undefined = visits[0]?.window;
 * window; //=> { from: '2023-03-01', to: '2023-05-31' }
 * ```
 */
export type VisitWindow = z.infer<typeof VisitWindowSchema>;

/**
 * Schema of one visit (一次上门检查): the tasks carried out together on one subject, so that
 * the subject is disturbed once (进一次门、查多项事, 通知·三; 合并实施, 通知·一).
 *
 * - `id` — `${subjectId}:${taskIds.join('+')}` with the task ids sorted by UTF-16 code units; in both
 *   parts `%`, `:` and `+` are written `%25`, `%3A`, `%2B`, so distinct visits never share an id.
 * - `tasks` — task ids in schedule order: month, then position in the plan.
 * - `items` — union of the tasks' item codes, each once: general items (通用检查事项) first in catalogue
 *   order, then the others in catalogue order.
 * - `departments` — union of each task's lead and partner departments: the lead department first,
 *   then the others sorted by UTF-16 code units.
 * - `leadDepartment` — the lead department (牵头科室) of the first task in schedule order.
 * - `joint` — more than one department takes part (部门联合).
 * - `window` — from the latest task start to the earliest task end (see {@link mergeTasks}).
 * - `requiredQualifications` — union of the items' qualifications, sorted by UTF-16 code units.
 *
 * Arrays and the window are frozen and may be shared between visits with the same tasks.
 *
 * @example
 * ```ts
 * VisitSchema.parse({
 *   id: 's1:T1+T2', subjectId: 's1', tasks: ['T1', 'T2'], items: ['A99', 'B01'],
 *   departments: ['餐饮科', '价竞分局'], leadDepartment: '餐饮科', joint: true,
 *   window: { from: '2023-03-01', to: '2023-10-31' }, requiredQualifications: [],
 * }).joint; //=> true
 * ```
 */
export const VisitSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Stable id derived from the subject and the task ids. */
    id: z.string().min(1),
    subjectId: z.string().min(1),
    /** Task ids (计划任务), in schedule order. */
    tasks: z.array(z.string().min(1)).min(1).readonly(),
    /** Item codes checked (抽查事项). */
    items: z.array(z.string().min(1)).readonly(),
    /** Departments taking part (参与科室), lead first. */
    departments: z.array(z.string().min(1)).min(1).readonly(),
    /** Lead department (牵头科室). */
    leadDepartment: z.string().min(1),
    /** Whether several departments take part (部门联合). */
    joint: z.boolean(),
    window: VisitWindowSchema,
    /** Qualifications the inspectors of the visit need between them (资格要求). */
    requiredQualifications: z.array(z.string().min(1)).readonly(),
  })
  .meta({ description: '一次上门检查（合并实施的抽查任务）' }))();

/**
 * One visit to one subject (一次上门检查).
 *
 * @example
 * ```ts
 * const { visits } = mergeTasks([{ taskId: 'T01', subjectId: 's1' }, { taskId: 'T03', subjectId: 's1' }], { plan: longwan2023SamplePlan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * const visit: Visit | undefined = visits[0];
 * [visit?.id, visit?.leadDepartment, visit?.joint]; //=> ['s1:T01+T03', '食品生产流通科', true]
 * ```
 */
export type Visit = z.infer<typeof VisitSchema>;
