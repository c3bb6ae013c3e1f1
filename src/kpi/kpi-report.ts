import type { CivilDate } from '../core/civil-date.js';
import type { RiskClass } from '../core/risk-class.js';
import { INDICATOR_IDS, type IndicatorId } from '../policy/indicators.js';

/**
 * Ids of the indicators of a KPI report (指标标识): the same list as `INDICATOR_IDS`, whose definitions
 * (`INDICATORS`) the plan rules share. Where a policy field holds the target the id is that field's name.
 *
 * @example
 * ```ts
 * KPI_INDICATOR_IDS[0]; //=> 'enterpriseInspectionRate'
 * ```
 */
export const KPI_INDICATOR_IDS: typeof INDICATOR_IDS = INDICATOR_IDS;

/**
 * Id of an indicator (指标标识).
 *
 * @example
 * ```ts
 * // report = computeKpis([record], context), as in the KpiReport example
 * const id: KpiIndicatorId = 'jointShare';
 * report.indicators.find((indicator) => indicator.id === id)?.target; //=> 0.3
 * ```
 */
export type KpiIndicatorId = IndicatorId;

/**
 * How progress before the completion deadline is judged (进度判断方法): `linear` projects the
 * cumulative numerator linearly from 1 January to the deadline; `current` takes the current value.
 *
 * @example
 * ```ts
 * // report = computeKpis([record], context), as in the KpiReport example
 * const projection: KpiProjection = 'linear';
 * report.indicators.filter((indicator) => indicator.projection === projection).map((indicator) => indicator.id); //=> ['enterpriseInspectionRate', 'itemCoverage']
 * ```
 */
export type KpiProjection = 'linear' | 'current';

/**
 * One indicator of a KPI report (指标). `value` is `numerator / denominator`, `null` when the denominator is 0.
 *
 * @example
 * ```ts
 * // report = computeKpis([record], context), as in the KpiReport example: one enterprise of 1 000 checked
 * const indicator: KpiIndicator | undefined = report.indicators.find((i) => i.id === 'enterpriseInspectionRate');
 * [indicator?.numerator, indicator?.denominator, indicator?.value, indicator?.target, indicator?.met]; //=> [1, 1000, 0.001, 0.03, false]
 * ```
 */
export interface KpiIndicator {
  readonly id: KpiIndicatorId;
  /** Chinese name (指标名称), e.g. `抽查企业比例`. */
  readonly name: string;
  readonly numerator: number;
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when nothing is counted (不适用). */
  readonly value: number | null;
  /** The policy's target (目标值), or `null` when the policy sets none: measured, not judged. */
  readonly target: number | null;
  /** `at-least`: met when value ≥ target; `at-most`: met when value ≤ target. */
  readonly comparison: 'at-least' | 'at-most';
  /** Whether the target is met now; `null` when `value` or `target` is `null`. */
  readonly met: boolean | null;
  /** Reference of the target's source in the policy (条款), e.g. `通知·一` for zhejiang2023. */
  readonly clause: string;
  /** The citation of the target's source, rendered from the policy (出处). */
  readonly source: string;
  /** What the indicator counts and its target, rendered from the policy (指标说明). */
  readonly description: string;
  /** The indicator in one line of Chinese (报告行): value, counts, target, verdict, progress, clause. */
  readonly line: string;
  readonly projection: KpiProjection;
  /** Value expected at the completion deadline at the current pace (`null` when unknown). */
  readonly projected: number | null;
  /** Whether the indicator is on track for the completion deadline (进度正常); `null` when unknown. */
  readonly onTrack: boolean | null;
}

/**
 * Counts of one department or of the whole report (分部门统计). See docs/kpi.md for each definition.
 *
 * @example
 * ```ts
 * // report = computeKpis([record], context), as in the KpiReport example
 * const totals: KpiCounts = report.totals;
 * [totals.checks, totals.randomChecks, totals.jointRandomChecks, totals.problemsFound]; //=> [1, 1, 1, 1]
 * ```
 */
export interface KpiCounts {
  /** Records with checkDate ≤ asOf (检查次数). */
  readonly checks: number;
  /** Of those, `doubleRandom` (双随机抽查次数). */
  readonly doubleRandomChecks: number;
  /** Of those, `mobile` (掌上执法检查次数). */
  readonly mobileChecks: number;
  /** Checks in random plan tasks (随机抽查次数). */
  readonly randomChecks: number;
  /** Random checks with `joint` (部门联合随机抽查次数). */
  readonly jointRandomChecks: number;
  /** Random checks whose result is formed by asOf (已形成结果). */
  readonly resultsFormed: number;
  /** Formed results that found a problem (发现问题). */
  readonly problemsFound: number;
  /** Problems followed up (已后续处置). */
  readonly problemsFollowedUp: number;
  /** Results due for publication: published by asOf, or deadline < asOf (应公示结果). */
  readonly resultsDue: number;
  /** Results published by asOf (已公示结果). */
  readonly resultsPublished: number;
  /** Results published on or before their deadline (按时公示). */
  readonly resultsPublishedInTime: number;
  /** Due, not published by asOf (逾期未公示). */
  readonly resultsOverdue: number;
  /** Published after the deadline (逾期公示). */
  readonly resultsLate: number;
}

