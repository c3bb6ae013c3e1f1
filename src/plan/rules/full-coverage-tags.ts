import { RISK_CLASSES } from '../../core/risk-class.js';
import { formatPolicyValue } from '../../policy/format-policy-value.js';
import { policyRef } from '../../policy/policy-field.js';
import { classRate } from '../../risk/class-rate.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import type { PlannedTask } from '../plan-schema.js';
import type { Policy } from '../../policy/policy-schema.js';
import type { TaskExpectation } from '../_internal/expected-checks.js';
import { definePlanRule, randomTasks } from './rule-helpers.js';

function selectsTag(task: PlannedTask, tag: string): boolean {
  const { pool } = task;
  return pool.tags?.includes(tag) === true || (pool.allTags?.length === 1 && pool.allTags[0] === tag);
}

function drawsAll(task: PlannedTask, expected: TaskExpectation | undefined, policy: Policy): boolean {
  const { sampling } = task;
  if (sampling.count !== undefined) return expected?.basis === 'pool' && expected.allocation !== undefined && expected.checks >= expected.allocation.poolSize;
  if (!sampling.riskAllocation) return sampling.ratio === 1;
  return RISK_CLASSES.every((riskClass) => {
    const rate = classRate(sampling, policy, riskClass);
    return rate.ratio.num >= rate.ratio.den;
  });
}

/**
 * Tells whether a task is the full-coverage check of one of the policy's full-coverage tags (全覆盖
 * 抽查任务，内部): its pool selects the tag and it draws the whole pool. Such a task is exempt from the
 * per-class ratios of `plan.risk-ratios` — it draws every class in full.
 *
 * @param task - the task
 * @param policy - the policy
 * @param expected - the task's expected checks, if known
 * @returns the tag it covers, or `undefined`
 *
 * @example
 * ```ts
 * fullCoverageTagOf({ ...task, pool: { tags: ['annual-report-all-zero'] }, sampling: { ratio: 1, riskAllocation: false } }, henan2021, undefined); //=> 'annual-report-all-zero'
 * ```
 */
export function fullCoverageTagOf(task: PlannedTask, policy: Policy, expected: TaskExpectation | undefined): string | undefined {
  return (policy.fullCoverageTags ?? []).find((tag) => selectsTag(task, tag) && drawsAll(task, expected, policy));
}

/**
 * Rule `plan.full-coverage-tags` (全覆盖抽查; 河南 2021 “对2020年企业年度报告财务情况全零申报的企业进行了
 * 100%全覆盖抽查”): for every tag in `policy.fullCoverageTags`, some random task draws every subject
 * carrying it — its pool selects the tag (`pool.tags` or a single `pool.allTags`) and its sampling
 * draws the whole pool (every class at 100 % — the task's own `classRatios` or base × multiplier —, a
 * ratio of 1 without stratification, or a count that reaches the known pool size). One error per tag
 * without such a task. A policy without full-coverage tags: nothing.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: henan2021 };
 * evaluateRules([fullCoverageTagsRule], createPlanRuleContext(longwan2023SamplePlan, options))[0]?.message;
 * //=> '政策规定对标签 annual-report-all-zero 的对象全覆盖抽查，计划中没有将其全部抽取的随机抽查任务'
 * ```
 */
export const fullCoverageTagsRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.full-coverage-tags',
  clause: (policy) => policyRef(policy, 'fullCoverageTags'),
  severity: 'error',
  description: (policy) =>
    (policy.fullCoverageTags ?? []).length === 0
      ? `政策 ${policy.id} 未规定全覆盖抽查的标签，不检查`
      : `带有以下标签的对象全部抽查：${formatPolicyValue(policy, 'fullCoverageTags')}（${policyRef(policy, 'fullCoverageTags')}）`,
  check: ({ plan, policy, expected }) =>
    (policy.fullCoverageTags ?? []).flatMap((tag) => {
      const candidates = randomTasks(plan).filter((task) => selectsTag(task, tag));
      const full = candidates.filter((task) => drawsAll(task, expected.get(task.id), policy));
      if (full.length > 0) return [];
      return [
        {
          message: `政策规定对标签 ${tag} 的对象全覆盖抽查，计划中没有将其全部抽取的随机抽查任务${
            candidates.length > 0 ? `（任务 ${candidates.map((task) => task.id).join('、')} 以该标签为范围，但未全部抽取）` : ''
          }`,
          tasks: candidates.map((task) => task.id),
          data: { tag, candidates: candidates.map((task) => task.id) },
        },
      ];
    }),
});
