import { z } from 'zod';

/**
 * Credit-risk classes of enterprise credit-risk classification (企业信用风险分类):
 * A 信用风险低, B 信用风险一般, C 信用风险较高, D 信用风险高 (国市监信发〔2022〕6号).
 *
 * @example
 * ```ts
 * RiskClassSchema.parse('A'); //=> 'A'
 * ```
 */
export const RiskClassSchema = /* @__PURE__ */ (() => z.enum(['A', 'B', 'C', 'D']).meta({ description: '信用风险分类 A 低 / B 一般 / C 较高 / D 高' }))();

/**
 * A credit-risk class, `'A'` (low) to `'D'` (high).
 *
 * @example
 * ```ts
 * const riskClass: RiskClass = 'C';
 * RISK_CLASS_LABELS[riskClass]; //=> '信用风险较高'
 * ```
 */
export type RiskClass = z.infer<typeof RiskClassSchema>;

/**
 * The four risk classes from low to high risk (风险类别，由低到高).
 *
 * @example
 * ```ts
 * RISK_CLASSES; //=> ['A', 'B', 'C', 'D']
 * ```
 */
export const RISK_CLASSES: readonly RiskClass[] = /* @__PURE__ */ (() => RiskClassSchema.options)();

/**
 * Chinese labels of the risk classes (风险类别名称).
 *
 * @example
 * ```ts
 * RISK_CLASS_LABELS.D; //=> '信用风险高'
 * ```
 */
export const RISK_CLASS_LABELS: Readonly<Record<RiskClass, string>> = {
  A: '信用风险低',
  B: '信用风险一般',
  C: '信用风险较高',
  D: '信用风险高',
};
