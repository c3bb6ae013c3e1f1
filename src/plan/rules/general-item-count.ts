import { definePlanRule } from './rule-helpers.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { policyRef } from '../../policy/policy-field.js';

/**
 * Rule `plan.general-item-count` (通用检查事项数量; zhejiang2023 通知·一 “等7个抽查事项”): the catalogue
 * holds `policy.generalItemCount` general items (placeholders included). A warning otherwise; nothing
 * when the policy sets no count.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * evaluateRules([generalItemCountRule], createPlanRuleContext(longwan2023SamplePlan, { ...options, policy: definePolicy({ generalItemCount: 8 }, zhejiang2023) }))[0]?.message;
 * //=> '抽查事项清单有 7 个通用检查事项，政策要求 8 个'
 * ```
 */
export const generalItemCountRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.general-item-count',
  clause: (policy) => policyRef(policy, 'generalItemCount'),
  severity: 'warning',
  description: (policy) =>
    policy.generalItemCount === undefined
      ? `政策 ${policy.id} 未规定通用检查事项个数，不检查`
      : `清单中通用检查事项为 ${policy.generalItemCount} 个（${policyRef(policy, 'generalItemCount')}）`,
  check: ({ catalogue, policy }) =>
    policy.generalItemCount === undefined || catalogue.generalCodes.length === policy.generalItemCount
      ? []
      : [
          {
            message: `抽查事项清单有 ${catalogue.generalCodes.length} 个通用检查事项，政策要求 ${policy.generalItemCount} 个`,
            data: { value: catalogue.generalCodes.length, target: policy.generalItemCount },
          },
        ],
});
