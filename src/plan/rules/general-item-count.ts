import { definePlanRule } from './rule-helpers.js';
import type { PlanRuleContext } from '../plan-rule-context.js';

/**
 * Rule `plan.general-item-count` (通用检查事项数量, 通知·一 “等7个抽查事项”): the catalogue holds
 * `policy.generalItemCount` general items (placeholders included). A warning otherwise.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * evaluateRules([generalItemCountRule], createPlanRuleContext(longwan2023SamplePlan, { ...options, policy: definePolicy({ generalItemCount: 8 }) }))[0]?.message;
 * //=> '抽查事项清单有 7 个通用检查事项，政策要求 8 个'
 * ```
 */
export const generalItemCountRule = definePlanRule({
  id: 'plan.general-item-count',
  clause: '通知·一',
  severity: 'warning',
  description: '清单中通用检查事项的个数与政策规定一致',
  check: ({ catalogue, policy }) =>
    catalogue.generalCodes.length === policy.generalItemCount
      ? []
      : [
          {
            message: `抽查事项清单有 ${catalogue.generalCodes.length} 个通用检查事项，政策要求 ${policy.generalItemCount} 个`,
            data: { value: catalogue.generalCodes.length, target: policy.generalItemCount },
          },
        ],
});
