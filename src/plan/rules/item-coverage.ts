import type { PlanRuleContext } from '../plan-rule-context.js';
import { definePlanRule, list, percent, randomTasks } from './rule-helpers.js';

/**
 * Rule `plan.item-coverage` (抽查事项覆盖率, 通知·一 “抽查事项覆盖率达到100%”): the share of the
 * catalogue's items that some random task checks is at least `policy.itemCoverage`.
 *
 * Placeholder items (`placeholder: true`, 待依附件1补充) are left out of the share; when no random task
 * lists them they are reported once, as a warning that they are still to be filled and planned.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T20' ? { ...task, itemCodes: task.itemCodes.filter((code) => code !== 'B17') } : task));
 * evaluateRules([itemCoverageRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.message;
 * //=> '抽查事项覆盖率 95%（19/20），低于 100%；未覆盖：B17'
 * ```
 */
export const itemCoverageRule = definePlanRule({
  id: 'plan.item-coverage',
  clause: '通知·一',
  severity: 'error',
  description: '随机抽查任务覆盖的抽查事项占清单事项的比例不低于政策目标（占位事项单独提示）',
  check: ({ plan, catalogue, policy }) => {
    const covered = new Set(randomTasks(plan).flatMap((task) => task.itemCodes));
    const real = catalogue.items.filter((item) => !item.placeholder);
    const uncovered = real.filter((item) => !covered.has(item.code)).map((item) => item.code);
    const placeholders = catalogue.items.filter((item) => item.placeholder && !covered.has(item.code)).map((item) => item.code);
    const value = real.length === 0 ? 1 : (real.length - uncovered.length) / real.length;
    return [
      ...(value < policy.itemCoverage
        ? [
            {
              message: `抽查事项覆盖率 ${percent(value)}（${real.length - uncovered.length}/${real.length}），低于 ${percent(policy.itemCoverage)}；未覆盖：${list(uncovered)}`,
              data: { value, target: policy.itemCoverage, uncovered },
            },
          ]
        : []),
      ...(placeholders.length === 0
        ? []
        : [
            {
              severity: 'warning' as const,
              message: `占位事项 ${list(placeholders)} 待依附件1补充，补充后应纳入随机抽查任务`,
              data: { placeholders },
            },
          ]),
    ];
  },
});
