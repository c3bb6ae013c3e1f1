import type { CivilDate } from '../core/civil-date.js';
import type { KpiIndicatorId } from '../kpi/kpi-report.js';
import type { Distribution } from './distribution.js';

/**
 * One KPI over the runs of a simulation (指标推演结果).
 *
 * @example
 * ```ts
 * // result = simulatePlan(longwan2023SamplePlan, subjects, { runs: 5, … }), as for SimulationResult
 * const joint: SimulatedIndicator | undefined = result.indicators.find((i) => i.id === 'jointShare');
 * [joint?.target, joint?.value?.n, joint?.missProbability]; //=> [0.3, 5, 0]
 * ```
 */
export interface SimulatedIndicator {
  readonly id: KpiIndicatorId;
  /** Chinese name (指标名称). */
  readonly name: string;
  /** The policy's target, or `null` when it sets none (never missed). */
  readonly target: number | null;
  readonly comparison: 'at-least' | 'at-most';
  /** Reference of the target's source in the policy (条款). */
  readonly clause: string;
  /** What the indicator counts and its target, rendered from the policy (指标说明). */
  readonly description: string;
  /** The indicator's value over the runs where it had something to measure; `null` when it never had. */
  readonly value: Distribution | null;
  /** Share of runs that missed the target (未达标概率): runs with `met === false` / runs. */
  readonly missProbability: number;
  /** Runs where the indicator had nothing to measure (`value: null`, 不适用). */
  readonly notApplicableRuns: number;
}

/**
 * One task over the runs of a simulation (任务推演结果).
 *
 * @example
 * ```ts
 * // result = simulatePlan(longwan2023SamplePlan, subjects, { runs: 5, … }), as for SimulationResult
 * const task: SimulatedTask | undefined = result.tasks.find((t) => t.taskId === 'T16'); // sampling: { count: 5 }
 * [task?.eligible.mean, task?.drawn.mean, task?.shortfallRuns]; //=> [1, 1, 5]
 * ```
 */
export interface SimulatedTask {
  readonly taskId: string;
  /** Eligible subjects in the task's pool, after the low-risk cap (可抽取对象数). */
  readonly eligible: Distribution;
  /** Subjects drawn (抽取数). */
  readonly drawn: Distribution;
  /** Low-risk enterprises left out because they reached the yearly cap (低风险企业超次排除数). */
  readonly cappedOut: Distribution;
  /** Runs in which a fixed `count` exceeded the eligible subjects, so the whole pool was drawn (样本不足). */
  readonly shortfallRuns: number;
}

/**
 * How the visits of the runs were staffed (派员推演结果); present when inspectors are given.
 *
 * @example
 * ```ts
 * const { subjects, inspectors } = generateDirectory({ seed: 'demo', size: 2_000 });
 * const options = { runs: 2, seed: 'what-if', catalogue: zhejiang2023Catalogue, policy: zhejiang2023, inspectors }; // no 区商务局 staff among them
 * const staffing: SimulatedStaffing | null = simulatePlan(longwan2023SamplePlan, subjects, options).staffing;
 * [staffing?.staffedRuns, staffing?.failureProbability, staffing?.firstFailure?.constraint]; //=> [0, 1, 'department:区商务局']
 * ```
 */
export interface SimulatedStaffing {
  /** Runs in which every visit was staffed. */
  readonly staffedRuns: number;
  /** Share of runs in which some visit could not be staffed (派员失败概率). */
  readonly failureProbability: number;
  /** Most visits given to one inspector in a staffed run (单人最多走访数). */
  readonly maxLoad: Distribution | null;
  /** Mean visits per assigned inspector in a staffed run (人均走访数). */
  readonly meanLoad: Distribution | null;
  /** The first failure seen, if any: run number, visit and constraint (首个失败). */
  readonly firstFailure: { readonly run: number; readonly visitId: string; readonly constraint: string; readonly message: string } | null;
}

/**
 * Result of `simulatePlan` (年度计划推演结果).
 *
 * @example
 * ```ts
 * const { subjects } = generateDirectory({ seed: 'demo', size: 2_000 });
 * const result: SimulationResult = simulatePlan(longwan2023SamplePlan, subjects, { runs: 5, seed: 'what-if', catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * [result.runs, result.asOf, result.indicators.length, result.staffing]; //=> [5, '2023-10-31', 11, null]
 * ```
 */
export interface SimulationResult {
  readonly runs: number;
  readonly seed: string;
  /** Day of the KPI report of every run. */
  readonly asOf: CivilDate;
  /** Enterprises in the directory that may be drawn: the denominator of 抽查企业比例. */
  readonly enterprises: number;
  /** Every KPI of the report, in `KPI_INDICATOR_IDS` order. */
  readonly indicators: readonly SimulatedIndicator[];
  /** Drawn (task, subject) pairs (抽中次数). */
  readonly pairs: Distribution;
  /** Visits after merging (上门次数). */
  readonly visits: Distribution;
  /** Visits spared by merging, pairs − visits (合并减少上门次数). */
  readonly saved: Distribution;
  /** Distinct subjects drawn (被抽中的主体数). */
  readonly subjects: Distribution;
  /** Per task (random or not), in schedule order (month, then position in the plan). */
  readonly tasks: readonly SimulatedTask[];
  /** Staffing of the visits, or `null` when no inspectors were given (skipped). */
  readonly staffing: SimulatedStaffing | null;
}
