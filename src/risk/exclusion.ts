import { z } from 'zod';
import type { RiskClass } from '../core/risk-class.js';

/**
 * Why a subject was excluded from a draw (不纳入抽取的原因): `excluded-status` its status is in
 * `policy.excludedStatuses` (注销、吊销); `listed` it is in `options.exclusions`; `low-risk-cap`
 * it is a low-risk enterprise already randomly checked `policy.lowRiskMaxChecksPerYear` times this
 * year (通知·二).
 *
 * @example
 * ```ts
 * ExclusionReasonSchema.parse('low-risk-cap'); //=> 'low-risk-cap'
 * ```
 */
export const ExclusionReasonSchema = /* @__PURE__ */ z.enum(['excluded-status', 'listed', 'low-risk-cap']);

/**
 * Why a subject was excluded (不纳入抽取的原因).
 *
 * @example
 * ```ts
 * const reason: ExclusionReason = 'listed';
 * EXCLUSION_REASON_LABELS[reason]; //=> '按规定排除'
 * ```
 */
export type ExclusionReason = z.infer<typeof ExclusionReasonSchema>;

/**
 * Chinese names of the exclusion reasons (排除原因名称).
 *
 * @example
 * ```ts
 * EXCLUSION_REASON_LABELS['low-risk-cap']; //=> '低风险企业年度抽查次数已达上限'
 * ```
 */
export const EXCLUSION_REASON_LABELS: Readonly<Record<ExclusionReason, string>> = {
  'excluded-status': '登记状态不纳入随机抽取',
  listed: '按规定排除',
  'low-risk-cap': '低风险企业年度抽查次数已达上限',
};

/**
 * One subject left out of a draw and why (不纳入抽取的对象).
 *
 * @example
 * ```ts
 * const exclusion: Exclusion | undefined = eligibleSubjects([{ id: 'a1', kind: 'enterprise', riskClass: 'A' }], { a1: 2 }, zhejiang2023).excluded[0];
 * [exclusion?.reason, exclusion?.riskClass, exclusion?.checks]; //=> ['low-risk-cap', 'A', 2]
 * exclusion?.message; //=> '低风险企业（A类）本年度已被随机抽查 2 次，达到上限 2 次（通知·二）'
 * ```
 */
export interface Exclusion {
  /** Subject id. */
  readonly id: string;
  /** Stable reason code. */
  readonly reason: ExclusionReason;
  /** Why, in Chinese. */
  readonly message: string;
  /** The subject's effective risk class. */
  readonly riskClass: RiskClass;
  /** Random checks this year, for `low-risk-cap`. */
  readonly checks?: number;
}

/**
 * Counts of one pass of the eligibility filter (筛选统计).
 *
 * @example
 * ```ts
 * const filter = createEligibilityFilter({}, zhejiang2023);
 * filter.check({ id: 'e1', kind: 'enterprise', riskClass: 'C' }); filter.check({ id: 'e2', kind: 'enterprise', status: 'revoked' });
 * const counts: EligibilityCounts = filter.counts();
 * [counts.seen, counts.eligible, counts.byClass.C, counts.byReason['excluded-status']]; //=> [2, 1, 1, 1]
 * ```
 */
export interface EligibilityCounts {
  /** Subjects seen. */
  readonly seen: number;
  /** Subjects kept. */
  readonly eligible: number;
  /** Subjects left out. */
  readonly excluded: number;
  /** Kept subjects per effective risk class: the `poolCounts` of {@link allocateSample}. */
  readonly byClass: Readonly<Record<RiskClass, number>>;
  /** Left-out subjects per reason. */
  readonly byReason: Readonly<Record<ExclusionReason, number>>;
}
