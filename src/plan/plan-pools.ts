import { z } from 'zod';
import { ShuangsuijiError, isShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { Catalogue } from '../catalogue/define-catalogue.js';
import { assertCatalogue } from '../catalogue/assert-catalogue.js';
import { itemsForTask } from '../catalogue/items-for-task.js';
import { filterPool } from '../directory/pool-filter.js';
import type { Subject } from '../directory/subject.js';
import { requirePolicy } from '../policy/policy-field.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import { PoolCountsSchema } from '../risk/allocation-schema.js';
import { createEligibilityFilter } from '../risk/eligibility-filter.js';
import { AnnualPlanSchema } from './plan-schema.js';

/**
 * Schema of one task's pool as the plan stage sees it (任务抽查范围规模): eligible subjects per
 * effective risk class, and of those the enterprises (for 抽查企业比例).
 *
 * @example
 * ```ts
 * TaskPoolSchema.parse({ byClass: { A: 800, B: 150 } }).byClass; //=> { A: 800, B: 150, C: 0, D: 0 }
 * ```
 */
export const TaskPoolSchema = /* @__PURE__ */ (() => z
  .object({
    /** Eligible subjects per effective risk class at the start of the year (可抽取对象数). */
    byClass: PoolCountsSchema,
    /** Of those, enterprises per class (其中企业数). */
    enterprisesByClass: PoolCountsSchema.optional(),
  })
  .strict()
  .meta({ description: '任务抽查范围规模' }))();

/**
 * Schema of the pool sizes of a plan (计划各任务抽查范围规模), the input that lets `validatePlan`
 * estimate the indicators counted in checks — 部门联合随机抽查率, 双随机抽查次数占比 — and
 * 抽查企业比例. Get it from the directory with {@link countPlanPools}, or write the counts by hand.
 *
 * @example
 * ```ts
 * PlanPoolsSchema.parse({ enterprises: 12000, tasks: { T01: { byClass: { A: 80, B: 20 } } } }).enterprises; //=> 12000
 * ```
 */
export const PlanPoolsSchema = /* @__PURE__ */ (() => z
  .object({
    /** Enterprises in the directory that may be drawn, the denominator of 抽查企业比例 (名录库企业数). */
    enterprises: z.number().int().min(0).optional(),
    /** Pool of each task, by task id. */
    tasks: z.record(z.string().min(1), TaskPoolSchema),
  })
  .strict()
  .meta({ description: '计划各任务抽查范围规模' }))();

/**
 * Pool sizes of a plan (计划各任务抽查范围规模), as parsed.
 *
 * @example
 * ```ts
 * const pools: PlanPools = countPlanPools(longwan2023SamplePlan, subjects, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * pools.tasks.T12?.byClass; // every operating subject of the directory, per class
 * ```
 */
export type PlanPools = z.output<typeof PlanPoolsSchema>;
/**
 * Pool sizes of a plan, as accepted on input.
 *
 * @example
 * ```ts
 * const pools: PlanPoolsInput = { tasks: { T01: { byClass: { A: 80, B: 20 } } } };
 * ```
 */
export type PlanPoolsInput = z.input<typeof PlanPoolsSchema>;

/**
 * Options of {@link countPlanPools}.
 *
 * @example
 * ```ts
 * const options: CountPlanPoolsOptions = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * ```
 */
export interface CountPlanPoolsOptions {
  /** The catalogue, for each task's regulated domain (专业领域 → 专业信用风险分类). */
  readonly catalogue: Catalogue;
  /** The policy: excluded statuses and the "通用+专业" fusion rule (required). */
  readonly policy: Policy | PolicyInput;
}

/**
 * Counts each task's pool in a directory, per effective risk class, as it stands at the start of the
 * year (统计计划各任务抽查范围): the pool filter, the policy's excluded statuses and the fusion rule
 * for the task's domain — the same steps as a draw, without the low-risk cap (no checks yet). Pass
 * the result to `validatePlan(plan, { …, pools })` to have the indicators counted in checks estimated.
 *
 * @param plan - the annual plan (untrusted; not mutated)
 * @param directory - the subject directory (检查对象名录库), any iterable of parsed subjects
 * @param options - `{ catalogue, policy }`
 * @returns `{ enterprises, tasks: { [taskId]: { byClass, enterprisesByClass } } }`
 * @throws {ShuangsuijiError} `INVALID_PLAN`; `MISSING_ARGUMENT` (path `['options', 'policy']`);
 *   `INVALID_POLICY`; `INVALID_CATALOGUE`; `UNKNOWN_ITEM` (path `['plan', 'tasks', i, 'itemCodes', j]`);
 *   `INVALID_INPUT` for a malformed subject (path `['pool', index, field]`)
 *
 * @example
 * ```ts
 * const { subjects } = generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 });
 * const pools = countPlanPools(longwan2023SamplePlan, subjects, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * validatePlan(longwan2023SamplePlan, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools }); //=> []
 * ```
 */
export function countPlanPools(plan: unknown, directory: Iterable<Subject>, options: CountPlanPoolsOptions): PlanPools {
  if (options === null || typeof options !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', '选项应为对象 { catalogue, policy }', { path: ['options'] });
  }
  const policy = requirePolicy(options.policy, ['options', 'policy']);
  assertCatalogue(options.catalogue, ['options', 'catalogue']);
  const parsedPlan = parseInput(AnnualPlanSchema, plan, 'INVALID_PLAN', '年度计划');
  if (directory === null || typeof (directory as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '检查对象名录应为数组或可迭代对象', { path: ['directory'] });
  }
  const subjects = [...directory];
  const excluded = new Set<string>(policy.excludedStatuses);
  const enterprises = subjects.filter((subject) => subject.kind === 'enterprise' && !excluded.has(subject.status ?? 'operating')).length;
  const tasks: Record<string, PlanPools['tasks'][string]> = {};
  parsedPlan.tasks.forEach((task, index) => {
    let domain: string | undefined;
    try {
      domain = itemsForTask(options.catalogue, task.itemCodes).find((item) => item.domain !== undefined)?.domain;
    } catch (error) {
      if (isShuangsuijiError(error, 'UNKNOWN_ITEM')) {
        throw new ShuangsuijiError('UNKNOWN_ITEM', error.message, { path: ['plan', 'tasks', index, 'itemCodes', ...error.path], cause: error });
      }
      throw error;
    }
    const filter = createEligibilityFilter(new Map(), policy, domain === undefined ? { listExcluded: false } : { domain, listExcluded: false });
    const enterprisesByClass = { A: 0, B: 0, C: 0, D: 0 };
    for (const subject of filterPool(subjects, task.pool)) {
      const riskClass = filter.check(subject);
      if (riskClass !== undefined && subject.kind === 'enterprise') enterprisesByClass[riskClass] += 1;
    }
    const byClass = filter.counts().byClass;
    tasks[task.id] = { byClass: { ...byClass }, enterprisesByClass };
  });
  return { enterprises, tasks };
}
