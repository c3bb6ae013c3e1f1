import { badArgument } from '../core/_internal/boundary.js';
import type { RiskClass } from '../core/risk-class.js';

/**
 * Rank of a risk class, 0 for A (低风险) to 3 for D (高风险) (风险等级序号).
 *
 * @param riskClass - a risk class
 * @returns its rank; a higher rank is a higher risk
 * @throws {ShuangsuijiError} `UNKNOWN_STRATUM` (path `['riskClass']`) for anything but A–D
 *
 * @example
 * ```ts
 * riskRank('A'); //=> 0
 * riskRank('D'); //=> 3
 * riskRank('E'); // throws UNKNOWN_STRATUM
 * ```
 */
export function riskRank(riskClass: RiskClass): number {
  if (riskClass !== 'A' && riskClass !== 'B' && riskClass !== 'C' && riskClass !== 'D') {
    throw badArgument('A、B、C、D 之一', riskClass, { code: 'UNKNOWN_STRATUM', label: '风险类别', path: ['riskClass'] });
  }
  switch (riskClass) {
    case 'A':
      return 0;
    case 'B':
      return 1;
    case 'C':
      return 2;
    default:
      return 3;
  }
}

/**
 * The higher risk of two classes (取风险较高者): D before C before B before A.
 *
 * @param a - a risk class
 * @param b - another risk class
 * @throws {ShuangsuijiError} `UNKNOWN_STRATUM` for a value that is not A–D
 * @returns the class with the higher risk
 *
 * @example
 * ```ts
 * higherRisk('A', 'C'); //=> 'C'
 * higherRisk('D', 'B'); //=> 'D'
 * ```
 */
export function higherRisk(a: RiskClass, b: RiskClass): RiskClass {
  for (const [value, field] of [[a, 'a'], [b, 'b']] as const) {
    if (value !== 'A' && value !== 'B' && value !== 'C' && value !== 'D') {
      throw badArgument('A、B、C、D 之一', value, { code: 'UNKNOWN_STRATUM', label: '风险类别', path: [field] });
    }
  }
  return a > b ? a : b;
}
