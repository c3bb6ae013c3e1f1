import { definePlanRule } from './rule-helpers.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { completionDeadlineFor } from '../../policy/completion-deadline-for.js';
import { formatPolicyValue } from '../../policy/format-policy-value.js';
import { policyRef } from '../../policy/policy-field.js';

/**
 * Rule `plan.completion-deadline` (完成期限; zhejiang2023 通知·四 “确保10月底前完成各项指标”): no task is
 * planned for a month after the completion deadline's month, and no task is due after the deadline.
 * One error per breach (a task can breach both). A policy that sets no completion deadline gives the
 * end of the plan year (see `completionDeadlineFor`).
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T20' ? { ...task, month: 11, issuedOn: '2023-11-06', dueOn: '2023-10-31' } : task));
 * evaluateRules([completionDeadlineRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.message;
 * //=> '任务 T20 安排在 11 月，晚于完成期限 2023-10-31'
 * ```
 */
export const completionDeadlineRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.completion-deadline',
  clause: (policy) => (policy.completionDeadline === undefined ? '年度计划' : policyRef(policy, 'completionDeadline')),
  severity: 'error',
  description: (policy) =>
    policy.completionDeadline === undefined
      ? `任务安排在计划年度之内（政策 ${policy.id} 未规定完成期限，以计划年度末12月31日为限）`
      : `任务安排在完成期限所在月份及之前，完成日期不晚于完成期限（${formatPolicyValue(policy, 'completionDeadline')}，${policyRef(policy, 'completionDeadline')}）`,
  check: ({ plan, policy }) => {
    const deadline = completionDeadlineFor(policy, plan.year);
    const lastMonth = Number(deadline.slice(5, 7));
    return plan.tasks.flatMap((task) => [
      ...(task.month > lastMonth
        ? [{ message: `任务 ${task.id} 安排在 ${task.month} 月，晚于完成期限 ${deadline}`, tasks: [task.id], data: { month: task.month, deadline } }]
        : []),
      ...(task.dueOn !== undefined && task.dueOn > deadline
        ? [{ message: `任务 ${task.id} 的完成日期 ${task.dueOn} 晚于完成期限 ${deadline}`, tasks: [task.id], data: { dueOn: task.dueOn, deadline } }]
        : []),
    ]);
  },
});
