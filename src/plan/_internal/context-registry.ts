import { ShuangsuijiError } from '../../core/errors.js';
import { describeValue } from '../../core/_internal/boundary.js';
import type { PlanRuleContext } from '../plan-rule-context.js';

const contexts = /* @__PURE__ */ new WeakSet<object>();

/**
 * Records a context made by `createPlanRuleContext` (登记规则上下文); it is frozen, so being
 * registered proves its plan, catalogue, policy and calendar were validated.
 *
 * @param context - the frozen context
 * @returns the same context
 *
 * @example
 * ```ts
 * registerPlanRuleContext(context) === context; //=> true
 * ```
 */
export function registerPlanRuleContext(context: PlanRuleContext): PlanRuleContext {
  contexts.add(context);
  return context;
}

/**
 * Checks, in O(1), that a value is a context made by `createPlanRuleContext` — what every
 * built-in plan rule's `check` does first, so `rule.check(garbage)` is an error, not a TypeError.
 *
 * @param value - anything
 * @throws {ShuangsuijiError} `INVALID_INPUT` (path `['context']`)
 *
 * @example
 * ```ts
 * assertPlanRuleContext(createPlanRuleContext(plan, options)); // passes
 * assertPlanRuleContext({}); // throws INVALID_INPUT
 * ```
 */
export function assertPlanRuleContext(value: unknown): asserts value is PlanRuleContext {
  if (typeof value !== 'object' || value === null || !contexts.has(value)) {
    throw new ShuangsuijiError('INVALID_INPUT', `规则上下文无效：应为 createPlanRuleContext 返回的上下文，收到 ${describeValue(value)}`, { path: ['context'] });
  }
}
