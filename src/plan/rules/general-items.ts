import type { PlanRuleContext } from '../plan-rule-context.js';
import { definePlanRule, list, randomTasks } from './rule-helpers.js';
import { policyRef } from '../../policy/policy-field.js';

/**
 * Rule `plan.general-items` (通用检查事项融入每个随机抽查任务; zhejiang2023 通知·一 “将……等7个抽查事项融入
 * 到每个随机抽查任务之中”): when `policy.generalItemsInEveryTask`, every random task lists every general
 * item of the catalogue. One finding per task naming the missing codes: an error when a real general
 * item is missing, a warning when only placeholders (still to be filled) are.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T01' ? { ...task, itemCodes: task.itemCodes.filter((code) => code !== 'A100') } : task));
 * evaluateRules([generalItemsRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.message;
 * //=> '任务 T01 未融入通用检查事项：A100'
 * ```
 */
export const generalItemsRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.general-items',
  clause: (policy) => policyRef(policy, 'generalItemsInEveryTask'),
  severity: 'error',
  description: (policy) =>
    policy.generalItemsInEveryTask === true
      ? `每个随机抽查任务都融入清单的全部通用检查事项（${policyRef(policy, 'generalItemsInEveryTask')}）`
      : `政策 ${policy.id} 未要求将通用检查事项融入每个随机抽查任务，不检查`,
  check: ({ plan, catalogue, policy }) => {
    if (!policy.generalItemsInEveryTask) return [];
    return randomTasks(plan).flatMap((task) => {
      const listed = new Set(task.itemCodes);
      const missing = catalogue.generalCodes.filter((code) => !listed.has(code));
      if (missing.length === 0) return [];
      const placeholders = missing.filter((code) => catalogue.byCode.get(code)?.placeholder === true);
      const onlyPlaceholders = placeholders.length === missing.length;
      return [
        {
          ...(onlyPlaceholders ? { severity: 'warning' as const } : {}),
          message: onlyPlaceholders
            ? `任务 ${task.id} 未列入尚待补充的通用检查事项（占位）：${list(missing)}`
            : `任务 ${task.id} 未融入通用检查事项：${list(missing)}`,
          tasks: [task.id],
          data: { missing, placeholders },
        },
      ];
    });
  },
});
