import { RISK_CLASSES, type RiskClass } from '../core/risk-class.js';
import type { PlannedTask } from '../plan/plan-schema.js';
import type { Policy } from '../policy/policy-schema.js';
import { Counters } from './kpi-counters.js';
import type { ResolvedKpiContext } from './kpi-context.js';
import { issueDeadline } from '../plan/issue-deadline.js';
import { elapsedShare, projectLinear } from './progress.js';
import type { KpiDepartment, KpiIndicator, KpiIndicatorId, KpiProjection, KpiReport, KpiRiskClassRow, LowRiskOverCap } from './kpi-report.js';

/** Per-task state of the accumulator (internal). */
export interface TaskSlot {
  readonly id: string;
  readonly task: PlannedTask;
  /** Checks counted (checkDate ≤ asOf). */
  checks: number;
  /** Of those, with `riskApplied`. */
  riskApplied: number;
}

/** Per-risk-class state (internal). */
export interface RiskClassSlot {
  checks: number;
  problemsFound: number;
}

/** The accumulator's state handed to {@link buildKpiReport} (internal). */
export interface KpiState {
  readonly records: number;
  readonly ignoredAfterAsOf: number;
  readonly departments: ReadonlyMap<string, Counters>;
  readonly tasks: ReadonlyMap<string, TaskSlot>;
  readonly enterprisesInspected: number;
  /** Per low-risk enterprise, its distinct visits (array or set). */
  readonly lowRiskVisitCounts: ReadonlyMap<string, readonly unknown[] | ReadonlySet<unknown>>;
  readonly byClass: Readonly<Record<RiskClass | 'unclassified', RiskClassSlot>>;
}

interface IndicatorSpec {
  readonly id: KpiIndicatorId;
  readonly name: string;
  readonly clause: string;
  readonly target: number;
  readonly comparison: 'at-least' | 'at-most';
  readonly projection: KpiProjection;
  readonly source: string | undefined;
}

const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the KPI report from an accumulator's state (internal; see docs/kpi.md for every definition).
 *
 * @param state - the accumulated counts
 * @param context - the resolved context
 * @returns the report
 * @throws {ShuangsuijiError} `CALENDAR_OUT_OF_RANGE` for an issue deadline outside the calendar
 *
 * @example
 * ```ts
 * buildKpiReport(state, context).indicators.length; //=> 11
 * ```
 */
