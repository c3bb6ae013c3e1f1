import type { PlanRuleContext } from '../plan-rule-context.js';
import { definePlanRule, percent, randomTasks } from './rule-helpers.js';

/**
 * Rule `plan.risk-allocation` (信用风险分类结果应用率, 通知·二 “信用风险分类结果应用率达到100%”): the
 * share of random tasks whose sampling applies the credit-risk classes (`sampling.riskAllocation`) is
 * at least `policy.riskApplicationRate`. When it is not, one error per task that does not apply them.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T01' ? { ...task, sampling: { ratio: 0.05, riskAllocation: false } } : task));
 * evaluateRules([riskAllocationRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.tasks; //=> ['T01']
 * ```
 */
export const riskAllocationRule = definePlanRule({
  id: 'plan.risk-allocation',
  clause: '通知·二',
  severity: 'error',
  description: '随机抽查任务运用企业信用风险分类结果确定抽查比例和频次',
  check: ({ plan, policy }) => {
    const tasks = randomTasks(plan);
    if (tasks.length === 0) return [];
    const without = tasks.filter((task) => !task.sampling.riskAllocation);
    const value = (tasks.length - without.length) / tasks.length;
    if (value >= policy.riskApplicationRate) return [];
    return without.map((task) => ({
      message: `任务 ${task.id} 未运用信用风险分类结果（应用率 ${percent(value)}，低于 ${percent(policy.riskApplicationRate)}）`,
      tasks: [task.id],
      data: { value, target: policy.riskApplicationRate },
    }));
  },
});
