import { deepFreeze } from '../core/deep-freeze.js';

/**
 * Shares of a synthetic district's subjects (合成名录的主体构成), per subject:
 *
 * | share | value | note |
 * | --- | --- | --- |
 * | `kinds.enterprise` 企业 | 0.32 | about one third of China's registered market subjects |
 * | `kinds.individual` 个体工商户 | 0.66 | about two thirds (verify against the year's 市场监管总局 statistics) |
 * | `kinds.cooperative` 农民专业合作社 | 0.02 | |
 * | `statuses.operating` 存续 | 0.96 | |
 * | `statuses.suspended` 歇业 | 0.01 | |
 * | `statuses.deregistered` 注销 | 0.02 | still in the directory, out of the default pool |
 * | `statuses.revoked` 吊销 | 0.01 | |
 * | `legacyRegistrationNumber` | 0.05 | share of individual businesses that carry only a 15-digit 注册号 |
 *
 * These are illustrative figures for examples and benchmarks, not statistics of any district.
 *
 * @example
 * ```ts
 * SYNTHETIC_SUBJECT_SHARES.kinds.individual; //=> 0.66
 * SYNTHETIC_SUBJECT_SHARES.statuses.suspended; //=> 0.01
 * ```
 */
export const SYNTHETIC_SUBJECT_SHARES = /* @__PURE__ */ deepFreeze({
  kinds: { enterprise: 0.32, individual: 0.66, cooperative: 0.02 },
  statuses: { operating: 0.96, suspended: 0.01, deregistered: 0.02, revoked: 0.01 },
  legacyRegistrationNumber: 0.05,
} as const);
