import { definePlanRule } from './rule-helpers.js';
import { civilYear } from '../../core/civil-date.js';
import type { PlanRuleContext } from '../plan-rule-context.js';

const FIELD_LABELS = { issuedOn: '下发日期', dueOn: '完成日期' } as const;

/**
 * Rule `plan.task-year` (任务日期不在计划年度内, 通知·一 年度计划任务): a task's issue and due dates lie in
 * the plan's year. One error per date outside it.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T01' ? { ...task, dueOn: '2024-01-15' } : task));
 * evaluateRules([taskYearRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options)).map((f) => f.message);
 * //=> ['任务 T01 的完成日期 2024-01-15 不在计划年度 2023 年内']
 * ```
 */
export const taskYearRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.task-year',
  clause: '年度计划',
  severity: 'error',
  description: '任务的下发日期和完成日期在计划年度之内',
  check: ({ plan }) =>
    plan.tasks.flatMap((task) =>
      (['issuedOn', 'dueOn'] as const).flatMap((field) => {
        const date = task[field];
        if (date === undefined || civilYear(date) === plan.year) return [];
        return [
          {
            message: `任务 ${task.id} 的${FIELD_LABELS[field]} ${date} 不在计划年度 ${plan.year} 年内`,
            tasks: [task.id],
            data: { field, date, year: plan.year },
          },
        ];
      }),
    ),
});
