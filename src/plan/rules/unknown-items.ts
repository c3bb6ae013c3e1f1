import type { PlanRuleContext } from '../plan-rule-context.js';
import { definePlanRule, list } from './rule-helpers.js';

/**
 * Rule `plan.unknown-items` (引用不存在的抽查事项, 通知·一 对应附件1抽查事项清单编制计划): every item code
 * of every task is in the catalogue. One error per task, listing its unknown codes.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T01' ? { ...task, itemCodes: [...task.itemCodes, 'Z01'] } : task));
 * evaluateRules([unknownItemsRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.data; //=> { codes: ['Z01'] }
 * ```
 */
export const unknownItemsRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.unknown-items',
  clause: '抽查事项清单',
  severity: 'error',
  description: '任务的抽查事项均在抽查事项清单之中',
  check: ({ plan, catalogue }) =>
    plan.tasks.flatMap((task) => {
      const codes = [...new Set(task.itemCodes.filter((code) => !catalogue.byCode.has(code)))];
      return codes.length === 0
        ? []
        : [{ message: `任务 ${task.id} 引用了清单中不存在的抽查事项：${list(codes)}`, tasks: [task.id], data: { codes } }];
    }),
});
