import { INDICATORS, describeIndicator, indicatorClause, indicatorTarget } from '../../policy/indicators.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { definePlanRule, percent, randomTasks } from './rule-helpers.js';

const definition = INDICATORS.enterpriseInspectionRate;

/**
 * Rule `plan.enterprise-inspection-rate` (抽查企业比例; zhejiang2023 通知·一 “确保全年市场监管部门抽查企业比例
 * 不低于3%”): distinct enterprises checked by random tasks ÷ enterprises in the directory, as the KPI
 * report counts it, estimated when `pools` give the directory's enterprises and each task's enterprises
 * per class. Each task's expected enterprise draws come from its allocation; their union is not known
 * before the draws, so the rule works with bounds:
 *
 * - at most Σ draws (no enterprise drawn twice): below the target → an error (the plan cannot reach it);
 * - an estimate assuming the tasks draw independently of each other, 1 − Π(1 − draws/enterprises):
 *   below the target → a warning with the bounds;
 * - without the enterprise counts: nothing (the indicator is then only measured by the KPI report).
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: definePolicy({ enterpriseInspectionRate: 0.5 }, zhejiang2023), pools };
 * evaluateRules([enterpriseInspectionRateRule], createPlanRuleContext(longwan2023SamplePlan, options))[0]?.severity; //=> 'error'
 * ```
 */
export const enterpriseInspectionRateRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.enterprise-inspection-rate',
  clause: (policy) => indicatorClause(policy, 'enterpriseInspectionRate'),
  severity: 'error',
  description: (policy) =>
    indicatorTarget(policy, 'enterpriseInspectionRate') === null
      ? `${describeIndicator(policy, 'enterpriseInspectionRate')}；政策未规定目标，不检查`
      : `提供名录库企业数及各任务抽查范围时估算：${describeIndicator(policy, 'enterpriseInspectionRate')}`,
  check: ({ plan, policy, pools, expected }) => {
    const target = indicatorTarget(policy, 'enterpriseInspectionRate');
    const enterprises = pools?.enterprises;
    if (target === null || enterprises === undefined || enterprises === 0) return [];
    const draws: number[] = [];
    for (const task of randomTasks(plan)) {
      const value = expected.get(task.id)?.enterprises;
      if (value === undefined) return [];
      draws.push(Math.min(value, enterprises));
    }
    const upper = Math.min(1, draws.reduce((sum, value) => sum + value, 0) / enterprises);
    const lower = draws.length === 0 ? 0 : Math.max(...draws) / enterprises;
    const estimate = 1 - draws.reduce((product, value) => product * (1 - value / enterprises), 1);
    const data = { target, lower, estimate, upper, enterprises, estimateKind: 'independent-draws' };
    if (upper < target) {
      return [
        {
          message: `${definition.name}（估算）至多 ${percent(upper)}（各随机抽查任务预计抽到的企业合计 ${Math.round(upper * enterprises)}户 ÷ 名录库企业 ${enterprises}户），低于 ${percent(target)}`,
          data,
        },
      ];
    }
    if (estimate < target) {
      return [
        {
          severity: 'warning',
          message: `${definition.name}（估算）约 ${percent(estimate)}（按各任务独立抽取估算，介于 ${percent(lower)} 与 ${percent(upper)} 之间），可能低于 ${percent(target)}`,
          data,
        },
      ];
    }
    return [];
  },
});
