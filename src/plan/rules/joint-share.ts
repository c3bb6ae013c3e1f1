import { arrayArgument } from '../../core/_internal/boundary.js';
import { ShuangsuijiError } from '../../core/errors.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import type { PlannedTaskInput } from '../plan-schema.js';
import { definePlanRule, percent, randomTasks } from './rule-helpers.js';

/**
 * Tells whether a task is a joint task (部门联合): it names a partner department other than its lead.
 *
 * @param task - a task, parsed or as accepted on input (no `partnerDepartments` means none)
 * @returns `true` when some partner differs from the lead department
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `task` is not a task object or `partnerDepartments`
 *   is not an array; `SPARSE_ARRAY` for one with holes
 *
 * @example
 * ```ts
 * isJointTask(longwan2023SamplePlan.tasks[2]!); //=> true (T03: 餐饮科 with 区卫生健康局)
 * isJointTask(longwan2023SamplePlan.tasks[0]!); //=> false
 * ```
 */
export function isJointTask(task: Pick<PlannedTaskInput, 'leadDepartment' | 'partnerDepartments'>): boolean {
  if (task === null || typeof task !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', '计划任务应为对象，且 partnerDepartments 应为数组', { path: [] });
  }
  const partners: unknown = task.partnerDepartments ?? [];
  if (!Array.isArray(partners)) {
    throw new ShuangsuijiError('INVALID_INPUT', '计划任务应为对象，且 partnerDepartments 应为数组', { path: ['partnerDepartments'] });
  }
  arrayArgument(partners, { label: '计划任务', path: ['partnerDepartments'] });
  return partners.some((department) => department !== task.leadDepartment);
}

/**
 * Rule `plan.joint-share` (部门联合随机抽查率, 通知·三 “确保部门联合随机抽查率达到30%以上”): among the
 * random tasks, the share of joint tasks (a partner department other than the lead) is at least
 * `policy.jointShare`. One error for the plan; nothing when the plan has no random task.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const tasks = longwan2023SamplePlan.tasks.map((task, index) => (index < 6 ? task : { ...task, partnerDepartments: [] }));
 * evaluateRules([jointShareRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.message;
 * //=> '部门联合抽查任务占比 10%（2/20），低于 30%'
 * ```
 */
export const jointShareRule = definePlanRule({
  id: 'plan.joint-share',
  clause: '通知·三',
  severity: 'error',
  description: '部门联合随机抽查任务占随机抽查任务的比例不低于政策目标（30%）',
  check: ({ plan, policy }) => {
    const tasks = randomTasks(plan);
    if (tasks.length === 0) return [];
    const joint = tasks.filter(isJointTask).length;
    const value = joint / tasks.length;
    if (value >= policy.jointShare) return [];
    return [
      {
        message: `部门联合抽查任务占比 ${percent(value)}（${joint}/${tasks.length}），低于 ${percent(policy.jointShare)}`,
        data: { value, target: policy.jointShare, joint, total: tasks.length },
      },
    ];
  },
});
