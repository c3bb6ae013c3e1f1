import { ShuangsuijiError } from '../core/errors.js';
import { RISK_CLASSES, type RiskClass } from '../core/risk-class.js';
import type { Policy } from '../policy/policy-schema.js';
import type { AllocationClassStep, AllocationReason, AllocationRequest, StratifiedAllocation } from './allocation-schema.js';
import { classLabel } from './class-label.js';
import { stratifiedAllocation } from './stratified-allocation.js';
import { decimalFraction, fractionToNumber } from './decimal-fraction.js';
import { formatFraction } from './format-quantity.js';
import { largestRemainder } from './largest-remainder.js';
import { citeField } from '../policy/policy-field.js';
import { classMultiplier } from './class-rate.js';

interface ClassState {
  readonly riskClass: RiskClass;
  readonly count: number;
  readonly multiplier: number;
  /** count × multiplier, scaled to an integer by the common denominator of the multipliers. */
  readonly weight: bigint;
  readonly lo: number;
  readonly hi: number;
  fixed?: { size: number; reason: AllocationReason; quotaNum: bigint; quotaDen: bigint };
}

/**
 * Spreads a fixed total over the classes by weight (按数量分层抽取，内部; called by
 * {@link allocateSample}).
 *
 * Weight of a class = eligible count × `policy.riskMultipliers[class]`, or × 1 when the policy sets
 * no multiplier for it (the policy's fixed class ratios, `riskRatios`, apply to ratio mode only). Each class must stay within
 * [min(minimum, count), count]; a class under full coverage takes its whole count and a class with
 * weight 0 takes only its minimum. Bounds are met by variable fixing (Kiwiel): compute the exact
 * proportional quotas of the free classes; if the quotas above their class size exceed in sum the
 * shortfalls below minimums, fix those classes at their size (the excess goes to the others), else
 * fix the short ones at their minimum; repeat. The rest is rounded by largest remainder
 * ({@link largestRemainder}, ties → higher risk first), so the sizes add up exactly to the total.
 *
 * @param request - the parsed request, with `sampling.count` set (≤ the pool size)
 * @param policy - the parsed policy
 * @returns the allocation in `total` mode
 * @throws {ShuangsuijiError} `INVALID_ALLOCATION` (path `['sampling', 'count']`) when minimums and
 *   full coverage need more than the total; `SAMPLE_TOO_LARGE` when the total exceeds what the
 *   classes with a positive weight (plus fixed ones) hold
 *
 * @example
 * ```ts
 * // weights A 1000×0.5=500, B 500×1=500, C 100×2=200, D 10×4=40, Σ 1240;
 * // quotas of 50: A 20.16, B 20.16, C 8.06, D 1.61 → floors 20+20+8+1 = 49, largest remainder D (0.61) +1
 * allocateByTotal(AllocationRequestSchema.parse({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { count: 50 } }), zhejiang2023).sizes;
 * //=> { A: 20, B: 20, C: 8, D: 2 }
 * ```
 */
export function allocateByTotal(request: AllocationRequest, policy: Policy): StratifiedAllocation {
  const total = request.sampling.count ?? 0;
  const fullCoverage = new Set(request.fullCoverage);
  const multiplierValues = RISK_CLASSES.map((riskClass) => classMultiplier(policy, riskClass));
  const multipliers = multiplierValues.map((multiplier) => decimalFraction(multiplier.value));
  // Stryker disable next-line EqualityOperator: on equal denominators > and >= keep the same value
  const commonDen = multipliers.reduce((max, fraction) => (fraction.den > max ? fraction.den : max), 1n);

  const states: ClassState[] = RISK_CLASSES.map((riskClass, index) => {
    const count = request.poolCounts[riskClass];
    const multiplier = multipliers[index] as { num: bigint; den: bigint };
    const weight = BigInt(count) * multiplier.num * (commonDen / multiplier.den);
    const lo = Math.min(request.minimums[riskClass], count);
    const state: ClassState = { riskClass, count, multiplier: (multiplierValues[index] as { value: number }).value, weight, lo, hi: count };
    if (count === 0) state.fixed = { size: 0, reason: 'empty', quotaNum: 0n, quotaDen: 1n };
    else if (fullCoverage.has(riskClass)) state.fixed = { size: count, reason: 'full-coverage', quotaNum: BigInt(count), quotaDen: 1n };
    else if (weight === 0n) state.fixed = { size: lo, reason: lo > 0 ? 'minimum' : 'zero-rate', quotaNum: 0n, quotaDen: 1n };
    return state;
  });

  checkFeasible(states, total);
  fixBounds(states, total);

  const free = states.filter((state) => state.fixed === undefined);
  const rest = total - states.reduce((sum, state) => sum + (state.fixed?.size ?? 0), 0);
  const shares = largestRemainder(rest, free);

  const sizes: Record<RiskClass, number> = { A: 0, B: 0, C: 0, D: 0 };
  const steps = {} as Record<RiskClass, AllocationClassStep>;
  const lines = [
    `按数量分层抽取 ${total}户：按权重（可抽取对象数 × 倍数）以最大余数法分配，余数相同时风险高的类别优先（政策参数 ${policy.id}）`,
    multiplierValues.some((multiplier) => multiplier.set)
      ? `倍数出处：${citeField(policy, 'riskMultipliers')}`
      : `政策 ${policy.id} 未规定各类别倍数，按可抽取对象数等比例分配（倍数均按 1 计）`,
  ];
  for (const state of states) {
    const weightText = formatFraction(state.weight, commonDen);
    const share = shares.find((entry) => entry.riskClass === state.riskClass);
    let step: AllocationClassStep;
    if (share !== undefined) {
      const quotaText = formatFraction(share.quotaNum, share.denominator);
      step = {
        ...base(state, commonDen),
        quota: fractionToNumber(share.quotaNum, share.denominator),
        rounded: share.size,
        size: share.size,
        reason: 'proportional',
        message: `${classLabel(state.riskClass)}：${state.count}户 × 倍数 ${state.multiplier} = 权重 ${weightText}，应得 ${quotaText}户，${
          share.bonus ? '按最大余数进 1 为' : '取整为'
        } ${share.size}户`,
      };
    } else {
      // Every class without a share was fixed by the constructor or fixBounds.
      const fixed = state.fixed as NonNullable<ClassState['fixed']>;
      step = {
        ...base(state, commonDen),
        quota: fractionToNumber(fixed.quotaNum, fixed.quotaDen),
        rounded: fixed.size,
        size: fixed.size,
        reason: fixed.reason,
        message: fixedMessage(state, fixed.size, fixed.reason, formatFraction(fixed.quotaNum, fixed.quotaDen), request.minimums[state.riskClass]),
      };
    }
    sizes[state.riskClass] = step.size;
    steps[state.riskClass] = step;
    lines.push(step.message);
  }
  if (policy.riskRatios !== undefined && Object.keys(policy.riskRatios).length > 0) {
    lines.push(`注：按数量抽取时按倍数分配，政策 ${policy.id} 规定的各类别抽查比例（${citeField(policy, 'riskRatios')}）只用于按比例抽取`);
  }
  return stratifiedAllocation('total', request, policy, sizes, lines, steps);
}

