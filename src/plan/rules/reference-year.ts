import { definePlanRule } from './rule-helpers.js';
import type { PlanRuleContext } from '../plan-rule-context.js';

/**
 * Rule `plan.reference-year` (清单、政策与计划年度不一致, 通知·一 “2023年度双随机抽查事项清单”): the
 * catalogue, and the policy when it names a year, are those of the plan's year. A warning each.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * evaluateRules([referenceYearRule], createPlanRuleContext({ ...longwan2023SamplePlan, year: 2024 }, options)).length; //=> 2
 * ```
 */
export const referenceYearRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.reference-year',
  clause: '年度计划',
  severity: 'warning',
  description: '抽查事项清单和政策参数与计划属于同一年度',
  check: ({ plan, catalogue, policy }) => [
    ...(catalogue.year === plan.year
      ? []
      : [{ message: `抽查事项清单是 ${catalogue.year} 年度的，计划是 ${plan.year} 年度的`, data: { catalogueYear: catalogue.year, planYear: plan.year } }]),
    ...(policy.year === undefined || policy.year === plan.year
      ? []
      : [{ message: `政策参数 ${policy.id} 是 ${policy.year} 年度的，计划是 ${plan.year} 年度的`, data: { policyYear: policy.year, planYear: plan.year } }]),
  ],
});
