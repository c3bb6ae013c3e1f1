import { z } from 'zod';
import { parseInput } from '../core/parse-input.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import { policyRef, requirePolicy, requirePolicyField } from '../policy/policy-field.js';
import { decimalFraction } from './decimal-fraction.js';
import { formatPercent } from './format-quantity.js';
import { ratioSampleSize } from './ratio-sample-size.js';

const subjectCount = /* @__PURE__ */ (() => z.number().int().min(0))();

/**
 * Schema of a {@link requiredRate} question (所需抽查比例测算):
 * `enterprises` in the directory, `alreadyCovered` distinct enterprises the other tasks will reach,
 * `poolSize` enterprises this task draws from, and the `target` share (default the policy's
 * `enterpriseInspectionRate`, e.g. 3 % in zhejiang2023 通知·一).
 *
 * @example
 * ```ts
 * RequiredRateRequestSchema.parse({ enterprises: 10000, alreadyCovered: 200, poolSize: 2000 }).target; //=> undefined
 * ```
 */
export const RequiredRateRequestSchema = /* @__PURE__ */ (() => z
  .strictObject({
    enterprises: subjectCount,
    alreadyCovered: subjectCount,
    poolSize: subjectCount,
    target: z.number().min(0).max(1).optional(),
  })
  .refine((request) => request.alreadyCovered <= request.enterprises, {
    message: '其他任务覆盖的企业数不能超过企业总数',
    path: ['alreadyCovered'],
  })
  .meta({ description: '所需抽查比例测算' }))();

/**
 * A {@link requiredRate} question, as accepted on input.
 *
 * @example
 * ```ts
 * const request: RequiredRateRequestInput = { enterprises: 10000, alreadyCovered: 200, poolSize: 2000, target: 0.05 };
 * [requiredRate(request, zhejiang2023).needed, requiredRate(request, zhejiang2023).ratio]; //=> [300, 0.15] (⌈5% × 10000⌉ − 200 = 300 of 2000)
 * ```
 */
export type RequiredRateRequestInput = z.input<typeof RequiredRateRequestSchema>;

/**
 * Answer of {@link requiredRate} (所需抽查比例).
 *
 * @example
 * ```ts
 * const answer: RequiredRate = requiredRate({ enterprises: 10000, alreadyCovered: 0, poolSize: 250 }, zhejiang2023);
 * [answer.needed, answer.reachable, answer.ratio, answer.sampleSize, answer.shortfall]; //=> [300, false, 1, 250, 50]
 * ```
 */
export interface RequiredRate {
  /** Target share of enterprises (目标比例). */
  readonly target: number;
  /** ⌈target × enterprises⌉, the enterprises to inspect in the year. */
  readonly targetCount: number;
  /** Enterprises this task must still reach: max(0, targetCount − alreadyCovered). */
  readonly needed: number;
  /** Ratio for the task: `needed` subjects exactly by ⌈ratio × poolSize⌉ (1 when unreachable). */
  readonly ratio: number;
  /** ⌈ratio × poolSize⌉. */
  readonly sampleSize: number;
  /** Whether the pool is large enough: `needed ≤ poolSize`. */
  readonly reachable: boolean;
  /** Enterprises still missing after drawing the whole pool (0 when reachable). */
  readonly shortfall: number;
  /** The answer in Chinese. */
  readonly message: string;
}

