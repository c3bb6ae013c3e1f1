import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { registerPlanRuleContext } from './_internal/context-registry.js';
import { isCalendar } from '../calendar/calendar-table.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import type { Calendar } from '../calendar/calendar.js';
import type { Catalogue } from '../catalogue/define-catalogue.js';
import { assertCatalogue } from '../catalogue/assert-catalogue.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import { requirePolicy } from '../policy/policy-field.js';
import { PlanPoolsSchema, type PlanPools, type PlanPoolsInput } from './plan-pools.js';
import { expectedChecks, type TaskExpectation } from './_internal/expected-checks.js';
import type { AnnualPlan } from './plan-schema.js';
import { StrictAnnualPlanSchema } from './strict-plan-schema.js';

/**
 * What every plan rule checks (计划规则的上下文): the parsed plan and the catalogue, policy and
 * working-day calendar it is checked against, the pool sizes when known, and from them the checks
 * each task is expected to give. Frozen, so one rule cannot change what the next sees.
 *
 * @example
 * ```ts
 * const context: PlanRuleContext = createPlanRuleContext(longwan2023SamplePlan, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * [context.plan.tasks.length, context.policy.id, context.calendar.id]; //=> [20, 'zhejiang2023', 'china']
 * ```
 */
export interface PlanRuleContext {
  readonly plan: AnnualPlan;
  readonly catalogue: Catalogue;
  readonly policy: Policy;
  readonly calendar: Calendar;
  /** Pool sizes per task, when given (抽查范围规模). */
  readonly pools: PlanPools | undefined;
  /**
   * Expected checks per task id (预计检查量): from the pool and the policy's allocation, or the
   * task's fixed `count` when its pool is unknown; a `ratio` task without a known pool is absent.
   */
  readonly expected: ReadonlyMap<string, TaskExpectation>;
}

/**
 * Options of {@link createPlanRuleContext} and {@link validatePlan}.
 *
 * @example
 * ```ts
 * const pools = countPlanPools(longwan2023SamplePlan, subjects, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * const options: PlanContextOptions = { catalogue: zhejiang2023Catalogue, policy: definePolicy({ jointShare: 0.5 }, zhejiang2023), pools };
 * validatePlan(longwan2023SamplePlan, options).map((finding) => finding.ruleId); //=> ['plan.joint-share']
 * ```
 */
export interface PlanContextOptions {
  /** The check-item list the plan draws on (抽查事项清单), e.g. {@link zhejiang2023Catalogue}. */
  readonly catalogue: Catalogue;
  /** The policy (政策参数), e.g. {@link zhejiang2023}. */
  readonly policy: Policy | PolicyInput;
  /** Working-day calendar for issue deadlines; default {@link chinaCalendar} (the State Council's holidays). */
  readonly calendar?: Calendar | undefined;
  /**
   * Pool sizes per task (各任务抽查范围规模), e.g. from `countPlanPools(plan, directory, …)`: with them the
   * indicators counted in checks (部门联合随机抽查率, 双随机抽查次数占比) and 抽查企业比例 are estimated.
   */
  readonly pools?: PlanPoolsInput | undefined;
}

/**
 * Parses a plan and its options into the context plan rules run on (构建计划规则上下文). The plan is
 * parsed strictly: unknown fields are rejected. Inputs are not mutated.
 *
 * @param plan - the annual plan (untrusted)
 * @param options - `{ catalogue, policy, calendar?, pools? }`
 * @returns the frozen context
 * @throws {ShuangsuijiError} `INVALID_PLAN` with the path of the bad field (e.g. `['tasks', 0, 'month']`,
 *   or `['tasks', 0, 'mergegroup']` for an unknown field); `MISSING_ARGUMENT` (path
 *   `['options', 'policy']`) without a policy; `INVALID_POLICY` with the path inside the policy;
 *   `INVALID_INPUT` for bad `pools` (path `['options', 'pools', …]`); `INVALID_CATALOGUE` (path `['options', 'catalogue']`); `INVALID_INPUT` for bad options or
 *   calendar (path `['options', 'calendar']`)
 *
 * @example
 * ```ts
 * const context = createPlanRuleContext(longwan2023SamplePlan, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * context.plan.tasks.length; //=> 20
 * context.calendar.id; //=> 'china'
 * ```
 */
export function createPlanRuleContext(plan: unknown, options: PlanContextOptions): PlanRuleContext {
  if (options === null || typeof options !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', '选项无效：应为 { catalogue, policy } 对象', { path: ['options'] });
  }
  const parsedPlan = parsePlan(plan);
  assertCatalogue(options.catalogue, ['options', 'catalogue']);
  const policy = requirePolicy(options.policy, ['options', 'policy']);
  const calendar = options.calendar ?? chinaCalendar;
  if (!isCalendar(calendar)) {
    throw new ShuangsuijiError('INVALID_INPUT', '选项无效（字段 calendar）：应为 createCalendar 返回的工作日历', {
      path: ['options', 'calendar'],
    });
  }
  const pools = parsePools(options.pools);
  const expected = expectedChecks(parsedPlan.tasks, pools, policy);
  return registerPlanRuleContext(Object.freeze({
    plan: deepFreeze(parsedPlan),
    catalogue: options.catalogue,
    policy: deepFreeze(policy),
    calendar,
    pools: pools === undefined ? undefined : deepFreeze(pools),
    expected,
  }));
}

function parsePools(pools: PlanPoolsInput | undefined): PlanPools | undefined {
  if (pools === undefined) return undefined;
  try {
    return parseInput(PlanPoolsSchema, pools, 'INVALID_INPUT', '抽查范围规模');
  } catch (error) {
    if (!(error instanceof ShuangsuijiError)) throw error; // the caller's own getter or proxy threw: hand it back
    const inner = error;
    throw new ShuangsuijiError(inner.code, inner.message, { path: ['options', 'pools', ...inner.path], details: inner.details, cause: inner });
  }
}

function parsePlan(plan: unknown): AnnualPlan {
  return parseInput(StrictAnnualPlanSchema, plan, 'INVALID_PLAN', '年度计划');
}