export function buildKpiReport(state: KpiState, context: ResolvedKpiContext): KpiReport {
  const { policy, plan, asOf, catalogue } = context;
  const year = plan.year;
  const completionDeadline = context.completionDeadline;
  const phase = asOf < completionDeadline ? 'in-progress' : 'final';
  const elapsed = phase === 'final' ? 1 : elapsedShare(year, asOf, completionDeadline);

  // Departments and totals.
  const totals = new Counters();
  const byDepartment: KpiDepartment[] = [...state.departments.keys()].sort(byText).map((department) => {
    const c = state.departments.get(department) as Counters;
    totals.addAll(c);
    return {
      department,
      ...c.toJSON(),
      shares: {
        doubleRandomShare: ratio(c.doubleRandomChecks, c.checks),
        jointShare: ratio(c.jointRandomChecks, c.randomChecks),
        mobileEnforcementRate: ratio(c.mobileChecks, c.checks),
        followUpRate: ratio(c.problemsFollowedUp, c.problemsFound),
        resultPublicationRate: ratio(c.resultsPublished, c.resultsDue),
      },
    };
  });

  // Tasks: coverage, risk application, publication, issue.
  const coveredCodes = new Set<string>();
  let randomTasksChecked = 0;
  let randomTasksApplying = 0;
  const tasksWithoutRiskApplication: string[] = [];
  let tasksDue = 0;
  let tasksPublished = 0;
  const unpublishedTasks: string[] = [];
  let issueDue = 0;
  let issuedInTime = 0;
  const lateTasks: string[] = [];
  for (const slot of state.tasks.values()) {
    const task = slot.task;
    if (!task.random) continue;
    if (slot.checks > 0) {
      for (const code of task.itemCodes) if (catalogue.byCode.has(code)) coveredCodes.add(code);
      randomTasksChecked += 1;
      if (slot.riskApplied === slot.checks) randomTasksApplying += 1;
      else tasksWithoutRiskApplication.push(task.id);
    }
    const issued = task.issuedOn !== undefined && task.issuedOn <= asOf ? task.issuedOn : undefined;
    const publishedOn = context.taskPublishedOn.get(task.id);
    const published = publishedOn !== undefined && publishedOn <= asOf;
    if (issued !== undefined || slot.checks > 0 || published) {
      tasksDue += 1;
      if (published) tasksPublished += 1;
      else unpublishedTasks.push(task.id);
    }
    const deadline = issueDeadline(year, task.month, { policy, calendar: context.calendar });
    if (issued !== undefined || deadline < asOf) {
      issueDue += 1;
      if (issued !== undefined && issued <= deadline) issuedInTime += 1;
      else lateTasks.push(task.id);
    }
  }
  const uncoveredItems = catalogue.items.map((item) => item.code).filter((code) => !coveredCodes.has(code));

  // Low-risk enterprises over the cap.
  const cap = policy.lowRiskMaxChecksPerYear;
  const lowRiskOverCap: LowRiskOverCap[] = [];
  for (const [subjectId, visits] of state.lowRiskVisitCounts) {
    const checks = 'size' in visits ? visits.size : visits.length;
    if (checks > cap) lowRiskOverCap.push({ subjectId, checks });
  }
  lowRiskOverCap.sort((a, b) => b.checks - a.checks || byText(a.subjectId, b.subjectId));

  const byRiskClass: KpiRiskClassRow[] = [...RISK_CLASSES, 'unclassified' as const].map((riskClass) => {
    const slot = state.byClass[riskClass];
    return { riskClass, checks: slot.checks, problemsFound: slot.problemsFound, problemRate: ratio(slot.problemsFound, slot.checks) };
  });

  const spec = (id: KpiIndicatorId, name: string, clause: string, projection: KpiProjection, policyField?: keyof Policy): IndicatorSpec => {
    const target = policyField === undefined ? 1 : (policy[policyField] as number);
    return { id, name, clause, target, comparison: 'at-least', projection, source: policyField === undefined ? undefined : policy.sources[policyField] };
  };
  const indicator = (s: IndicatorSpec, numerator: number, denominator: number): KpiIndicator => {
    const value = ratio(numerator, denominator);
    const meets = (v: number): boolean => (s.comparison === 'at-least' ? v >= s.target : v <= s.target);
    const met = value === null ? null : meets(value);
    const projected = s.projection === 'linear' ? projectLinear(value, elapsed) : value;
    const onTrack = phase === 'final' || s.projection === 'current' ? met : projected === null ? null : meets(projected);
    return {
      id: s.id,
      name: s.name,
      numerator,
      denominator,
      value,
      target: s.target,
      comparison: s.comparison,
      met,
      clause: s.clause,
      ...(s.source === undefined ? {} : { source: s.source }),
      projection: s.projection,
      projected,
      onTrack,
    };
  };

  const lowRiskSource = policy.sources.lowRiskMaxChecksPerYear;
  const indicators: KpiIndicator[] = [
    indicator(spec('enterpriseInspectionRate', '抽查企业比例', '通知·一', 'linear', 'enterpriseInspectionRate'), state.enterprisesInspected, context.enterprises),
    indicator(spec('itemCoverage', '抽查事项覆盖率', '通知·一', 'linear', 'itemCoverage'), coveredCodes.size, catalogue.items.length),
    indicator(spec('doubleRandomShare', '双随机抽查次数占比', '通知·一', 'current', 'doubleRandomShare'), totals.doubleRandomChecks, totals.checks),
    indicator(spec('riskApplicationRate', '信用风险分类结果应用率', '通知·二', 'current', 'riskApplicationRate'), randomTasksApplying, randomTasksChecked),
    indicator(spec('jointShare', '部门联合随机抽查率', '通知·三', 'current', 'jointShare'), totals.jointRandomChecks, totals.randomChecks),
    indicator(spec('mobileEnforcementRate', '掌上执法应用率', '通知·四', 'current', 'mobileEnforcementRate'), totals.mobileChecks, totals.checks),
    indicator(
      spec('publicationRate', '计划任务和抽查结果公示率', '通知·四', 'current', 'publicationRate'),
      tasksPublished + totals.resultsPublished,
      tasksDue + totals.resultsDue,
    ),
    indicator(
      { ...spec('timelyPublicationRate', '抽查结果按时公示率', '通知·四', 'current', 'publicationRate'), source: policy.sources.publicationWorkingDays },
      totals.resultsPublishedInTime,
      totals.resultsDue,
    ),
    indicator(spec('followUpRate', '后续处置率', '通知·四', 'current', 'followUpRate'), totals.problemsFollowedUp, totals.problemsFound),
    indicator({ ...spec('issueTimeliness', '任务按时下发率', '通知·一', 'current'), source: policy.sources.issueDay }, issuedInTime, issueDue),
    indicator(
      { id: 'lowRiskOverCap', name: '低风险企业抽查超次比例', clause: '通知·二', target: 0, comparison: 'at-most', projection: 'current', source: lowRiskSource },
      lowRiskOverCap.length,
      state.lowRiskVisitCounts.size,
    ),
  ];

  return {
    year,
    asOf,
    completionDeadline,
    phase,
    elapsedShare: elapsed,
    records: state.records,
    ignoredAfterAsOf: state.ignoredAfterAsOf,
    indicators,
    totals: totals.toJSON(),
    byDepartment,
    byRiskClass,
    lowRiskOverCap,
    publication: {
      tasksDue,
      tasksPublished,
      resultsDue: totals.resultsDue,
      resultsPublished: totals.resultsPublished,
      resultsPublishedInTime: totals.resultsPublishedInTime,
      resultsOverdue: totals.resultsOverdue,
      resultsLate: totals.resultsLate,
      unpublishedTasks: unpublishedTasks.sort(byText),
    },
    uncoveredItems,
    tasksWithoutRiskApplication: tasksWithoutRiskApplication.sort(byText),
    lateTasks: lateTasks.sort(byText),
  };
}
