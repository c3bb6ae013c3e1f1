import type { Finding } from '../core/finding.js';
import { createPlanRuleContext, type PlanContextOptions, type PlanRuleContext } from './plan-rule-context.js';
import { evaluateRules } from './evaluate-rules.js';
import type { Rule } from './rule.js';
import { builtinPlanRules } from './rules/builtin-plan-rules.js';

/**
 * Options of {@link validatePlan}.
 *
 * @example
 * ```ts
 * const options: ValidatePlanOptions = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, only: ['plan.joint-share'] };
 * validatePlan(longwan2023SamplePlan, options)[0]?.severity; //=> 'warning' (no pools: the joint share cannot be estimated)
 * validatePlan(longwan2023SamplePlan, { ...options, pools }); //=> [] (pools from countPlanPools)
 * ```
 */
export interface ValidatePlanOptions extends PlanContextOptions {
  /** The rules to run; default {@link builtinPlanRules}. Add your own with `[...builtinPlanRules, rule]`. */
  readonly rules?: readonly Rule<PlanRuleContext>[] | undefined;
  /** Run only the rules with these ids. */
  readonly only?: readonly string[] | undefined;
}

/**
 * Checks an annual plan against the catalogue and the policy (年度计划校验): parses the plan
 * strictly, runs {@link builtinPlanRules} (or `options.rules`) and returns the findings, sorted
 * deterministically — the same plan with its tasks in any order gives the same findings. A plan that
 * obeys every rule gives `[]`. Violations are findings, never exceptions; only malformed input throws.
 *
 * @param plan - the annual plan (untrusted input; not mutated)
 * @param options - `{ catalogue, policy, calendar?, pools?, rules?, only? }` (without `pools` the
 *   indicators counted in checks cannot be estimated: `plan.joint-share` warns)
 * @returns the findings, `[]` for a plan that obeys every rule
 * @throws {ShuangsuijiError} `INVALID_PLAN` with the path of the bad field (`['tasks', 0, 'month']` for
 *   month 13, `['tasks', 0, 'sampling', 'ratio']` for ratio 1.5 or for both ratio and count,
 *   `['tasks', 0, 'mergegroup']` for an unknown field); `INVALID_POLICY`, `INVALID_CATALOGUE`,
 *   `INVALID_INPUT` for bad options; `DUPLICATE_ID` / `UNKNOWN_REFERENCE` for bad `rules` / `only`
 *
 * @example
 * ```ts
 * const { subjects } = generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 });
 * const pools = countPlanPools(longwan2023SamplePlan, subjects, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * validatePlan(longwan2023SamplePlan, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools }); //=> []
 * const solo = { ...longwan2023SamplePlan, tasks: longwan2023SamplePlan.tasks.map((task) => ({ ...task, partnerDepartments: [] })) };
 * validatePlan(solo, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools }).map((f) => [f.ruleId, f.clause]);
 * //=> [['plan.joint-share', '通知·三']]
 * ```
 */
export function validatePlan(plan: unknown, options: ValidatePlanOptions): Finding[] {
  const context = createPlanRuleContext(plan, options);
  return evaluateRules(options.rules ?? builtinPlanRules, context, { only: options.only });
}
