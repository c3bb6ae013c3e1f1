import { INDICATORS, describeIndicator, indicatorClause, indicatorTarget } from '../../policy/indicators.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { cannotEstimate, sumChecks } from '../_internal/estimate.js';
import { definePlanRule, percent } from './rule-helpers.js';

const definition = INDICATORS.doubleRandomShare;

/**
 * Rule `plan.double-random-share` (双随机抽查次数占比; zhejiang2023 通知·一 “双随机抽查次数占比达到40%
 * 以上”): double-random checks ÷ all checks of the plan's tasks, as the KPI report counts them,
 * estimated from each task's expected checks. A plan whose tasks are all random gives 100 % with no
 * estimate needed. When a non-random task's checks cannot be estimated (a ratio of a pool whose size
 * is not given) a warning says so. No target in the policy: nothing.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * evaluateRules([doubleRandomShareRule], createPlanRuleContext(longwan2023SamplePlan, options)); //=> [] (every task is random)
 * ```
 */
export const doubleRandomShareRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.double-random-share',
  clause: (policy) => indicatorClause(policy, 'doubleRandomShare'),
  severity: 'error',
  description: (policy) =>
    indicatorTarget(policy, 'doubleRandomShare') === null
      ? `${describeIndicator(policy, 'doubleRandomShare')}；政策未规定目标，不检查`
      : `按各任务的预计检查次数估算：${describeIndicator(policy, 'doubleRandomShare')}`,
  check: (context) => {
    const target = indicatorTarget(context.policy, 'doubleRandomShare');
    const tasks = context.plan.tasks;
    const other = tasks.filter((task) => !task.random);
    if (target === null || tasks.length === 0 || other.length === 0) return [];
    const all = sumChecks(tasks, context);
    if (!all.known) {
      return [{ severity: 'warning', message: cannotEstimate(definition.name, all.unknown), tasks: [...all.unknown], data: { target, unknownTasks: [...all.unknown] } }];
    }
    const random = sumChecks(
      tasks.filter((task) => task.random),
      context,
    );
    const randomChecks = random.known ? random.checks : 0;
    const value = all.checks === 0 ? 1 : randomChecks / all.checks;
    if (value >= target) return [];
    return [
      {
        message: `${definition.name}（估算）${percent(value)}（约 ${randomChecks}/${all.checks} 次），低于 ${percent(target)}：非随机任务 ${other.map((task) => task.id).join('、')} 预计 ${all.checks - randomChecks} 次检查`,
        tasks: other.map((task) => task.id),
        data: { value, target, random: randomChecks, total: all.checks, estimate: true },
      },
    ];
  },
});
