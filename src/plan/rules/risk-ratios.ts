import { RISK_CLASSES, type RiskClass } from '../../core/risk-class.js';
import { formatPolicyValue } from '../../policy/format-policy-value.js';
import { fieldSource, policyRef } from '../../policy/policy-field.js';
import type { Policy } from '../../policy/policy-schema.js';
import { classRate } from '../../risk/class-rate.js';
import { fractionToNumber } from '../../risk/decimal-fraction.js';
import { ratioSampleSize } from '../../risk/ratio-sample-size.js';
import type { RuleFindingInput } from '../rule.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { fullCoverageTagOf } from './full-coverage-tags.js';
import { definePlanRule, percent, randomTasks } from './rule-helpers.js';

const ref = (policy: Policy, field: 'riskRatios' | 'riskRanges' | 'fullCoverageClasses', riskClass?: RiskClass): string =>
  fieldSource(policy, field, riskClass)?.ref ?? policyRef(policy, field);

function applies(policy: Policy): boolean {
  return policy.riskRatios !== undefined || policy.riskRanges !== undefined || (policy.fullCoverageClasses ?? []).length > 0;
}

function outside(value: number, range: { readonly min?: number | undefined; readonly max?: number | undefined }): boolean {
  return (range.min !== undefined && value < range.min - 1e-12) || (range.max !== undefined && value > range.max + 1e-12);
}

/**
 * Rule `plan.risk-ratios` (各风险类别抽查比例): a plan's allocation obeys the per-class scheme of the
 * policy — fixed ratios (河南 2021: 30 / 10 / 2 / 1 %), ranges (大庆市林甸县 2024: A ≤ 5 %, B 5–20 %,
 * C 21–60 %, D 61–100 %) and full-coverage classes. For each random task:
 *
 * - a task that does not stratify (`riskAllocation: false`) cannot apply them: an error;
 * - ratio mode: a task's own class ratio (`sampling.classRatios`) that differs from the policy's fixed
 *   ratio is an error; a class ratio (own, fixed, or base × multiplier) outside the policy's range is
 *   an error; with pool sizes, a class whose realised share (sample ÷ class size) leaves the range only
 *   because of rounding up is a warning;
 * - count mode: with pool sizes the realised per-class shares are checked like ratios (a fixed ratio
 *   must give ⌈class size × ratio⌉); without them a warning that they cannot be checked.
 *
 * A task that draws the whole pool of one of the policy's full-coverage tags is exempt: it checks every
 * class in full. A policy with none of these fields: nothing to check.
 *
 * @example
 * ```ts
 * const options = { catalogue: zhejiang2023Catalogue, policy: definePolicy({ riskRanges: lindian2024.riskRanges, sources: { riskRanges: '林甸县' } }, zhejiang2023) };
 * evaluateRules([riskRatiosRule], createPlanRuleContext(longwan2023SamplePlan, options))[0]?.message;
 * //=> '任务 T01 的C类抽查比例 10%（基础比例 5% × 倍数 2）不在政策规定的范围 21%–60% 内'
 * ```
 */
