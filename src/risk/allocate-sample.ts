import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import { citeField, requirePolicy } from '../policy/policy-field.js';
import { allocateByRatio } from './allocate-by-ratio.js';
import { allocateByTotal } from './allocate-by-total.js';
import { AllocationRequestSchema, type Allocation, type AllocationRequest, type AllocationRequestInput } from './allocation-schema.js';
import { decimalFraction } from './decimal-fraction.js';
import { formatPercent } from './format-quantity.js';
import { ratioSampleSize } from './ratio-sample-size.js';

/**
 * Turns a task's sampling and the pool's count per credit-risk class into exact integer sample
 * sizes per class (信用风险分类抽取样本分配, 通知·二: 对低风险企业合理降低抽查比例和频次，对高风险或有
 * 不良记录的企业有针对性加大随机抽查力度), and records how the numbers were reached for the
 * publication record.
 *
 * - **ratio mode** (`sampling.ratio`): each class draws ⌈count × class ratio⌉, where the class
 *   ratio is `policy.riskRatios[class]` if the policy fixes one, else base ratio ×
 *   `policy.riskMultipliers[class]` capped at 1. Ratios and multipliers are taken as the decimals
 *   they are written as, so `7 % × 100` is 7, never 8. Monotone in the base ratio.
 * - **total mode** (`sampling.count`): the count is spread by weight (count × multiplier) with
 *   largest-remainder rounding (ties → the higher-risk class first) so the sizes add up exactly;
 *   a share above a class's size is capped and the excess goes to the other classes.
 *   (Like every largest-remainder method it is not monotone in the total: the Alabama paradox.)
 * - **unstratified mode** (`sampling.riskAllocation: false`): the classes do not drive the draw;
 *   one total, ⌈ratio × pool size⌉ or the count, and no `sizes`. Minimums and full coverage are
 *   per class and cannot be given in this mode.
 *
 * In both stratified modes a multiplier (or fixed ratio) of 0 gives 0; `minimums[class]` raises a
 * class to at least that many (at most the whole class); `fullCoverage` — and the policy's
 * `fullCoverageClasses` — draws whole classes. A class the policy gives no multiplier is weighted 1
 * (no differentiation); the explanation says where every ratio and multiplier comes from.
 *
 * @param request - `poolCounts` per class, the task's `sampling`, optional `minimums` and `fullCoverage`
 * @param policy - the policy whose multipliers, fixed class ratios and full-coverage classes apply
 *   (required: e.g. `zhejiang2023`, whose multipliers A 0.5, B 1, C 2, D 4 are a practice default)
 * @returns the {@link Allocation}: `mode`, `sizes` per class, `total`, `poolCounts`, and `steps`
 *   (Chinese `lines` and per-class `classes` with count, ratio or weight, exact quota, rounded, reason)
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a bad count or ratio (path e.g. `['poolCounts', 'A']`,
 *   `['sampling', 'ratio']`); `UNKNOWN_STRATUM` for a class that is not A–D; `INVALID_POLICY`;
 *   `MISSING_ARGUMENT` (path `['policy']`) without a policy;
 *   `SAMPLE_TOO_LARGE` when `sampling.count` exceeds the pool (or what the weighted classes hold);
 *   `INVALID_ALLOCATION` when minimums and full coverage exceed the count, or are given without
 *   risk allocation
 *
 * @example
 * ```ts
 * // A ⌈1000 × 3% × 0.5⌉ = 15, B ⌈500 × 3%⌉ = 15, C ⌈100 × 6%⌉ = 6, D ⌈10 × 12%⌉ = ⌈1.2⌉ = 2
 * allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03 } }, zhejiang2023).sizes;
 * //=> { A: 15, B: 15, C: 6, D: 2 }
 * allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { count: 50 } }, zhejiang2023).sizes;
 * //=> { A: 20, B: 20, C: 8, D: 2 }
 * allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03, riskAllocation: false } }, zhejiang2023).total;
 * //=> 49
 * // 河南 2021: fixed ratios 1 % / 2 % / 10 % / 30 % whatever the base ratio
 * allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03 } }, henan2021).sizes;
 * //=> { A: 10, B: 10, C: 10, D: 3 }
 * allocateSample({ poolCounts: { A: 10 }, sampling: { count: 11 } }, zhejiang2023); // throws SAMPLE_TOO_LARGE
 * allocateSample({ poolCounts: { A: 10 }, sampling: { count: 5 } }, undefined as never); // throws MISSING_ARGUMENT
 * ```
 */
