import type { RiskClass } from '../core/risk-class.js';
import type { Subject } from '../directory/subject.js';
import { SubjectDraw } from '../draw/subject-draw.js';
import type { DrawnSubject } from '../draw/subject-draw.js';
import type { PlannedTask } from '../plan/plan-schema.js';
import type { Policy } from '../policy/policy-schema.js';
import { allocateSample } from '../risk/allocate-sample.js';
import { createEligibilityFilter } from '../risk/eligibility-filter.js';

/** A random task ready to be drawn in every run: its pool filtered once (推演任务，内部). */
export interface PreparedTask {
  readonly task: PlannedTask;
  /** Subjects matching the task's pool filter. */
  readonly pool: readonly Subject[];
  /** The draw item of `pool[i]`, built once: its class for this task does not change between runs. */
  readonly items: readonly SimulatedPoolItem[];
  /** Regulated domain of the task's items, for the "通用+专业" fusion of risk classes. */
  readonly domain: string | undefined;
}

/** A pool item of a simulated draw: the subject's id and kind, and its effective class as stratum. */
export interface SimulatedPoolItem {
  readonly id: string;
  readonly kind: Subject['kind'];
  readonly stratum: RiskClass;
}

/** One task drawn in one run (单次推演的任务抽取结果，内部). */
export interface RunDraw {
  readonly taskId: string;
  readonly selected: readonly DrawnSubject<SimulatedPoolItem>[];
  readonly eligible: number;
  readonly cappedOut: number;
  readonly shortfall: boolean;
}

/**
 * Builds the draw items of a task's pool once (推演抽取对象，内部): each subject with its effective
 * risk class for the task's domain, which does not depend on the run. A subject the filter excludes
 * whatever the history (注销、吊销) gets its general class; it is never drawn.
 *
 * @param pool - subjects matching the task's pool filter
 * @param policy - the parsed policy
 * @param domain - the task's domain, if any
 * @returns one item per subject, index for index
 *
 * @example
 * ```ts
 * poolItems([{ id: 's1', name: '甲', kind: 'enterprise', status: 'operating', tags: [], domainRiskClasses: { food: 'C' }, riskClass: 'A' }], zhejiang2023, 'food')[0]?.stratum;
 * //=> 'C'
 * ```
 */
export function poolItems(pool: readonly Subject[], policy: Policy, domain: string | undefined): SimulatedPoolItem[] {
  const { lowRiskMaxChecksPerYear: _cap, ...uncapped } = policy;
  const filter = createEligibilityFilter(new Map(), uncapped, domain === undefined ? { listExcluded: false } : { domain, listExcluded: false });
  return pool.map((subject) => ({
    id: subject.id,
    kind: subject.kind,
    stratum: filter.check({ ...subject, status: 'operating' }) ?? subject.riskClass ?? policy.unclassifiedRiskClass,
  }));
}

/**
 * Draws every task of one simulated year (推演一年的抽取，内部), in schedule order: for each task
 * the eligibility filter with the checks of the year so far (so the low-risk cap of 通知·二 applies),
 * the allocation per class, and `drawSubjects` with the run's seed (`${runSeed}/${taskId}` tickets,
 * as a real draw with that seed would give). Each drawn pair adds one check to the history, so
 * tasks merged into one visit later count separately here: the cap is applied conservatively. A
 * fixed `count` above the eligible subjects draws them all and is reported as a shortfall.
 *
 * @param tasks - prepared tasks in schedule order
 * @param policy - the parsed policy
 * @param runSeed - the run's seed
 * @returns one draw per task, in the order given
 * @throws {ShuangsuijiError} the codes of `allocateSample` and `drawSubjects`
 *
 * @example
 * ```ts
 * drawPlanRun(prepared, zhejiang2023, 'demo/run-1').map((draw) => draw.taskId); //=> ['T01', 'T02', …]
 * ```
 */
export function drawPlanRun(tasks: readonly PreparedTask[], policy: Policy, runSeed: string): RunDraw[] {
  const history = new Map<string, number>();
  const noHistory = new Map<string, number>();
  const draws: RunDraw[] = [];
  for (const { task, pool, items: poolItems, domain } of tasks) {
    // The low-risk cap limits random checks: a non-random task neither meets it nor adds to it.
    const filter = createEligibilityFilter(task.random ? history : noHistory, policy, domain === undefined ? { listExcluded: false } : { domain, listExcluded: false });
    const items: SimulatedPoolItem[] = [];
    for (let i = 0; i < pool.length; i += 1) {
      if (filter.check(pool[i] as Subject) !== undefined) items.push(poolItems[i] as SimulatedPoolItem);
    }
    const counts = filter.counts();
    const count = task.sampling.count;
    const shortfall = count !== undefined && count > counts.eligible;
    const sampling = shortfall ? { ...task.sampling, count: counts.eligible } : task.sampling;
    const allocation = allocateSample({ poolCounts: counts.byClass, sampling }, policy);
    // A simulated draw: the tickets of drawSubjects, without the pool commitment of a real record.
    const draw = new SubjectDraw<SimulatedPoolItem>(
      { seed: runSeed, taskId: task.id, ...(allocation.sizes === undefined ? { size: allocation.total } : { allocation: allocation.sizes }) },
      { kind: 'simulate' },
    );
    draw.addElement(items);
    const { selected } = draw.finish();
    if (task.random) for (const drawn of selected) history.set(drawn.id, (history.get(drawn.id) ?? 0) + 1);
    draws.push({ taskId: task.id, selected, eligible: counts.eligible, cappedOut: counts.byReason['low-risk-cap'], shortfall });
  }
  return draws;
}
