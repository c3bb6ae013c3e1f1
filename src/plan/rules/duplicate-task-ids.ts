import { definePlanRule } from './rule-helpers.js';
import type { PlanRuleContext } from '../plan-rule-context.js';

/**
 * Rule `plan.duplicate-task-ids` (任务编号重复, 通知·一 计划任务表): every task of the plan has its
 * own id, so findings, draws and merge groups can name it. One error per repeated id; `data.indexes`
 * gives the positions (0-based) of the tasks that share it.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => (task.id === 'T02' ? { ...task, id: 'T01' } : task));
 * evaluateRules([duplicateTaskIdsRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options)).map((f) => f.message);
 * //=> ['任务编号 T01 重复出现 2 次']
 * ```
 */
export const duplicateTaskIdsRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.duplicate-task-ids',
  clause: '年度计划',
  severity: 'error',
  description: '计划任务表中每个任务的编号唯一',
  check: ({ plan }) => {
    const positions = new Map<string, number[]>();
    plan.tasks.forEach((task, index) => positions.set(task.id, [...(positions.get(task.id) ?? []), index]));
    return [...positions]
      .filter(([, indexes]) => indexes.length > 1)
      .map(([id, indexes]) => ({
        message: `任务编号 ${id} 重复出现 ${indexes.length} 次`,
        tasks: [id],
        data: { id, count: indexes.length, indexes },
      }));
  },
});
