import type { RuleFindingInput } from '../rule.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import type { PlannedTask } from '../plan-schema.js';
import { definePlanRule, list } from './rule-helpers.js';
import { policyRef } from '../../policy/policy-field.js';

/**
 * Rule `plan.merge-groups` (合并实施的配对要求, 通知·一 “严格按照……配对要求，由牵头科室尽可能合并实施”):
 * tasks belong to a merge group by sharing its `mergeGroup` name. A group's tasks are in one month
 * (an error otherwise: they cannot be carried out in one visit); a group with a single task is a
 * warning (nothing to pair it with — usually a misspelt group name).
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T07' ? { ...task, mergeGroup: '商业楼宇电梯' } : task));
 * evaluateRules([mergeGroupsRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options)).map((f) => f.severity);
 * //=> ['warning', 'warning']
 * ```
 */
export const mergeGroupsRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.merge-groups',
  clause: (policy) => policyRef(policy, 'mergeDefault'),
  severity: 'error',
  description: '同一合并实施组的任务在同一月份下发，且每组至少两个任务',
  check: ({ plan }) => {
    const groups = new Map<string, PlannedTask[]>();
    for (const task of plan.tasks) {
      if (task.mergeGroup !== undefined) groups.set(task.mergeGroup, [...(groups.get(task.mergeGroup) ?? []), task]);
    }
    return [...groups].flatMap(([group, tasks]): RuleFindingInput[] => {
      const ids = tasks.map((task) => task.id).sort();
      if (tasks.length === 1) {
        return [{ severity: 'warning', message: `合并实施组 ${group} 只有任务 ${list(ids)}，没有可合并的任务`, tasks: ids, data: { group } }];
      }
      const months = new Set(tasks.map((task) => task.month));
      if (months.size === 1) return [];
      const sorted = [...tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.month - b.month));
      return [
        {
          message: `合并实施组 ${group} 的任务分属不同月份：${list(sorted.map((task) => `${task.id}（${task.month} 月）`))}`,
          tasks: ids,
          data: { group, months: [...months].sort((a, b) => a - b) },
        },
      ];
    });
  },
});
