import type { KpiCounts } from './kpi-report.js';

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
    this.checks += other.checks;
    this.doubleRandomChecks += other.doubleRandomChecks;
    this.mobileChecks += other.mobileChecks;
    this.randomChecks += other.randomChecks;
    this.jointRandomChecks += other.jointRandomChecks;
    this.resultsFormed += other.resultsFormed;
    this.problemsFound += other.problemsFound;
    this.problemsFollowedUp += other.problemsFollowedUp;
    this.resultsDue += other.resultsDue;
    this.resultsPublished += other.resultsPublished;
    this.resultsPublishedInTime += other.resultsPublishedInTime;
    this.resultsOverdue += other.resultsOverdue;
    this.resultsLate += other.resultsLate;
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
    return {
      checks: this.checks,
      doubleRandomChecks: this.doubleRandomChecks,
      mobileChecks: this.mobileChecks,
      randomChecks: this.randomChecks,
      jointRandomChecks: this.jointRandomChecks,
      resultsFormed: this.resultsFormed,
      problemsFound: this.problemsFound,
      problemsFollowedUp: this.problemsFollowedUp,
      resultsDue: this.resultsDue,
      resultsPublished: this.resultsPublished,
      resultsPublishedInTime: this.resultsPublishedInTime,
      resultsOverdue: this.resultsOverdue,
      resultsLate: this.resultsLate,
    };
  }
}