function base(state: ClassState, commonDen: bigint): Pick<AllocationClassStep, 'riskClass' | 'count' | 'multiplier' | 'weight'> {
  return {
    riskClass: state.riskClass,
    count: state.count,
    multiplier: state.multiplier,
    weight: fractionToNumber(state.weight, commonDen),
  };
}

function checkFeasible(states: readonly ClassState[], total: number): void {
  const least = states.reduce((sum, state) => sum + (state.fixed?.size ?? state.lo), 0);
  const most = states.reduce((sum, state) => sum + (state.fixed?.size ?? state.hi), 0);
  if (total < least) {
    throw new ShuangsuijiError(
      'INVALID_ALLOCATION',
      `最低抽取数与全部抽取的类别合计需要 ${least}户，超过抽取总数 ${total}户`,
      { path: ['sampling', 'count'], details: { total, least } },
    );
  }
  if (total > most) {
    throw new ShuangsuijiError(
      'SAMPLE_TOO_LARGE',
      `抽取 ${total}户超过按倍数可分配的对象数 ${most}户（倍数为 0 的类别只抽最低抽取数）`,
      { path: ['sampling', 'count'], details: { total, most } },
    );
  }
}

/**
 * Variable fixing (Kiwiel 2008) on exact rationals. Each round that does not return fixes at least
 * one class (the side with the larger sum is never empty), so one round per class plus a last check
 * suffices (with no free class left, nothing is above or below and the round returns). The bound
 * keeps a broken edit from looping forever: reaching it is a bug, reported by the throw.
 */
function fixBounds(states: readonly ClassState[], total: number): void {
  // Stryker disable next-line EqualityOperator,AssignmentOperator,UpdateOperator: the bound is never reached (each round fixes a class)
  for (let round = 0; round <= states.length; round += 1) {
    const free = states.filter((state) => state.fixed === undefined);
    const rest = BigInt(total - states.reduce((sum, state) => sum + (state.fixed?.size ?? 0), 0));
    const weights = free.reduce((sum, state) => sum + state.weight, 0n);
    let excess = 0n;
    let shortfall = 0n;
    const above: ClassState[] = [];
    const below: ClassState[] = [];
    for (const state of free) {
      const quotaNum = rest * state.weight;
      if (quotaNum > BigInt(state.hi) * weights) {
        excess += quotaNum - BigInt(state.hi) * weights;
        above.push(state);
      } else if (quotaNum < BigInt(state.lo) * weights) {
        shortfall += BigInt(state.lo) * weights - quotaNum;
        below.push(state);
      }
    }
    if (above.length === 0 && below.length === 0) return;
    if (excess >= shortfall) {
      for (const state of above) state.fixed = { size: state.hi, reason: 'class-size', quotaNum: rest * state.weight, quotaDen: weights };
    }
    if (shortfall >= excess) {
      for (const state of below) state.fixed = { size: state.lo, reason: 'minimum', quotaNum: rest * state.weight, quotaDen: weights };
    }
  }
  throw new Error('fixBounds: a round fixed no class');
}

function fixedMessage(state: ClassState, size: number, reason: AllocationReason, quotaText: string, minimum: number): string {
  const label = classLabel(state.riskClass);
  switch (reason) {
    case 'empty':
      return `${label}：无可抽取对象，抽取 0户`;
    case 'full-coverage':
      return `${label}：全部抽取，${size}户`;
    case 'zero-rate':
      return `${label}：倍数为 0，不抽取`;
    case 'class-size':
      return `${label}：按权重应得 ${quotaText}户，超过该类可抽取对象 ${state.count}户，全部抽取，超出部分分配给其他类别`;
    default:
      return state.weight === 0n
        ? `${label}：倍数为 0，按最低抽取数抽取 ${size}户${size < minimum ? `（该类仅有 ${state.count}户）` : ''}`
        : `${label}：按权重应得 ${quotaText}户，低于最低抽取数 ${minimum}户，抽取 ${size}户${size < minimum ? `（该类仅有 ${state.count}户，全部抽取）` : ''}`;
  }
}