export function allocateSample(request: AllocationRequestInput, policy: PolicyInput | Policy): Allocation {
  const parsedPolicy = requirePolicy(policy, ['policy']);
  const given = parseInput(AllocationRequestSchema, request, 'INVALID_INPUT', '样本分配请求');
  const policyClasses = parsedPolicy.fullCoverageClasses ?? [];
  const parsed: AllocationRequest =
    policyClasses.length === 0 || !given.sampling.riskAllocation
      ? given
      : { ...given, fullCoverage: [...new Set([...given.fullCoverage, ...policyClasses])] };
  const poolSize = parsed.poolCounts.A + parsed.poolCounts.B + parsed.poolCounts.C + parsed.poolCounts.D;
  const { count } = parsed.sampling;
  if (count !== undefined && count > poolSize) {
    throw new ShuangsuijiError('SAMPLE_TOO_LARGE', `抽取数量 ${count}户超过可抽取对象 ${poolSize}户`, {
      path: ['sampling', 'count'],
      details: { count, poolSize },
    });
  }
  if (!parsed.sampling.riskAllocation) return unstratified(parsed, poolSize, parsedPolicy);
  const allocation = count === undefined ? allocateByRatio(parsed, parsedPolicy) : allocateByTotal(parsed, parsedPolicy);
  if (policyClasses.length > 0) {
    allocation.steps.lines.splice(1, 0, `政策规定全部抽取 ${policyClasses.map((riskClass) => `${riskClass}类`).join('、')}（${citeField(parsedPolicy, 'fullCoverageClasses')}）`);
  }
  return allocation;
}

function unstratified(request: AllocationRequest, poolSize: number, policy: Policy): Allocation {
  const { minimums, fullCoverage, sampling } = request;
  if (Object.values(minimums).some((minimum) => minimum > 0)) {
    throw new ShuangsuijiError('INVALID_ALLOCATION', '未应用信用风险分类（riskAllocation 为 false）时不能规定各类别最低抽取数', {
      path: ['minimums'],
    });
  }
  if (fullCoverage.length > 0) {
    throw new ShuangsuijiError('INVALID_ALLOCATION', '未应用信用风险分类（riskAllocation 为 false）时不能规定全部抽取的类别', {
      path: ['fullCoverage'],
    });
  }
  let total: number;
  let line: string;
  if (sampling.ratio !== undefined) {
    const ratio = decimalFraction(sampling.ratio);
    total = ratioSampleSize(sampling.ratio, poolSize);
    line = `不分层抽取：${poolSize}户 × ${formatPercent(ratio.num, ratio.den)}，向上取整为 ${total}户`;
  } else {
    total = sampling.count ?? 0;
    line = `不分层抽取：从 ${poolSize}户中抽取 ${total}户`;
  }
  return {
    mode: 'unstratified',
    total,
    poolCounts: { ...request.poolCounts },
    poolSize,
    sampling,
    policyId: policy.id,
    steps: {
      lines: [
        '本任务未应用信用风险分类结果（riskAllocation 为 false），不分层',
        ...((policy.fullCoverageClasses ?? []).length > 0 ? [`注：政策 ${policy.id} 规定全部抽取的类别（${citeField(policy, 'fullCoverageClasses')}）在不分层抽取中不适用`] : []),
        line,
      ],
    },
  };
}
