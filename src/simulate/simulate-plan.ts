import { ShuangsuijiError, isShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { CivilDate } from '../core/civil-date.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import { itemsForTask } from '../catalogue/items-for-task.js';
import { filterPool } from '../directory/pool-filter.js';
import type { SubjectInput } from '../directory/subject.js';
import { drawInspectors } from '../draw/draw-inspectors.js';
import type { InspectorRulesInput } from '../draw/inspector-rules.js';
import { createKpiAccumulator } from '../kpi/kpi-accumulator.js';
import type { KpiContext } from '../kpi/kpi-context.js';
import { KPI_INDICATOR_IDS, type KpiIndicator, type KpiIndicatorId } from '../kpi/kpi-report.js';
import { assignmentsFromDraws } from '../merge/assignments-from-draws.js';
import { mergeTasks } from '../merge/merge-tasks.js';
import { issueDeadline } from '../plan/issue-deadline.js';
import { AnnualPlanSchema } from '../plan/plan-schema.js';
import { requirePolicy } from '../policy/policy-field.js';
import { completionDeadlineFor } from '../policy/completion-deadline-for.js';
import { checkDirectory } from './check-directory.js';
import { summarizeDistribution, type Distribution } from './distribution.js';
import { drawPlanRun, poolItems, type PreparedTask } from './draw-plan-run.js';
import { createRecordSimulator, type DrawnCheck } from './record-simulator.js';
import { SimulatePlanOptionsSchema, type SimulatePlanOptions } from './simulate-plan-options.js';
import type { SimulatedIndicator, SimulatedStaffing, SimulatedTask, SimulationResult } from './simulation-result.js';

/**
 * Simulates an annual plan before the year starts (年度计划推演, Monte Carlo): how the year's KPIs
 * may come out with this plan on this directory, and how likely each target is to be missed — so a
 * bureau can tune ratios and counts before it issues tasks.
 *
 * Each of `runs` simulated years uses the seed `${seed}/run-${i}` (i = 1 … runs) and
 *
 * 1. draws every task in schedule order (month, then position in the plan) — a task with
 *    `random: false` too, as a model of the subjects it will check, so 双随机抽查次数占比 counts its
 *    checks as the KPI report does; its checks do not count towards the low-risk cap — : the pool filter,
 *    the eligibility filter with the year's checks so far (the low-risk cap of 通知·二 applies), the
 *    per-class allocation (`allocateSample`) and `drawSubjects` with the run's seed — the very draw a
 *    ceremony with that seed would give; a fixed `count` above the eligible subjects draws them all
 *    and is counted as a shortfall;
 * 2. merges the drawn pairs into visits (`mergeTasks`, 进一次门、查多项事);
 * 3. when `inspectors` are given, staffs the visits (`drawInspectors`); a run with a visit that cannot
 *    be staffed counts as a staffing failure (its KPIs still count). Without inspectors this step is
 *    skipped, which is faster;
 * 4. simulates the results of every check (see `simulateInspectionRecords`: problems found at the
 *    per-class rates, publication on time or late, follow-up), with the seed `${seed}/run-${i}/results`;
 * 5. computes the KPI report at `asOf` with a KPI accumulator. Every plan task counts as published on
 *    its `issuedOn` (or its issue deadline; the 1st of its month when the policy sets no issue day).
 *
 * It returns, for every KPI, the distribution of its value over the runs and the share of runs that
 * missed the target, plus the distributions of drawn pairs, visits, visits saved by merging, distinct
 * subjects, per-task eligible and drawn counts, and inspector loads. The same inputs give the same
 * result on every machine. A run over 100 000 subjects and the 20 tasks of `longwan2023SamplePlan`
 * hashes every pool once (≈ 175 000 SHA-256 tickets) and takes about 0.3–0.5 s; 10 runs take a few
 * seconds.
 *
 * @param plan - the annual plan (untrusted; not mutated)
 * @param directory - the subject directory (检查对象名录库), any iterable; checked by hand, not by zod
 * @param options - `{ runs, seed, catalogue, policy, asOf?, results?, inspectors?, inspectorRules?, calendar? }`
 * @returns the {@link SimulationResult}
 * @throws {ShuangsuijiError} `INVALID_INPUT` for bad options (`runs` ≤ 0: path `['runs']`) or a bad
 *   subject (path `['directory', i, field]`); `EMPTY_SEED` (path `['seed']`); `INVALID_PLAN`;
 *   `MISSING_ARGUMENT` (path `['policy']`); `INVALID_POLICY`; `INVALID_CATALOGUE` (path `['catalogue']`); `UNKNOWN_ITEM` for a task item not in
 *   the catalogue (path `['plan', 'tasks', i, 'itemCodes', j]`); `DUPLICATE_ID` for a repeated subject id
 *
 * @example
 * ```ts
 * const { subjects } = generateDirectory({ seed: 'demo', size: 20_000 });
 * const options = { runs: 5, seed: 'what-if', catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * const result = simulatePlan(longwan2023SamplePlan, subjects, options);
 * const share = result.indicators.find((i) => i.id === 'enterpriseInspectionRate');
 * share?.missProbability; //=> 0 (every run inspects more than 3 % of enterprises)
 * result.visits.mean < result.pairs.mean; //=> true (merging saves visits)
 * simulatePlan(longwan2023SamplePlan, subjects, { ...options, runs: 0 }); // throws INVALID_INPUT, path ['runs']
 * simulatePlan(longwan2023SamplePlan, subjects, { ...options, seed: '' }); // throws EMPTY_SEED
 * ```
 */
export function simulatePlan(plan: unknown, directory: Iterable<SubjectInput>, options: SimulatePlanOptions): SimulationResult {
  if (options === null || typeof options !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', '推演参数应为对象 { runs, seed, catalogue, policy }', { path: ['options'] });
  }
  const policy = requirePolicy(options.policy, ['policy']);
  const parsed = parseInput(SimulatePlanOptionsSchema, { ...options, policy }, 'INVALID_INPUT', '推演参数');
  const parsedPlan = parseInput(AnnualPlanSchema, plan, 'INVALID_PLAN', '年度计划');
  const { catalogue, runs, seed } = parsed;
  const calendar = parsed.calendar ?? chinaCalendar;
  const subjects = checkDirectory(directory);
  const year = parsedPlan.year;
  const asOf: CivilDate = parsed.asOf ?? completionDeadlineFor(policy, year);
  const enterprises = subjects.filter((subject) => subject.kind === 'enterprise' && !policy.excludedStatuses.includes(subject.status)).length;

  const prepared: PreparedTask[] = parsedPlan.tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => a.task.month - b.task.month || a.index - b.index)
    .map(({ task, index }) => {
      let items;
      try {
        items = itemsForTask(catalogue, task.itemCodes);
      } catch (error) {
        if (isShuangsuijiError(error, 'UNKNOWN_ITEM')) {
          throw new ShuangsuijiError('UNKNOWN_ITEM', error.message, { path: ['plan', 'tasks', index, 'itemCodes', ...error.path], cause: error });
        }
        throw error;
      }
      const pool = [...filterPool(subjects, task.pool)];
      const domain = items.find((item) => item.domain !== undefined)?.domain;
      return { task, pool, items: poolItems(pool, policy, domain), domain };
    });

  const taskPublications = prepared.filter(({ task }) => task.random).map(({ task }) => ({
    taskId: task.id,
    publishedOn:
      task.issuedOn ??
      (policy.issueDay === undefined ? `${String(year).padStart(4, '0')}-${String(task.month).padStart(2, '0')}-01` : issueDeadline(year, task.month, { policy, calendar })),
  }));
  const kpiContext: KpiContext = { enterprises, catalogue, plan: parsedPlan, policy, asOf, calendar, taskPublications };
  createKpiAccumulator(kpiContext); // validates the context once, before the runs
  const simulateRecords = createRecordSimulator({ plan: parsedPlan, policy, calendar, model: parsed.results });
  const inspectorRules: InspectorRulesInput = {
    ...parsed.inspectorRules,
    perSubject: parsed.inspectorRules?.perSubject ?? policy.inspectorsPerSubject,
    ...(parsed.inspectorRules?.maxLoad === undefined
      ? policy.inspectorMaxLoad === undefined
        ? {}
        : { maxLoad: policy.inspectorMaxLoad }
      : { maxLoad: parsed.inspectorRules.maxLoad }),
    ...(parsed.inspectorRules?.balance === undefined
      ? policy.inspectorBalance === undefined
        ? {}
        : { balance: policy.inspectorBalance }
      : { balance: parsed.inspectorRules.balance }),
  };

  const indicatorValues = new Map<KpiIndicatorId, (number | null)[]>(KPI_INDICATOR_IDS.map((id) => [id, []]));
  const indicatorMisses = new Map<KpiIndicatorId, number>(KPI_INDICATOR_IDS.map((id) => [id, 0]));
  let lastIndicators: readonly KpiIndicator[] = [];
  const pairs: number[] = [];
  const visits: number[] = [];
  const saved: number[] = [];
  const distinct: number[] = [];
  const perTask = prepared.map(() => ({ eligible: [] as number[], drawn: [] as number[], cappedOut: [] as number[], shortfallRuns: 0 }));
  const maxLoads: number[] = [];
  const meanLoads: number[] = [];
  let firstFailure: SimulatedStaffing['firstFailure'] = null;

  for (let run = 1; run <= runs; run += 1) {
    const runSeed = `${seed}/run-${run}`;
    const draws = drawPlanRun(prepared, policy, runSeed);
    const checks = new Map<string, Map<string, DrawnCheck>>();
    draws.forEach((draw, t) => {
      const stats = perTask[t]!;
      stats.eligible.push(draw.eligible);
      stats.drawn.push(draw.selected.length);
      stats.cappedOut.push(draw.cappedOut);
      if (draw.shortfall) stats.shortfallRuns += 1;
      checks.set(draw.taskId, new Map(draw.selected.map(({ id, item }) => [id, { kind: item.kind, riskClass: item.stratum }])));
    });
    const merged = mergeTasks(assignmentsFromDraws(draws), { plan: parsedPlan, catalogue, policy });
    pairs.push(merged.summary.pairs);
    visits.push(merged.summary.visits);
    saved.push(merged.summary.saved);
    distinct.push(merged.summary.subjects);

    if (parsed.inspectors !== undefined) {
      try {
        const { loads } = drawInspectors({
          seed: runSeed,
          visits: merged.visits.map((visit) => ({
            id: visit.id,
            subjectId: visit.subjectId,
            departments: [...visit.departments],
            requiredQualifications: [...visit.requiredQualifications],
          })),
          inspectors: parsed.inspectors,
          rules: inspectorRules,
        });
        const counts = Object.values(loads);
        maxLoads.push(counts.length === 0 ? 0 : Math.max(...counts));
        meanLoads.push(counts.length === 0 ? 0 : counts.reduce((sum, load) => sum + load, 0) / counts.length);
      } catch (error) {
        if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS')) throw error;
        const details = error.details as { visitId?: string; constraint?: string } | undefined;
        firstFailure ??= { run, visitId: details?.visitId ?? '', constraint: details?.constraint ?? '', message: error.message };
      }
    }

    const records = simulateRecords(merged.visits, (taskId, subjectId) => checks.get(taskId)?.get(subjectId), `${runSeed}/results`);
    const report = createKpiAccumulator(kpiContext).addMany(records).result();
    lastIndicators = report.indicators;
    for (const indicator of report.indicators) {
      indicatorValues.get(indicator.id)?.push(indicator.value);
      if (indicator.met === false) indicatorMisses.set(indicator.id, (indicatorMisses.get(indicator.id) ?? 0) + 1);
    }
  }

  const indicators: SimulatedIndicator[] = lastIndicators.map((indicator) => {
    const values = indicatorValues.get(indicator.id) ?? [];
    return {
      id: indicator.id,
      name: indicator.name,
      target: indicator.target,
      comparison: indicator.comparison,
      clause: indicator.clause,
      description: indicator.description,
      value: summarizeDistribution(values),
      missProbability: (indicatorMisses.get(indicator.id) ?? 0) / runs,
      notApplicableRuns: values.filter((value) => value === null).length,
    };
  });
  const tasks: SimulatedTask[] = prepared.map(({ task }, t) => {
    const stats = perTask[t]!;
    return {
      taskId: task.id,
      eligible: summarizeDistribution(stats.eligible) as Distribution,
      drawn: summarizeDistribution(stats.drawn) as Distribution,
      cappedOut: summarizeDistribution(stats.cappedOut) as Distribution,
      shortfallRuns: stats.shortfallRuns,
    };
  });
  const staffing: SimulatedStaffing | null =
    parsed.inspectors === undefined
      ? null
      : {
          staffedRuns: maxLoads.length,
          failureProbability: (runs - maxLoads.length) / runs,
          maxLoad: summarizeDistribution(maxLoads),
          meanLoad: summarizeDistribution(meanLoads),
          firstFailure,
        };
  return {
    runs,
    seed,
    asOf,
    enterprises,
    indicators,
    pairs: summarizeDistribution(pairs) as Distribution,
    visits: summarizeDistribution(visits) as Distribution,
    saved: summarizeDistribution(saved) as Distribution,
    subjects: summarizeDistribution(distinct) as Distribution,
    tasks,
    staffing,
  };
}
