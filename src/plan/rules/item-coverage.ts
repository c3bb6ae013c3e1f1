import { INDICATORS, describeIndicator, indicatorClause, indicatorTarget } from '../../policy/indicators.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { definePlanRule, list, percent, randomTasks } from './rule-helpers.js';

/**
 * Rule `plan.item-coverage` (抽查事项覆盖率; zhejiang2023 通知·一 “抽查事项覆盖率达到100%”): the share of
 * the catalogue's items that some random task checks is at least `policy.itemCoverage` — the
 * definition the KPI report uses. A task expected to give no check (its pool is known to be empty, or
 * its count is 0) covers nothing.
 *
 * Placeholder items (`placeholder: true`, still to be filled from the province's list) are left out
 * of the share; when no random task lists them they are reported once, as a warning. No target in the
 * policy: only the placeholder warning.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T20' ? { ...task, itemCodes: task.itemCodes.filter((code) => code !== 'B17') } : task));
 * evaluateRules([itemCoverageRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.message;
 * //=> '抽查事项覆盖率 95%（19/20），低于 100%；未覆盖：B17'
 * ```
 */
export const itemCoverageRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.item-coverage',
  clause: (policy) => indicatorClause(policy, 'itemCoverage'),
  severity: 'error',
  description: (policy) =>
    `${describeIndicator(policy, 'itemCoverage')}${indicatorTarget(policy, 'itemCoverage') === null ? '；政策未规定目标，不检查覆盖率' : ''}；待补充的占位事项单独提示`,
  check: ({ plan, catalogue, policy, expected }) => {
    const target = indicatorTarget(policy, 'itemCoverage');
    const covering = randomTasks(plan).filter((task) => expected.get(task.id)?.checks !== 0);
    const covered = new Set(covering.flatMap((task) => task.itemCodes));
    const real = catalogue.items.filter((item) => !item.placeholder);
    const uncovered = real.filter((item) => !covered.has(item.code)).map((item) => item.code);
    const placeholders = catalogue.items.filter((item) => item.placeholder && !covered.has(item.code)).map((item) => item.code);
    const value = real.length === 0 ? 1 : (real.length - uncovered.length) / real.length;
    return [
      ...(target !== null && value < target
        ? [
            {
              message: `${INDICATORS.itemCoverage.name} ${percent(value)}（${real.length - uncovered.length}/${real.length}），低于 ${percent(target)}；未覆盖：${list(uncovered)}`,
              data: { value, target, uncovered },
            },
          ]
        : []),
      ...(placeholders.length === 0
        ? []
        : [
            {
              severity: 'warning' as const,
              message: `占位事项 ${list(placeholders)} 尚待补充（见清单中各事项的出处），补充后应纳入随机抽查任务`,
              data: { placeholders },
            },
          ]),
    ];
  },
});
