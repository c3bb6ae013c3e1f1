import type { RiskClass } from '../core/risk-class.js';
import type { Policy } from '../policy/policy-schema.js';
import type { AllocationClassStep, AllocationRequest, StratifiedAllocation } from './allocation-schema.js';

/**
 * Assembles the stratified allocation both modes return (分层分配结果, internal), closing the
 * explanation with the total line. The request's collections are copied, never shared.
 *
 * @param mode - `'ratio'` or `'total'`
 * @param request - the parsed allocation request
 * @param policy - the parsed policy
 * @param sizes - the sample size per class
 * @param lines - the Chinese explanation so far (the total line is appended)
 * @param classes - the per-class steps
 * @returns the allocation
 *
 * @example
 * ```ts
 * stratifiedAllocation('ratio', request, zhejiang2023, { A: 15, B: 15, C: 6, D: 2 }, lines, steps).total; //=> 38
 * ```
 */
export function stratifiedAllocation(
  mode: 'ratio' | 'total',
  request: AllocationRequest,
  policy: Policy,
  sizes: Record<RiskClass, number>,
  lines: string[],
  classes: Record<RiskClass, AllocationClassStep>,
): StratifiedAllocation {
  const total = sizes.A + sizes.B + sizes.C + sizes.D;
  const poolSize = request.poolCounts.A + request.poolCounts.B + request.poolCounts.C + request.poolCounts.D;
  lines.push(`合计抽取 ${total}户（可抽取对象 ${poolSize}户）`);
  return {
    mode,
    sizes,
    total,
    poolCounts: { ...request.poolCounts },
    poolSize,
    sampling: request.sampling,
    policyId: policy.id,
    minimums: { ...request.minimums },
    fullCoverage: [...request.fullCoverage],
    steps: { lines, classes },
  };
}
