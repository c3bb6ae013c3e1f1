import { isShuangsuijiError } from '../../core/errors.js';
import type { RuleFindingInput } from '../rule.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { issueDeadline } from '../issue-deadline.js';
import { definePlanRule, list } from './rule-helpers.js';
import { formatPolicyValue } from '../../policy/format-policy-value.js';
import { policyRef } from '../../policy/policy-field.js';

/**
 * Rule `plan.issue-deadline` (任务下发期限; zhejiang2023 通知·一 “在每个月5日前下发任务（遇节假日适当延期）”):
 * a task with an `issuedOn` date is issued no later than {@link issueDeadline} of its month under the
 * policy. A policy that sets no issue day: nothing to check. One error per
 * late task. Months whose deadline the calendar cannot compute (a year it does not cover) are named
 * in one warning, and their tasks are not checked.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T20' ? { ...task, issuedOn: '2023-10-09' } : task));
 * evaluateRules([issueDeadlineRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.message;
 * //=> '任务 T20 于 2023-10-09 下发，晚于 10 月的下发期限 2023-10-07'
 * ```
 */
export const issueDeadlineRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.issue-deadline',
  clause: (policy) => policyRef(policy, 'issueDay'),
  severity: 'error',
  description: (policy) =>
    policy.issueDay === undefined
      ? `政策 ${policy.id} 未规定每月任务下发日，不检查下发期限`
      : `每个任务在所属月份的下发期限前下发：${formatPolicyValue(policy, 'issueDay')}，${formatPolicyValue(policy, 'issueDeferral')}（${policyRef(policy, 'issueDay')}）`,
  check: ({ plan, policy, calendar }) => {
    if (policy.issueDay === undefined) return [];
    const months = [...new Set(plan.tasks.filter((task) => task.issuedOn !== undefined).map((task) => task.month))].sort((a, b) => a - b);
    const deadlines = new Map<number, string>();
    const uncovered: number[] = [];
    for (const month of months) {
      try {
        deadlines.set(month, issueDeadline(plan.year, month, { policy, calendar }));
      } catch (error) {
        if (!isShuangsuijiError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
        uncovered.push(month);
      }
    }
    const findings: RuleFindingInput[] = [];
    if (uncovered.length > 0) {
      findings.push({
        severity: 'warning',
        message: `工作日历未覆盖 ${plan.year} 年 ${list(uncovered.map(String))} 月的下发期限，无法核对这些月份任务的下发日期`,
        data: { year: plan.year, months: uncovered },
      });
    }
    for (const task of plan.tasks) {
      const deadline = deadlines.get(task.month);
      if (task.issuedOn === undefined || deadline === undefined || task.issuedOn <= deadline) continue;
      findings.push({
        message: `任务 ${task.id} 于 ${task.issuedOn} 下发，晚于 ${task.month} 月的下发期限 ${deadline}`,
        tasks: [task.id],
        data: { issuedOn: task.issuedOn, deadline, month: task.month },
      });
    }
    return findings;
  },
});