/**
 * What ratio must a task use so that the year reaches the target share of enterprises, given the
 * enterprises the other tasks already reach (所需抽查比例, 通知·一：抽查企业比例不低于3%)? All in
 * integers: needed = max(0, ⌈target × enterprises⌉ − alreadyCovered).
 *
 * Any ratio in ((needed − 1) / poolSize, needed / poolSize] draws exactly `needed` subjects by
 * ⌈ratio × poolSize⌉ (no smallest one exists: the interval is open below); the answer is the ratio
 * in it with the fewest decimal places, the largest of those, e.g. 0.031 rather than
 * 0.03073…, so it can be written into the plan as is. It assumes every subject the task draws is
 * a distinct enterprise the other tasks do not reach (restrict the pool so, or read the answer as
 * a lower bound). When even the whole pool is too small the answer is not an error but
 * `reachable: false`, ratio 1 and the `shortfall`.
 *
 * @param request - `enterprises`, `alreadyCovered`, `poolSize`, optional `target`
 * @param policy - gives the target when `request.target` is not given, and the clause cited (required)
 * @returns needed count, ratio, sample size, reachability and a Chinese message citing the target's source
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`); `POLICY_FIELD_UNSET` (path
 *   `['policy', 'enterpriseInspectionRate']`) when neither the request nor the policy gives a target;
 *   `INVALID_INPUT` (path e.g. `['poolSize']`, `['alreadyCovered']`); `INVALID_POLICY`
 *
 * @example
 * ```ts
 * // ⌈3% × 10000⌉ = 300, minus 200 → 100 needed from 2000: ratio 0.05, ⌈0.05 × 2000⌉ = 100
 * requiredRate({ enterprises: 10000, alreadyCovered: 200, poolSize: 2000 }, zhejiang2023);
 * //=> { target: 0.03, targetCount: 300, needed: 100, ratio: 0.05, sampleSize: 100, reachable: true, shortfall: 0, message: … }
 * requiredRate({ enterprises: 10000, alreadyCovered: 0, poolSize: 250 }, zhejiang2023).shortfall; //=> 50
 * requiredRate({ enterprises: 10000, alreadyCovered: 0, poolSize: 250 }, national); // throws POLICY_FIELD_UNSET
 * ```
 */
export function requiredRate(request: RequiredRateRequestInput, policy: PolicyInput | Policy): RequiredRate {
  const parsedPolicy = requirePolicy(policy, ['policy']);
  const { enterprises, alreadyCovered, poolSize, target: givenTarget } = parseInput(RequiredRateRequestSchema, request, 'INVALID_INPUT', '比例测算');
  const target = givenTarget ?? requirePolicyField(parsedPolicy, 'enterpriseInspectionRate', ['policy']);
  const basis = givenTarget === undefined ? `政策 ${parsedPolicy.id}，${policyRef(parsedPolicy, 'enterpriseInspectionRate')}` : '本次测算给定的目标';
  const targetCount = ratioSampleSize(target, enterprises);
  const needed = Math.max(0, targetCount - alreadyCovered);
  const head = `企业 ${enterprises}户 × ${percent(target)}（${basis}）= 应抽查 ${targetCount}户，其他任务已覆盖 ${alreadyCovered}户，本任务还需 ${needed}户`;

  if (needed > poolSize) {
    const shortfall = needed - poolSize;
    return {
      target,
      targetCount,
      needed,
      ratio: 1,
      sampleSize: poolSize,
      reachable: false,
      shortfall,
      message: `${head}；抽查范围仅 ${poolSize}户，全部抽取仍差 ${shortfall}户，需扩大抽查范围或增加任务`,
    };
  }
  const ratio = needed === 0 ? 0 : shortestRatio(needed, poolSize);
  return {
    target,
    targetCount,
    needed,
    ratio,
    sampleSize: needed,
    reachable: true,
    shortfall: 0,
    message: needed === 0 ? `${head}；已达到目标，本任务无需为此提高比例` : `${head}；抽查范围 ${poolSize}户，抽查比例 ${percent(ratio)}`,
  };
}

/** The decimal with the fewest places in ((needed − 1)/pool, needed/pool], the largest of those. */
function shortestRatio(needed: number, pool: number): number {
  const n = BigInt(needed);
  const p = BigInt(pool);
  // With 10^places ≥ pool the interval (of width 1/pool) holds a multiple of 10^-places: the loop
  // returns by places = digits of pool. The bound keeps a broken edit from looping forever.
  const most = String(pool).length;
  for (let places = 0; places <= most; places += 1) {
    const scale = 10n ** BigInt(places);
    const digits = (n * scale) / p;
    if (digits * p > (n - 1n) * scale) return Number(`${digits}e-${places}`);
  }
  throw new Error(`shortestRatio(${needed}, ${pool}): no ratio within ${most} places`);
}

function percent(ratio: number): string {
  const { num, den } = decimalFraction(ratio);
  return formatPercent(num, den);
}
