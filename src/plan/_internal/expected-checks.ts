import { isShuangsuijiError } from '../../core/errors.js';
import { RISK_CLASSES } from '../../core/risk-class.js';
import type { Policy } from '../../policy/policy-schema.js';
import { allocateSample } from '../../risk/allocate-sample.js';
import type { Allocation } from '../../risk/allocation-schema.js';
import type { PlannedTask } from '../plan-schema.js';
import type { PlanPools } from '../plan-pools.js';

/**
 * What the plan stage expects of one task (任务预计检查量，内部): its checks, from the pool sizes and
 * the allocation the policy gives, or from its fixed `count` when its pool is unknown.
 * Public as the type of `PlanRuleContext.expected`, which custom rules read.
 *
 * @example
 * ```ts
 * // pools: as in the countPlanPools example
 * const context = createPlanRuleContext(longwan2023SamplePlan, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools });
 * const t16: TaskExpectation | undefined = context.expected.get('T16'); // sampling: { count: 5 }
 * [t16?.basis, t16?.checks === t16?.allocation?.total]; //=> ['pool', true]
 * ```
 */
export interface TaskExpectation {
  /** Expected checks (预计检查次数): the allocation's total. */
  readonly checks: number;
  /** Expected checks of enterprises, when the pool gives enterprises per class. */
  readonly enterprises: number | undefined;
  /** The allocation, when the pool is known. */
  readonly allocation: Allocation | undefined;
  /** `count` above the pool: the whole pool is drawn (样本不足). */
  readonly shortfall: boolean;
  /** `pool`: from the pool sizes; `count`: the task's fixed count, pool unknown (assumed large enough). */
  readonly basis: 'pool' | 'count';
}

/**
 * Expected checks of every task whose checks can be known before the year (预计检查量，内部): a task
 * with a known pool gets the allocation of {@link allocateSample} under the policy; a `count` task
 * with no known pool gets its count; a `ratio` task with no known pool is left out (unknown).
 *
 * @param tasks - the plan's tasks
 * @param pools - the parsed pool sizes, if any
 * @param policy - the policy
 * @returns the expectation per task id
 *
 * @example
 * ```ts
 * expectedChecks(plan.tasks, pools, zhejiang2023).get('T16')?.checks; //=> 5 (count 5)
 * ```
 */
export function expectedChecks(tasks: readonly PlannedTask[], pools: PlanPools | undefined, policy: Policy): ReadonlyMap<string, TaskExpectation> {
  const result = new Map<string, TaskExpectation>();
  for (const task of tasks) {
    const pool = pools?.tasks[task.id];
    if (pool === undefined) {
      if (task.sampling.count !== undefined) {
        result.set(task.id, { checks: task.sampling.count, enterprises: undefined, allocation: undefined, shortfall: false, basis: 'count' });
      }
      continue;
    }
    const poolSize = pool.byClass.A + pool.byClass.B + pool.byClass.C + pool.byClass.D;
    const count = task.sampling.count;
    const shortfall = count !== undefined && count > poolSize;
    let allocation: Allocation;
    try {
      allocation = allocateSample({ poolCounts: pool.byClass, sampling: shortfall ? { ...task.sampling, count: poolSize } : task.sampling }, policy);
    } catch (error) {
      if (isShuangsuijiError(error, 'SAMPLE_TOO_LARGE') || isShuangsuijiError(error, 'INVALID_ALLOCATION')) continue;
      throw error;
    }
    result.set(task.id, { checks: allocation.total, enterprises: enterpriseChecks(allocation, pool), allocation, shortfall, basis: 'pool' });
  }
  return result;
}

function enterpriseChecks(allocation: Allocation, pool: PlanPools['tasks'][string]): number | undefined {
  const enterprises = pool.enterprisesByClass;
  if (enterprises === undefined) return undefined;
  if (allocation.mode === 'unstratified') {
    const all = enterprises.A + enterprises.B + enterprises.C + enterprises.D;
    return allocation.poolSize === 0 ? 0 : (allocation.total * all) / allocation.poolSize;
  }
  let sum = 0;
  for (const riskClass of RISK_CLASSES) {
    const count = pool.byClass[riskClass];
    if (count > 0) sum += (allocation.sizes[riskClass] * enterprises[riskClass]) / count;
  }
  return sum;
}
