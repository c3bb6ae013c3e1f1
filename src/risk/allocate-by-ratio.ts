import { RISK_CLASSES, type RiskClass } from '../core/risk-class.js';
import type { Policy } from '../policy/policy-schema.js';
import type { AllocationClassStep, AllocationRequest, StratifiedAllocation } from './allocation-schema.js';
import { classLabel } from './class-label.js';
import { stratifiedAllocation } from './stratified-allocation.js';
import { ceilDiv, decimalFraction, fractionToNumber } from './decimal-fraction.js';
import { formatFraction, formatPercent } from './format-quantity.js';
import { citeField } from '../policy/policy-field.js';
import { classRate } from './class-rate.js';

/**
 * Per-class sample sizes from a base ratio (按比例分层抽取，内部; called by {@link allocateSample}).
 *
 * For each class: ratio = the task's own `sampling.classRatios[class]`, else the policy's fixed
 * `riskRatios[class]`, else base ratio × `policy.riskMultipliers[class]` capped at 1, else (the policy
 * sets neither) the base ratio; size = ⌈ratio × count⌉, computed exactly on the decimals as written.
 * The explanation cites where each ratio or multiplier comes from, and says so when it is a practice
 * default. A minimum raises the size (up to the class size); a class
 * under full coverage is drawn in full.
 *
 * @param request - the parsed request, with `sampling.ratio` set
 * @param policy - the parsed policy
 * @returns the allocation in `ratio` mode
 *
 * @example
 * ```ts
 * // A: ⌈1000 × 1.5%⌉ = 15, B: ⌈500 × 3%⌉ = 15, C: ⌈100 × 6%⌉ = 6, D: ⌈10 × 12%⌉ = ⌈1.2⌉ = 2
 * allocateByRatio(AllocationRequestSchema.parse({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03 } }), zhejiang2023).sizes;
 * //=> { A: 15, B: 15, C: 6, D: 2 }
 * ```
 */
export function allocateByRatio(request: AllocationRequest, policy: Policy): StratifiedAllocation {
  const baseRatio = request.sampling.ratio ?? 0;
  const base = decimalFraction(baseRatio);
  const fullCoverage = new Set(request.fullCoverage);
  const sizes: Record<RiskClass, number> = { A: 0, B: 0, C: 0, D: 0 };
  const steps = {} as Record<RiskClass, AllocationClassStep>;
  const lines = [`按比例分层抽取：基础抽查比例 ${formatPercent(base.num, base.den)}，按信用风险分类差异化（政策参数 ${policy.id}）`];
  const rates = RISK_CLASSES.map((riskClass) => classRate(request.sampling, policy, riskClass));
  if (rates.some((rate) => rate.kind === 'multiplier')) lines.push(`倍数出处：${citeField(policy, 'riskMultipliers')}`);

  RISK_CLASSES.forEach((riskClass, index) => {
    const rate = rates[index]!;
    const count = request.poolCounts[riskClass];
    const { ratio, multiplier } = rate;
    const quotaNum = ratio.num * BigInt(count);
    const rounded = Number(ceilDiv(quotaNum, ratio.den));
    const minimum = Math.min(request.minimums[riskClass], count);
    const ratioText = `${formatPercent(ratio.num, ratio.den)}${rate.text}`;
    const computation = `${classLabel(riskClass)}：${count}户 × ${ratioText}= ${formatFraction(quotaNum, ratio.den)}，向上取整为 ${rounded}户`;

    let size = rounded;
    let reason: AllocationClassStep['reason'] = rate.kind === 'task' ? 'task-ratio' : rate.kind === 'policy-ratio' ? 'policy-ratio' : 'ratio';
    let message = computation;
    if (count === 0) {
      reason = 'empty';
      message = `${classLabel(riskClass)}：无可抽取对象，抽取 0户`;
    } else if (fullCoverage.has(riskClass)) {
      size = count;
      reason = 'full-coverage';
      message = `${classLabel(riskClass)}：全部抽取，${count}户（按比例应为 ${rounded}户）`;
    } else if (minimum > rounded) {
      size = minimum;
      reason = 'minimum';
      message = `${computation}；低于最低抽取数 ${request.minimums[riskClass]}户，${
        minimum < request.minimums[riskClass] ? `该类仅有 ${count}户，全部抽取` : `提高到 ${minimum}户`
      }`;
    } else if (ratio.num === 0n) {
      reason = 'zero-rate';
      message = `${classLabel(riskClass)}：抽查比例为 0，不抽取`;
    }

    sizes[riskClass] = size;
    steps[riskClass] = {
      riskClass,
      count,
      multiplier,
      ratio: fractionToNumber(ratio.num, ratio.den),
      quota: fractionToNumber(quotaNum, ratio.den),
      rounded,
      size,
      reason,
      message,
    };
    lines.push(message);
  });
  return stratifiedAllocation('ratio', request, policy, sizes, lines, steps);
}
