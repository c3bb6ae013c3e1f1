import { RISK_CLASS_LABELS, type RiskClass } from '../core/risk-class.js';

/**
 * A class as written in explanations, e.g. `D类（信用风险高）` (类别名称，内部).
 *
 * @param riskClass - the class
 * @returns the class letter and its Chinese label
 *
 * @example
 * ```ts
 * classLabel('D'); //=> 'D类（信用风险高）'
 * ```
 */
export function classLabel(riskClass: RiskClass): string {
  return `${riskClass}类（${RISK_CLASS_LABELS[riskClass]}）`;
}
