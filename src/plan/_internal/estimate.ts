import type { PlannedTask } from '../plan-schema.js';
import type { PlanRuleContext } from '../plan-rule-context.js';

/** A sum of expected checks over some tasks, or the tasks whose checks are unknown (内部). */
export type CheckSum = { readonly known: true; readonly checks: number } | { readonly known: false; readonly unknown: readonly string[] };

/**
 * Sums the expected checks of tasks (预计检查次数合计，内部).
 *
 * @param tasks - the tasks
 * @param context - the rule context (its `expected`)
 * @returns the sum, or the ids of the tasks whose checks cannot be known without their pool sizes
 *
 * @example
 * ```ts
 * sumChecks(randomTasks(plan), context); //=> { known: true, checks: 3120 }
 * ```
 */
export function sumChecks(tasks: readonly PlannedTask[], context: PlanRuleContext): CheckSum {
  let checks = 0;
  const unknown: string[] = [];
  for (const task of tasks) {
    const expected = context.expected.get(task.id);
    if (expected === undefined) unknown.push(task.id);
    else checks += expected.checks;
  }
  return unknown.length === 0 ? { known: true, checks } : { known: false, unknown };
}

/**
 * The sentence a finding uses when an indicator counted in checks cannot be estimated (无法估算，内部).
 *
 * @param name - the indicator's name
 * @param unknown - the tasks whose pool sizes are missing
 * @returns the message
 *
 * @example
 * ```ts
 * cannotEstimate('部门联合随机抽查率', ['T01']); //=> '无法估算部门联合随机抽查率：任务 T01 按比例抽取，未提供抽查范围规模（pools），检查次数未知；可用 countPlanPools 从名录库统计'
 * ```
 */
export function cannotEstimate(name: string, unknown: readonly string[]): string {
  const shown = unknown.length > 5 ? `${unknown.slice(0, 5).join('、')} 等 ${unknown.length} 个任务` : unknown.join('、');
  return `无法估算${name}：任务 ${shown} 按比例抽取，未提供抽查范围规模（pools），检查次数未知；可用 countPlanPools 从名录库统计`;
}
