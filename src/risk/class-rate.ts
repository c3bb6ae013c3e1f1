import { ShuangsuijiError } from '../core/errors.js';
import { isRiskClass } from './effective-risk-class.js';
import type { RiskClass } from '../core/risk-class.js';
import { citeField, requirePolicy } from '../policy/policy-field.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Sampling } from './sampling.js';
import { decimalFraction, multiplyFractions, type Fraction } from './decimal-fraction.js';
import { formatPercent } from './format-quantity.js';

/**
 * Where a class's ratio comes from (类别比例来源): the task's own `classRatios`, the policy's fixed
 * `riskRatios`, base × the policy's multiplier, or the base ratio alone.
 *
 * @example
 * ```ts
 * const kind: ClassRateKind = 'policy-ratio';
 * ```
 */
export type ClassRateKind = 'task' | 'policy-ratio' | 'multiplier' | 'base';

/**
 * A class's ratio in ratio mode and where it comes from (类别抽查比例).
 *
 * @example
 * ```ts
 * const rate: ClassRate = classRate({ ratio: 0.03, riskAllocation: true }, zhejiang2023, 'D');
 * [rate.kind, rate.multiplier, rate.capped]; //=> ['multiplier', 4, false]
 * ```
 */
export interface ClassRate {
  readonly ratio: Fraction;
  readonly kind: ClassRateKind;
  /** The policy's multiplier for the class, or 1 when it sets none. */
  readonly multiplier: number;
  /** Whether base × multiplier was above 1 and capped. */
  readonly capped: boolean;
  /** The ratio's origin in Chinese, e.g. `（基础比例 3% × 倍数 4）`. */
  readonly text: string;
}

/**
 * The multiplier of a class (类别倍数): the policy's, or 1 — no differentiation — when it sets none.
 *
 * @param policy - the policy
 * @param riskClass - the class
 * @returns the multiplier and whether the policy set it
 *
 * @example
 * ```ts
 * classMultiplier(zhejiang2023, 'D'); //=> { value: 4, set: true }
 * classMultiplier(national, 'D'); //=> { value: 1, set: false }
 * ```
 */
export function classMultiplier(policy: Policy, riskClass: RiskClass): { readonly value: number; readonly set: boolean } {
  policy = requirePolicy(policy, ['policy']); // the parsed policy: defaults (e.g. sources) filled in
  if (!isRiskClass(riskClass)) throw unknownClass(riskClass);
  const value = policy.riskMultipliers?.[riskClass];
  return value === undefined ? { value: 1, set: false } : { value, set: true };
}

/**
 * The ratio of a class in ratio mode (类别抽查比例), exact, by precedence: the task's own `classRatios[class]`, the
 * policy's fixed `riskRatios[class]`, the base ratio × the policy's multiplier (capped at 1), or the
 * base ratio when the policy sets neither.
 *
 * @param sampling - the task's sampling, with `ratio` set
 * @param policy - the policy
 * @param riskClass - the class
 * @returns the ratio, exact, and where it comes from
 *
 * @example
 * ```ts
 * classRate({ ratio: 0.03, riskAllocation: true }, zhejiang2023, 'D').text; //=> '（基础比例 3% × 倍数 4）'
 * classRate({ ratio: 0.03, riskAllocation: true }, henan2021, 'D').kind; //=> 'policy-ratio'
 * ```
 */
export function classRate(sampling: Sampling, policy: Policy, riskClass: RiskClass): ClassRate {
  policy = requirePolicy(policy, ['policy']); // the parsed policy: defaults (e.g. sources) filled in
  if (sampling === null || typeof sampling !== 'object') throw new ShuangsuijiError('INVALID_INPUT', '抽取方式 sampling 应为对象', { path: ['sampling'] });
  if (!isRiskClass(riskClass)) throw unknownClass(riskClass);
  checkRatio(sampling.ratio, ['sampling', 'ratio']);
  checkRatio(sampling.classRatios?.[riskClass], ['sampling', 'classRatios', riskClass]);
  const base = decimalFraction(sampling.ratio ?? 0);
  const multiplier = classMultiplier(policy, riskClass);
  const own = sampling.classRatios?.[riskClass];
  if (own !== undefined) {
    return { ratio: decimalFraction(own), kind: 'task', multiplier: multiplier.value, capped: false, text: '（本任务规定的该类抽查比例）' };
  }
  const fixed = policy.riskRatios?.[riskClass];
  if (fixed !== undefined) {
    return {
      ratio: decimalFraction(fixed),
      kind: 'policy-ratio',
      multiplier: multiplier.value,
      capped: false,
      text: `（政策规定的该类抽查比例，${citeField(policy, 'riskRatios', riskClass)}）`,
    };
  }
  if (!multiplier.set) {
    return { ratio: base, kind: 'base', multiplier: 1, capped: false, text: `（基础比例，政策 ${policy.id} 未规定该类倍数）` };
  }
  const product = multiplyFractions(base, decimalFraction(multiplier.value));
  const capped = product.num > product.den;
  return {
    ratio: capped ? { num: 1n, den: 1n } : product,
    kind: 'multiplier',
    multiplier: multiplier.value,
    capped,
    text: `（基础比例 ${formatPercent(base.num, base.den)} × 倍数 ${String(multiplier.value)}${capped ? '，超过100%按100%计' : ''}）`,
  };
}

function unknownClass(riskClass: unknown): ShuangsuijiError {
  const shown = typeof riskClass === 'string' ? riskClass.slice(0, 20) : typeof riskClass;
  return new ShuangsuijiError('UNKNOWN_STRATUM', `风险类别 ${shown} 不存在，应为 A、B、C、D 之一`, { path: ['riskClass'] });
}

function checkRatio(value: unknown, path: (string | number)[]): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查比例应为 0 到 1 之间的数', { path });
  }
}
