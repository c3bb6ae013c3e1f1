import type { KpiCounts } from './kpi-report.js';

/**
 * The fields of {@link KpiCounts}, in report order (部门计数字段，内部): the one list that merging,
 * copying and serialising the counters walk.
 *
 * @example
 * ```ts
 * KPI_COUNT_KEYS[0]; //=> 'checks'
 * ```
 */
export const KPI_COUNT_KEYS = [
  'checks',
  'doubleRandomChecks',
  'mobileChecks',
  'randomChecks',
  'jointRandomChecks',
  'resultsFormed',
  'problemsFound',
  'problemsFollowedUp',
  'resultsDue',
  'resultsPublished',
  'resultsPublishedInTime',
  'resultsOverdue',
  'resultsLate',
] as const satisfies readonly (keyof KpiCounts)[];

/**
 * Mutable counters of one department (internal hot-path state of the KPI accumulator).
 * Fields are those of {@link KpiCounts}; all start at 0.
 *
 * @example
 * ```ts
 * const counters = new Counters();
 * counters.checks += 1;
 * ```
 */
export class Counters implements KpiCounts {
  checks = 0;
  doubleRandomChecks = 0;
  mobileChecks = 0;
  randomChecks = 0;
  jointRandomChecks = 0;
  resultsFormed = 0;
  problemsFound = 0;
  problemsFollowedUp = 0;
  resultsDue = 0;
  resultsPublished = 0;
  resultsPublishedInTime = 0;
  resultsOverdue = 0;
  resultsLate = 0;

  /**
   * Adds another set of counters into this one.
   *
   * @param other - counters to add
   * @returns this
   *
   * @example
   * ```ts
   * new Counters().addAll(other).checks; //=> other.checks
   * ```
   */
  addAll(other: KpiCounts): this {
    for (const key of KPI_COUNT_KEYS) this[key] += other[key];
    return this;
  }

  /**
   * A plain copy for the report.
   *
   * @returns the counts as a plain object
   *
   * @example
   * ```ts
   * new Counters().toJSON().checks; //=> 0
   * ```
   */
  toJSON(): KpiCounts {
    return Object.fromEntries(KPI_COUNT_KEYS.map((key) => [key, this[key]])) as unknown as KpiCounts;
  }
}
