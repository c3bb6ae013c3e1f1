import { defineRule, type Rule } from '../rule.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { assertPlanRuleContext } from '../_internal/context-registry.js';
import type { AnnualPlan, PlannedTask } from '../plan-schema.js';

/**
 * The random tasks of a plan (随机抽查任务), in plan order (internal).
 *
 * @param plan - a parsed plan
 * @returns the tasks with `random: true`
 *
 * @example
 * ```ts
 * randomTasks(longwan2023SamplePlan).length; //=> 20
 * ```
 */
export function randomTasks(plan: AnnualPlan): PlannedTask[] {
  return plan.tasks.filter((task) => task.random);
}

/**
 * Formats a share as a percentage with at most one decimal (internal; 百分比).
 *
 * @param share - a number, 0.3 for 30 %
 * @returns e.g. `'30%'`, `'33.3%'`
 *
 * @example
 * ```ts
 * percent(0.3); //=> '30%'
 * percent(1 / 3); //=> '33.3%'
 * ```
 */
export function percent(share: number): string {
  return `${String(Math.round(share * 1000) / 10)}%`;
}

/**
 * Joins codes or ids for a Chinese message (internal): `A99、A100`.
 *
 * @param values - the values
 * @returns the values joined with 、
 *
 * @example
 * ```ts
 * list(['A99', 'A100']); //=> 'A99、A100'
 * ```
 */
export function list(values: readonly string[]): string {
  return values.join('、');
}

/**
 * Defines a built-in plan rule (定义内置计划规则): {@link defineRule}, with a `check` that first
 * makes sure it was given a context made by `createPlanRuleContext`, so calling a rule's `check`
 * directly with anything else throws `INVALID_INPUT` rather than a TypeError.
 *
 * @param definition - the rule
 * @returns the frozen rule
 *
 * @example
 * ```ts
 * const rule = definePlanRule({ id: 'plan.x', clause: '', severity: 'info', description: 'x', check: ({ plan }) => [] });
 * rule.check({} as never); // throws INVALID_INPUT, path ['context']
 * ```
 */
export function definePlanRule(definition: Rule<PlanRuleContext>): Rule<PlanRuleContext> {
  const check = definition.check;
  return defineRule<PlanRuleContext>({
    ...definition,
    check: (context) => {
      assertPlanRuleContext(context);
      return check(context);
    },
  });
}
