import { ShuangsuijiError } from '../core/errors.js';
import type { Severity } from '../core/finding.js';
import { requirePolicy } from '../policy/policy-field.js';
import type { Policy } from '../policy/policy-schema.js';
import { renderRuleText, type Rule } from './rule.js';

/**
 * One rule as shown to a user (规则说明): id, severity, and the clause and description rendered from
 * the policy it checks.
 *
 * @example
 * ```ts
 * const line: RuleDescription | undefined = describeRules(builtinPlanRules, zhejiang2023).find((r) => r.id === 'plan.joint-share');
 * line?.clause; //=> '通知·三'
 * ```
 */
export interface RuleDescription {
  readonly id: string;
  readonly severity: Severity;
  readonly clause: string;
  readonly description: string;
}

/**
 * Lists rules with their clause and description rendered from a policy (规则清单): the table a policy
 * team reads to know what `validatePlan` checks under *its* preset — the numbers, days and clauses are
 * the policy's, never another preset's.
 *
 * @param rules - the rules, e.g. `builtinPlanRules`
 * @param policy - the policy they check
 * @returns one description per rule, in order
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`); `INVALID_POLICY`; `INVALID_INPUT`
 *   when `rules` is not an array
 *
 * @example
 * ```ts
 * describeRules(builtinPlanRules, zhejiang2023).find((r) => r.id === 'plan.issue-deadline')?.description;
 * //=> '每个任务在所属月份的下发期限前下发：每月5日，遇节假日顺延至下一个工作日（通知·一）'
 * describeRules(builtinPlanRules, definePolicy({ issueDay: 10 }, zhejiang2023)).find((r) => r.id === 'plan.issue-deadline')?.description;
 * //=> '每个任务在所属月份的下发期限前下发：每月10日，遇节假日顺延至下一个工作日（未注明出处）'
 * ```
 */
export function describeRules<C>(rules: readonly Rule<C>[], policy: Policy): RuleDescription[] {
  const parsed = requirePolicy(policy, ['policy']);
  if (!Array.isArray(rules)) throw new ShuangsuijiError('INVALID_INPUT', '规则应为数组', { path: ['rules'] });
  return rules.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    clause: renderRuleText(rule.clause, parsed),
    description: renderRuleText(rule.description, parsed),
  }));
}
