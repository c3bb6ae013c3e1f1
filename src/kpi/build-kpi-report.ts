import { RISK_CLASSES, type RiskClass } from '../core/risk-class.js';
import type { PlannedTask } from '../plan/plan-schema.js';
import { INDICATORS, describeIndicator, indicatorClause, indicatorTarget, targetText, type IndicatorId } from '../policy/indicators.js';
import { citeField } from '../policy/policy-field.js';
import { Counters } from './kpi-counters.js';
import type { ResolvedKpiContext } from './kpi-context.js';
import { issueDeadline } from '../plan/issue-deadline.js';
import { elapsedShare, projectLinear } from './progress.js';
import type { KpiDepartment, KpiIndicator, KpiReport, KpiRiskClassRow, LowRiskOverCap } from './kpi-report.js';

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
      // A code not in the catalogue is collected too and simply never looked up (coverage walks the catalogue's items).
      for (const code of task.itemCodes) coveredCodes.add(code);
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
    if (policy.issueDay === undefined) continue;
    const deadline = issueDeadline(year, task.month, { policy, calendar: context.calendar });
    if (issued !== undefined || deadline < asOf) {
      issueDue += 1;
      if (issued !== undefined && issued <= deadline) issuedInTime += 1;
      else lateTasks.push(task.id);
    }
  }
  // 抽查事项覆盖率: placeholder items (still to be filled) are left out of both counts, as in the plan rule.
  const realItems = catalogue.items.filter((item) => !item.placeholder).map((item) => item.code);
  const uncoveredItems = realItems.filter((code) => !coveredCodes.has(code));
  const coveredItems = realItems.length - uncoveredItems.length;

  // Low-risk enterprises over the cap (none is tracked when the policy sets no cap).
  const cap = policy.lowRiskMaxChecksPerYear ?? Number.MAX_SAFE_INTEGER;
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

  const indicator = (id: IndicatorId, numerator: number, denominator: number): KpiIndicator => {
    const definition = INDICATORS[id];
    const target = indicatorTarget(policy, id);
    const value = ratio(numerator, denominator);
    const meets = (v: number, t: number): boolean => (definition.comparison === 'at-least' ? v >= t : v <= t);
    const met = value === null || target === null ? null : meets(value, target);
    const projected = definition.projection === 'linear' ? projectLinear(value, elapsed) : value;
    const onTrack =
      target === null ? null : phase === 'final' || definition.projection === 'current' ? met : projected === null ? null : meets(projected, target);
    const clause = indicatorClause(policy, id);
    const base = {
      id,
      name: definition.name,
      numerator,
      denominator,
      value,
      target,
      comparison: definition.comparison,
      met,
      clause,
      source: citeField(policy, definition.sourceField),
      projection: definition.projection,
      projected,
      onTrack,
      description: describeIndicator(policy, id),
    };
    return { ...base, line: reportLine(base, definition.unit, definition.denominator, phase, targetText(policy, id)) };
  };

  const indicators: KpiIndicator[] = [
    indicator('enterpriseInspectionRate', state.enterprisesInspected, context.enterprises),
    indicator('itemCoverage', coveredItems, realItems.length),
    indicator('doubleRandomShare', totals.doubleRandomChecks, totals.checks),
    indicator('riskApplicationRate', randomTasksApplying, randomTasksChecked),
    indicator('jointShare', totals.jointRandomChecks, totals.randomChecks),
    indicator('mobileEnforcementRate', totals.mobileChecks, totals.checks),
    indicator('publicationRate', tasksPublished + totals.resultsPublished, tasksDue + totals.resultsDue),
    indicator('timelyPublicationRate', totals.resultsPublishedInTime, totals.resultsDue),
    indicator('followUpRate', totals.problemsFollowedUp, totals.problemsFound),
    indicator('issueTimeliness', issuedInTime, issueDue),
    indicator('lowRiskOverCap', lowRiskOverCap.length, state.lowRiskVisitCounts.size),
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

const percentText = (share: number): string => `${String(Math.round(share * 1000) / 10)}%`;

/**
 * One line of the report for an indicator, in Chinese (指标报告行，内部), rendered from the policy:
 * value, counts, target, verdict, progress and clause.
 *
 * @returns e.g. `部门联合随机抽查率 19%（570/3000 次），目标 ≥ 30%，未达标（通知·三）`
 *
 * @example
 * ```ts
 * report.indicators.find((i) => i.id === 'jointShare')?.line; //=> '部门联合随机抽查率 100%（1/1 次），目标 ≥ 30%，已达标（通知·三）'
 * ```
 */
function reportLine(
  indicator: Omit<KpiIndicator, 'line'>,
  unit: string,
  denominatorName: string,
  phase: KpiReport['phase'],
  target: string,
): string {
  if (indicator.value === null) return `${indicator.name}：不适用（${denominatorName}为 0）（${indicator.clause}）`;
  const head = `${indicator.name} ${percentText(indicator.value)}（${indicator.numerator}/${indicator.denominator} ${unit}）`;
  if (indicator.target === null) return `${head}，${target}（${indicator.clause}）`;
  const verdict = indicator.met === true ? '已达标' : '未达标';
  const progress =
    phase === 'in-progress' && indicator.projection === 'linear' && indicator.projected !== null
      ? `，按进度预计 ${percentText(indicator.projected)}，${indicator.onTrack === true ? '进度正常' : '进度落后'}`
      : '';
  return `${head}，目标 ${target}，${phase === 'final' ? verdict : `目前${verdict}`}${progress}（${indicator.clause}）`;
}