/**
 * One department's counts with its main shares (部门统计).
 *
 * @example
 * ```ts
 * // report = computeKpis([record], context), as in the KpiReport example
 * const department: KpiDepartment | undefined = report.byDepartment[0];
 * [department?.department, department?.checks, department?.shares.jointShare]; //=> ['餐饮科', 1, 1]
 * ```
 */
export interface KpiDepartment extends KpiCounts {
  readonly department: string;
  readonly shares: {
    readonly doubleRandomShare: number | null;
    readonly jointShare: number | null;
    readonly mobileEnforcementRate: number | null;
    readonly followUpRate: number | null;
    readonly resultPublicationRate: number | null;
  };
}

/**
 * Problem-finding rate of one risk class (分风险类别问题发现率).
 *
 * @example
 * ```ts
 * // report = computeKpis([record], context), as in the KpiReport example
 * const row: KpiRiskClassRow | undefined = report.byRiskClass.find((r) => r.riskClass === 'B');
 * [row?.checks, row?.problemsFound, row?.problemRate]; //=> [1, 1, 1]
 * ```
 */
export interface KpiRiskClassRow {
  /** The record's class at the time of the check, or `unclassified`. */
  readonly riskClass: RiskClass | 'unclassified';
  /** Random checks of enterprises and others whose result is formed. */
  readonly checks: number;
  readonly problemsFound: number;
  /** `problemsFound / checks`, `null` when no checks. */
  readonly problemRate: number | null;
}

/**
 * A low-risk enterprise checked more often than the yearly cap (低风险企业抽查超次).
 *
 * @example
 * ```ts
 * // record, context: as in the KpiReport example; zhejiang2023 allows 2 checks a year of a low-risk enterprise
 * const low = { ...record, subjectId: 's9', riskClass: 'A' as const };
 * const over: readonly LowRiskOverCap[] = computeKpis(['T01', 'T08', 'T13'].map((taskId, i) => ({ ...low, taskId, visitId: `v${i}` })), context).lowRiskOverCap;
 * over; //=> [{ subjectId: 's9', checks: 3 }]
 * ```
 */
export interface LowRiskOverCap {
  readonly subjectId: string;
  /** Distinct visits of random checks while in a low-risk class (抽查次数). */
  readonly checks: number;
}

/**
 * The KPI report (指标报告).
 *
 * @example
 * ```ts
 * // record: the check of T03 in the InspectionRecordInput example
 * const context = { enterprises: 1000, catalogue: zhejiang2023Catalogue, plan: longwan2023SamplePlan, policy: zhejiang2023, asOf: '2023-10-31' };
 * const report: KpiReport = computeKpis([record], context);
 * [report.phase, report.records, report.indicators.length, report.totals.checks]; //=> ['final', 1, 11, 1]
 * ```
 */
export interface KpiReport {
  readonly year: number;
  readonly asOf: CivilDate;
  /** Day all indicators are due (指标完成期限), from `policy.completionDeadline`. */
  readonly completionDeadline: CivilDate;
  /** `in-progress` before the completion deadline, `final` on or after it. */
  readonly phase: 'in-progress' | 'final';
  /** Share of the period 1 January → completion deadline elapsed at asOf (时间进度), 0–1. */
  readonly elapsedShare: number;
  /** Records added (记录数), including those ignored. */
  readonly records: number;
  /** Records with checkDate after asOf, left out (晚于统计日期的记录). */
  readonly ignoredAfterAsOf: number;
  readonly indicators: readonly KpiIndicator[];
  /** Totals over all departments. */
  readonly totals: KpiCounts;
  readonly byDepartment: readonly KpiDepartment[];
  readonly byRiskClass: readonly KpiRiskClassRow[];
  /** Sorted by checks (descending) then id. */
  readonly lowRiskOverCap: readonly LowRiskOverCap[];
  readonly publication: {
    readonly tasksDue: number;
    readonly tasksPublished: number;
    readonly resultsDue: number;
    readonly resultsPublished: number;
    readonly resultsPublishedInTime: number;
    readonly resultsOverdue: number;
    readonly resultsLate: number;
    /** Task ids due and not published. */
    readonly unpublishedTasks: readonly string[];
  };
  /** Catalogue item codes not covered yet (未覆盖抽查事项). */
  readonly uncoveredItems: readonly string[];
  /** Random task ids with checks where some check did not apply risk classification. */
  readonly tasksWithoutRiskApplication: readonly string[];
  /** Random task ids due for issue and not issued by their deadline. */
  readonly lateTasks: readonly string[];
}
