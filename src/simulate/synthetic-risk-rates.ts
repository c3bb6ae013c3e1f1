import { deepFreeze } from '../core/deep-freeze.js';

/**
 * Credit-risk classes of a synthetic district (合成名录的信用风险分类), "通用+专业" (通知·二):
 *
 * - `classified`: share of each kind with a general class (通用分类); the rest are unclassified.
 * - `general`: shares of A/B/C/D among classified subjects — A 40 %, B 45 %, C 12 %, D 3 %.
 * - `domains`: specialised classes (专业分类) for subjects carrying one of the domain's tags:
 *   `share` of them are classified; with probability `sameAsGeneral` the specialised class equals
 *   the general one (when there is one), otherwise it is drawn from `classes`. Domain ids follow
 *   the bundled catalogue's `CheckItem.domain` values.
 *
 * | domain | tags | share | A | B | C | D |
 * | --- | --- | ---: | ---: | ---: | ---: | ---: |
 * | food | food-production, food-retail, catering | 90 % | 35 % | 45 % | 15 % | 5 % |
 * | special-equipment | lift-user | 90 % | 45 % | 40 % | 12 % | 3 % |
 * | industrial-product | industrial-licence | 80 % | 40 % | 42 % | 14 % | 4 % |
 * | drug | pharmacy | 90 % | 40 % | 42 % | 14 % | 4 % |
 * | medical-device | medical-devices | 80 % | 40 % | 42 % | 14 % | 4 % |
 *
 * Illustrative figures, not statistics.
 *
 * @example
 * ```ts
 * SYNTHETIC_RISK_RATES.general.D; //=> 0.03
 * SYNTHETIC_RISK_RATES.classified.enterprise; //=> 0.95
 * SYNTHETIC_RISK_RATES.domains['special-equipment'].tags; //=> ['lift-user']
 * ```
 */
export const SYNTHETIC_RISK_RATES = /* @__PURE__ */ deepFreeze({
  classified: { enterprise: 0.95, individual: 0.6, cooperative: 0.9 },
  general: { A: 0.4, B: 0.45, C: 0.12, D: 0.03 },
  sameAsGeneral: 0.5,
  domains: {
    food: { tags: ['food-production', 'food-retail', 'catering'], share: 0.9, classes: { A: 0.35, B: 0.45, C: 0.15, D: 0.05 } },
    'special-equipment': { tags: ['lift-user'], share: 0.9, classes: { A: 0.45, B: 0.4, C: 0.12, D: 0.03 } },
    'industrial-product': { tags: ['industrial-licence'], share: 0.8, classes: { A: 0.4, B: 0.42, C: 0.14, D: 0.04 } },
    drug: { tags: ['pharmacy'], share: 0.9, classes: { A: 0.4, B: 0.42, C: 0.14, D: 0.04 } },
    'medical-device': { tags: ['medical-devices'], share: 0.8, classes: { A: 0.4, B: 0.42, C: 0.14, D: 0.04 } },
  },
} as const);
