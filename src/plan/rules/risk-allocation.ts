import { INDICATORS, describeIndicator, indicatorClause, indicatorTarget } from '../../policy/indicators.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { definePlanRule, percent, randomTasks } from './rule-helpers.js';

/**
 * Rule `plan.risk-allocation` (信用风险分类结果应用率; zhejiang2023 通知·二 “信用风险分类结果应用率达到
 * 100%”): the share of random tasks whose sampling applies the credit-risk classes
 * (`sampling.riskAllocation`) is at least `policy.riskApplicationRate` — counted, as in the KPI
 * report, over the random tasks that give checks (a task expected to give none is left out). When it
 * is not, one error per task that does not apply them. No target in the policy: nothing.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T01' ? { ...task, sampling: { ratio: 0.05, riskAllocation: false } } : task));
 * evaluateRules([riskAllocationRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.tasks; //=> ['T01']
 * ```
 */
export const riskAllocationRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.risk-allocation',
  clause: (policy) => indicatorClause(policy, 'riskApplicationRate'),
  severity: 'error',
  description: (policy) =>
    indicatorTarget(policy, 'riskApplicationRate') === null
      ? `${describeIndicator(policy, 'riskApplicationRate')}；政策未规定目标，不检查`
      : `随机抽查任务运用企业信用风险分类结果确定抽查比例和频次：${describeIndicator(policy, 'riskApplicationRate')}`,
  check: ({ plan, policy, expected }) => {
    const target = indicatorTarget(policy, 'riskApplicationRate');
    const tasks = randomTasks(plan).filter((task) => expected.get(task.id)?.checks !== 0);
    if (target === null || tasks.length === 0) return [];
    const without = tasks.filter((task) => !task.sampling.riskAllocation);
    const value = (tasks.length - without.length) / tasks.length;
    if (value >= target) return [];
    return without.map((task) => ({
      message: `任务 ${task.id} 未运用信用风险分类结果（${INDICATORS.riskApplicationRate.name} ${percent(value)}，低于 ${percent(target)}）`,
      tasks: [task.id],
      data: { value, target },
    }));
  },
});
