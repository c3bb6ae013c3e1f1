import { z } from 'zod';

/**
 * Follow-up status of a check's result (后续处置状态): `none` 无需或尚未处置, `pending` 待处置（跟进中）,
 * `rectified` 已整改, `transferred` 已移送/转案源, `case-filed` 已立案, `listed-abnormal`
 * 已列入经营异常名录, `closed` 已办结.
 *
 * @example
 * ```ts
 * FollowUpStatusSchema.parse('rectified'); //=> 'rectified'
 * ```
 */
export const FollowUpStatusSchema = /* @__PURE__ */ (() => z
  .enum(['none', 'pending', 'rectified', 'transferred', 'case-filed', 'listed-abnormal', 'closed'])
  .meta({ description: '后续处置状态' }))();

/**
 * A follow-up status (后续处置状态).
 *
 * @example
 * ```ts
 * const status: FollowUpStatus = 'listed-abnormal';
 * [FOLLOW_UP_STATUS_LABELS[status], FOLLOWED_UP_STATUSES.includes(status)]; //=> ['已列入经营异常名录', true]
 * ```
 */
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/**
 * Chinese names of the follow-up statuses (后续处置状态名称), as published.
 *
 * @example
 * ```ts
 * FOLLOW_UP_STATUS_LABELS['case-filed']; //=> '已立案'
 * ```
 */
export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, string>> = /* @__PURE__ */ Object.freeze({
  none: '无',
  pending: '待处置',
  rectified: '已整改',
  transferred: '已移送（转案源）',
  'case-filed': '已立案',
  'listed-abnormal': '已列入经营异常名录',
  closed: '已办结',
});

/**
 * The statuses that count a problem as followed up (已处置): every status but `none` and `pending`.
 *
 * @example
 * ```ts
 * FOLLOWED_UP_STATUSES.includes('pending'); //=> false
 * FOLLOWED_UP_STATUSES.includes('transferred'); //=> true
 * ```
 */
export const FOLLOWED_UP_STATUSES: readonly FollowUpStatus[] = /* @__PURE__ */ Object.freeze([
  'rectified',
  'transferred',
  'case-filed',
  'listed-abnormal',
  'closed',
] as const);
