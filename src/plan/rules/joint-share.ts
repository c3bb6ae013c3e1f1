import { arrayArgument } from '../../core/_internal/boundary.js';
import { ShuangsuijiError } from '../../core/errors.js';
import { INDICATORS, describeIndicator, indicatorClause, indicatorTarget } from '../../policy/indicators.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import type { PlannedTask, PlannedTaskInput } from '../plan-schema.js';
import { cannotEstimate, sumChecks } from '../_internal/estimate.js';
import { definePlanRule, percent, randomTasks } from './rule-helpers.js';

/**
 * Tells whether a task is a joint task (部门联合): it names a partner department other than its lead.
 * Its checks are joint random checks, the numerator of 部门联合随机抽查率 — the same definition the
 * KPI report counts (a check is `joint` when its visit includes a joint task).
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

const definition = INDICATORS.jointShare;

/**
 * Rule `plan.joint-share` (部门联合随机抽查率; zhejiang2023 通知·三 “确保部门联合随机抽查率达到30%以上”):
 * the indicator as the KPI report counts it — joint random **checks** ÷ random checks, not tasks —
 * estimated from each random task's expected checks (pool sizes and the policy's allocation, or its
 * fixed `count`). The estimate is a lower bound: merged visits make some checks of solo tasks joint too.
 *
 * - estimate below `policy.jointShare`: an error whose message says it is an estimate;
 * - some random task draws a ratio of a pool whose size is not given: a warning that the indicator
 *   cannot be estimated (give `pools`, e.g. from `countPlanPools`);
 * - no target in the policy, or no random task: nothing.
 *
 * @example
 * ```ts
 * // pools = countPlanPools(longwan2023SamplePlan, generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 }).subjects, …)
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools };
 * const tasks = longwan2023SamplePlan.tasks.map((task) => ({ ...task, partnerDepartments: [] }));
 * evaluateRules([jointShareRule], createPlanRuleContext({ ...longwan2023SamplePlan, tasks }, options))[0]?.message;
 * //=> '部门联合随机抽查率（估算）0%（约 0/823 次），低于 30%：…'
 * ```
 */
export const jointShareRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.joint-share',
  clause: (policy) => indicatorClause(policy, 'jointShare'),
  severity: 'error',
  description: (policy) =>
    indicatorTarget(policy, 'jointShare') === null
      ? `${describeIndicator(policy, 'jointShare')}；政策未规定目标，不检查`
      : `按各随机抽查任务的预计检查次数估算：${describeIndicator(policy, 'jointShare')}`,
  check: (context) => {
    const target = indicatorTarget(context.policy, 'jointShare');
    const tasks = randomTasks(context.plan);
    if (target === null || tasks.length === 0) return [];
    const all = sumChecks(tasks, context);
    if (!all.known) {
      return [{ severity: 'warning', message: cannotEstimate(definition.name, all.unknown), tasks: [...all.unknown], data: { target, unknownTasks: [...all.unknown] } }];
    }
    const jointTasks = tasks.filter(isJointTask);
    const joint = sumChecks(jointTasks, context);
    const jointChecks = joint.known ? joint.checks : 0;
    const value = all.checks === 0 ? 1 : jointChecks / all.checks;
    if (value >= target) return [];
    return [
      {
        message:
          `${definition.name}（估算）${percent(value)}（约 ${jointChecks}/${all.checks} 次），低于 ${percent(target)}：` +
          `联合任务 ${jointTasks.length} 个预计 ${jointChecks} 次检查，随机抽查预计共 ${all.checks} 次；` +
          '按检查次数而非任务个数计算，估算未计入合并实施使同户其他任务一并成为联合检查的情形，为下限',
        data: { value, target, joint: jointChecks, total: all.checks, jointTasks: jointTasks.map((task) => task.id), estimate: true },
      },
    ];
  },
});