export const riskRatiosRule = /* @__PURE__ */ definePlanRule({
  id: 'plan.risk-ratios',
  clause: (policy) =>
    applies(policy)
      ? [...new Set((['riskRatios', 'riskRanges', 'fullCoverageClasses'] as const).filter((field) => policy[field] !== undefined).map((field) => policyRef(policy, field)))].join('；')
      : policyRef(policy, 'riskRanges'),
  severity: 'error',
  description: (policy) => {
    if (!applies(policy)) return `政策 ${policy.id} 未规定各风险类别的固定比例、比例范围或全覆盖类别，不检查`;
    const parts: string[] = [];
    if (policy.riskRatios !== undefined) parts.push(`各类别固定抽查比例：${formatPolicyValue(policy, 'riskRatios')}（${ref(policy, 'riskRatios')}）`);
    if (policy.riskRanges !== undefined) parts.push(`各类别抽查比例范围：${formatPolicyValue(policy, 'riskRanges')}（${ref(policy, 'riskRanges')}）`);
    if ((policy.fullCoverageClasses ?? []).length > 0) parts.push(`全部抽取：${formatPolicyValue(policy, 'fullCoverageClasses')}（${ref(policy, 'fullCoverageClasses')}）`);
    return `每个随机抽查任务分层抽取，各类别抽查比例符合政策规定——${parts.join('；')}`;
  },
  check: ({ plan, policy, expected }) => {
    if (!applies(policy)) return [];
    const findings: RuleFindingInput[] = [];
    for (const task of randomTasks(plan)) {
      const { sampling } = task;
      if (fullCoverageTagOf(task, policy, expected.get(task.id)) !== undefined) continue;
      if (!sampling.riskAllocation) {
        findings.push({ message: `任务 ${task.id} 未按信用风险分类分层抽取，无法执行政策规定的各类别抽查比例`, tasks: [task.id], data: { riskAllocation: false } });
        continue;
      }
      const allocation = expected.get(task.id)?.allocation;
      const sizes = allocation !== undefined && allocation.mode !== 'unstratified' ? allocation : undefined;
      if (sampling.ratio !== undefined) {
        for (const riskClass of RISK_CLASSES) {
          const rate = classRate(sampling, policy, riskClass);
          const value = fractionToNumber(rate.ratio.num, rate.ratio.den);
          const fixed = policy.riskRatios?.[riskClass];
          if (fixed !== undefined && rate.kind === 'task' && value !== fixed) {
            findings.push({
              clause: ref(policy, 'riskRatios', riskClass),
              message: `任务 ${task.id} 的${riskClass}类抽查比例 ${percent(value)}（本任务规定）与政策规定的 ${percent(fixed)} 不一致`,
              tasks: [task.id],
              data: { riskClass, value, fixed },
            });
            continue;
          }
          const range = policy.riskRanges?.[riskClass];
          if (range === undefined || (policy.fullCoverageClasses ?? []).includes(riskClass)) continue;
          if (outside(value, range)) {
            findings.push({
              clause: ref(policy, 'riskRanges', riskClass),
              message: `任务 ${task.id} 的${riskClass}类抽查比例 ${percent(value)}${rate.text}不在政策规定的范围 ${formatPolicyValue(policy, 'riskRanges', riskClass)} 内`,
              tasks: [task.id],
              data: { riskClass, value, range },
            });
            continue;
          }
          const step = sizes?.steps.classes[riskClass];
          if (step !== undefined && step.count > 0 && outside(step.size / step.count, range)) {
            findings.push({
              severity: 'warning',
              clause: ref(policy, 'riskRanges', riskClass),
              message: `任务 ${task.id} 的${riskClass}类按 ${percent(value)} 向上取整后实际抽取 ${step.size}/${step.count}户（${percent(step.size / step.count)}），超出政策规定的范围 ${formatPolicyValue(policy, 'riskRanges', riskClass)}`,
              tasks: [task.id],
              data: { riskClass, value, realised: step.size / step.count, range },
            });
          }
        }
        continue;
      }
      if (policy.riskRatios === undefined && policy.riskRanges === undefined) continue;
      if (sizes === undefined) {
        findings.push({
          severity: 'warning',
          message: `任务 ${task.id} 按数量抽取，未提供抽查范围规模（pools），无法核对各类别抽查比例是否符合政策规定`,
          tasks: [task.id],
          data: { count: sampling.count },
        });
        continue;
      }
      for (const riskClass of RISK_CLASSES) {
        const step = sizes.steps.classes[riskClass];
        if (step.count === 0 || (policy.fullCoverageClasses ?? []).includes(riskClass)) continue;
        const realised = step.size / step.count;
        const fixed = policy.riskRatios?.[riskClass];
        if (fixed !== undefined) {
          const due = ratioSampleSize(fixed, step.count);
          if (step.size !== due) {
            findings.push({
              clause: ref(policy, 'riskRatios', riskClass),
              message: `任务 ${task.id} 按数量抽取，${riskClass}类抽取 ${step.size}/${step.count}户（${percent(realised)}），政策规定该类抽查比例 ${percent(fixed)}（应抽 ${due}户）`,
              tasks: [task.id],
              data: { riskClass, size: step.size, count: step.count, fixed, due },
            });
          }
          continue;
        }
        const range = policy.riskRanges?.[riskClass];
        if (range !== undefined && outside(realised, range)) {
          findings.push({
            clause: ref(policy, 'riskRanges', riskClass),
            message: `任务 ${task.id} 按数量抽取，${riskClass}类抽取 ${step.size}/${step.count}户（${percent(realised)}），不在政策规定的范围 ${formatPolicyValue(policy, 'riskRanges', riskClass)} 内`,
            tasks: [task.id],
            data: { riskClass, size: step.size, count: step.count, range },
          });
        }
      }
    }
    return findings;
  },
});
