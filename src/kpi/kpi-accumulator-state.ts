import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { RiskClass } from '../core/risk-class.js';
import { HexDigestSchema } from '../draw/pool-digest.js';
import type { KpiCounts } from './kpi-report.js';
import { KPI_COUNT_KEYS } from './kpi-counters.js';

/**
 * Format id written into every accumulator state (指标累加器状态格式); a state of another format is refused.
 *
 * @example
 * ```ts
 * createKpiAccumulator(context).state().format === KPI_ACCUMULATOR_STATE_FORMAT; //=> true
 * KPI_ACCUMULATOR_STATE_FORMAT; //=> 'kpi-accumulator/1'
 * ```
 */
export const KPI_ACCUMULATOR_STATE_FORMAT = 'kpi-accumulator/1';

const Count = /* @__PURE__ */ (() => z.number().int().min(0))();
const Id = /* @__PURE__ */ (() => z.string().min(1))();


const RiskClassSlotSchema = /* @__PURE__ */ z.strictObject({ checks: Count, problemsFound: Count });

const unique = <T>(items: readonly T[], key: (item: T) => string, at: (index: number) => (string | number)[], ctx: z.RefinementCtx, what: string): void => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `${what} ${k} 重复`, path: at(index) });
    seen.add(k);
  });
};

/**
 * Schema of a KPI accumulator's serialisable state (指标累加器状态): what a worker or a partition of
 * a distributed engine (Spark, Flink, SQL) sends back to the driver, which merges it with
 * {@link KpiAccumulator.mergeState}. Plain JSON, sorted, so two accumulators that saw the same
 * records (in any order, in any split) give deep-equal states.
 *
 * - `format`: `'kpi-accumulator/1'`;
 * - `fingerprint`: SHA-256 hex of the context (enterprises, catalogue, plan, policy, asOf, task
 *   publications, calendar and result categories); a state merges only into an accumulator of the
 *   same context;
 * - `records`, `ignoredAfterAsOf`: records added, and of those dated after asOf;
 * - `tasks`: per plan task with checks, `{ id, checks, riskApplied }`, sorted by id;
 * - `departments`: per department, `{ department, checks, doubleRandomChecks, …, resultsLate }` (the
 *   fields of `KpiCounts`), sorted by department;
 * - `byRiskClass`: per class A–D and `unclassified`, formed random-check results and problems found;
 * - `enterprises`: the distinct enterprise ids with a random check, sorted;
 * - `lowRiskVisits`: per low-risk enterprise, its distinct visits — `visitIds`, and `taskIds` for
 *   the records without a visit id (one visit of the task each) — sorted by subject id.
 *
 * Order is free on input; task, department and low-risk subject entries must be unique, and the
 * checks of the tasks and of the departments must each add up to `records − ignoredAfterAsOf`.
 *
 * @example
 * ```ts
 * KpiAccumulatorStateSchema.parse(JSON.parse(JSON.stringify(createKpiAccumulator(context).state()))).format; //=> 'kpi-accumulator/1'
 * ```
 */
export const KpiAccumulatorStateSchema = /* @__PURE__ */ (() => z
  .strictObject({
    format: z.literal(KPI_ACCUMULATOR_STATE_FORMAT),
    fingerprint: HexDigestSchema,
    records: Count,
    ignoredAfterAsOf: Count,
    tasks: z.array(z.strictObject({ id: Id, checks: Count, riskApplied: Count })),
    departments: z.array(
      z.strictObject({
        department: Id,
        checks: Count,
        doubleRandomChecks: Count,
        mobileChecks: Count,
        randomChecks: Count,
        jointRandomChecks: Count,
        resultsFormed: Count,
        problemsFound: Count,
        problemsFollowedUp: Count,
        resultsDue: Count,
        resultsPublished: Count,
        resultsPublishedInTime: Count,
        resultsOverdue: Count,
        resultsLate: Count,
      }),
    ),
    byRiskClass: z.strictObject({
      A: RiskClassSlotSchema,
      B: RiskClassSlotSchema,
      C: RiskClassSlotSchema,
      D: RiskClassSlotSchema,
      unclassified: RiskClassSlotSchema,
    }),
    enterprises: z.array(Id),
    lowRiskVisits: z.array(z.strictObject({ subjectId: Id, visitIds: z.array(Id), taskIds: z.array(Id) })),
  })
  .superRefine((state, ctx) => {
    if (state.ignoredAfterAsOf > state.records) {
      ctx.addIssue({ code: 'custom', message: '不能大于 records', path: ['ignoredAfterAsOf'] });
    }
    const counted = state.records - state.ignoredAfterAsOf;
    unique(state.tasks, (t) => t.id, (i) => ['tasks', i, 'id'], ctx, '任务');
    state.tasks.forEach((task, i) => {
      if (task.riskApplied > task.checks) ctx.addIssue({ code: 'custom', message: '不能大于 checks', path: ['tasks', i, 'riskApplied'] });
    });
    if (state.tasks.reduce((sum, t) => sum + t.checks, 0) !== counted) {
      ctx.addIssue({ code: 'custom', message: '各任务 checks 之和应等于 records − ignoredAfterAsOf', path: ['tasks'] });
    }
    unique(state.departments, (d) => d.department, (i) => ['departments', i, 'department'], ctx, '部门');
    if (state.departments.reduce((sum, d) => sum + d.checks, 0) !== counted) {
      ctx.addIssue({ code: 'custom', message: '各部门 checks 之和应等于 records − ignoredAfterAsOf', path: ['departments'] });
    }
    unique(state.lowRiskVisits, (v) => v.subjectId, (i) => ['lowRiskVisits', i, 'subjectId'], ctx, '低风险企业');
    state.lowRiskVisits.forEach((v, i) => {
      if (v.visitIds.length + v.taskIds.length === 0) ctx.addIssue({ code: 'custom', message: '至少应有一次检查', path: ['lowRiskVisits', i] });
    });
  })
  .meta({ description: '指标累加器状态（可序列化，可合并）' }))();

/**
 * A KPI accumulator's serialisable state (指标累加器状态); see {@link KpiAccumulatorStateSchema}.
 *
 * @example
 * ```ts
 * // record, context: as in the InspectionRecordInput and KpiContext examples (enterprise 's1', random task T03)
 * const state: KpiAccumulatorState = createKpiAccumulator(context).add(record).state();
 * state.enterprises; //=> ['s1']
 * ```
 */
export type KpiAccumulatorState = z.infer<typeof KpiAccumulatorStateSchema>;

/**
 * What the accumulator hands to {@link writeKpiAccumulatorState} (internal).
 *
 * @example
 * ```ts
 * const parts: KpiAccumulatorParts = { fingerprint, records: 0, ignoredAfterAsOf: 0, tasks: [], departments: new Map(), byClass, enterprises: [], lowRiskVisits: new Map() };
 * writeKpiAccumulatorState(parts).records; //=> 0
 * ```
 */
export interface KpiAccumulatorParts {
  readonly fingerprint: string;
  readonly records: number;
  readonly ignoredAfterAsOf: number;
  readonly tasks: Iterable<{ readonly id: string; readonly checks: number; readonly riskApplied: number }>;
  readonly departments: ReadonlyMap<string, KpiCounts>;
  readonly byClass: Readonly<Record<RiskClass | 'unclassified', { readonly checks: number; readonly problemsFound: number }>>;
  readonly enterprises: Iterable<string>;
  /** Per low-risk enterprise, its visits: a visit id, or the task (by id) of a record without one. */
  readonly lowRiskVisits: ReadonlyMap<string, Iterable<string | { readonly id: string }>>;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes an accumulator's parts as a sorted, plain-JSON state (写出指标累加器状态，内部).
 *
 * @param parts - the accumulator's counters
 * @returns the state; it shares nothing with `parts`
 *
 * @example
 * ```ts
 * writeKpiAccumulatorState(parts).enterprises; //=> the ids, sorted
 * ```
 */
export function writeKpiAccumulatorState(parts: KpiAccumulatorParts): KpiAccumulatorState {
  const tasks = [...parts.tasks]
    .filter((slot) => slot.checks > 0)
    .map((slot) => ({ id: slot.id, checks: slot.checks, riskApplied: slot.riskApplied }))
    .sort((a, b) => byText(a.id, b.id));
  const departments = [...parts.departments.keys()].sort(byText).map((department) => {
    const counts = parts.departments.get(department) as KpiCounts;
    const row = { department } as KpiAccumulatorState['departments'][number];
    for (const key of KPI_COUNT_KEYS) row[key] = counts[key];
    return row;
  });
  const slot = (key: RiskClass | 'unclassified') => ({ checks: parts.byClass[key].checks, problemsFound: parts.byClass[key].problemsFound });
  const lowRiskVisits = [...parts.lowRiskVisits.keys()].sort(byText).map((subjectId) => {
    const visitIds: string[] = [];
    const taskIds: string[] = [];
    for (const visit of parts.lowRiskVisits.get(subjectId) ?? []) {
      if (typeof visit === 'string') visitIds.push(visit);
      else taskIds.push(visit.id);
    }
    return { subjectId, visitIds: visitIds.sort(byText), taskIds: taskIds.sort(byText) };
  });
  return {
    format: KPI_ACCUMULATOR_STATE_FORMAT,
    fingerprint: parts.fingerprint,
    records: parts.records,
    ignoredAfterAsOf: parts.ignoredAfterAsOf,
    tasks,
    departments,
    byRiskClass: { A: slot('A'), B: slot('B'), C: slot('C'), D: slot('D'), unclassified: slot('unclassified') },
    enterprises: [...parts.enterprises].sort(byText),
    lowRiskVisits,
  };
}

/**
 * Validates an untrusted accumulator state against the accumulator it is merged into (读入指标累加器状态，内部).
 *
 * @param input - the untrusted state (e.g. `JSON.parse` of a worker's output)
 * @param fingerprint - the receiving accumulator's context digest
 * @param knownTask - whether a task id is a task of the receiving accumulator's plan
 * @returns the parsed state
 * @throws {ShuangsuijiError} `INVALID_INPUT` with the path inside the state for a malformed state
 *   (including a task id not in the plan: path `['tasks', i, 'id']` or `['lowRiskVisits', i, 'taskIds', j]`);
 *   `ACCUMULATOR_MISMATCH` (path `['fingerprint']`) for a state of another context
 *
 * @example
 * ```ts
 * readKpiAccumulatorState(JSON.parse(text), digest, (id) => tasks.has(id)).records; //=> the worker's record count
 * ```
 */
export function readKpiAccumulatorState(input: unknown, fingerprint: string, knownTask: (id: string) => boolean): KpiAccumulatorState {
  const state = parseInput(KpiAccumulatorStateSchema, input, 'INVALID_INPUT', '指标累加器状态');
  if (state.fingerprint !== fingerprint) {
    throw new ShuangsuijiError(
      'ACCUMULATOR_MISMATCH',
      '指标累加器状态的统计口径（名录库企业数、清单、计划、政策、统计日期、工作日历、结果类别或任务公示）与本累加器不一致，不能合并',
      { path: ['fingerprint'], details: { expected: fingerprint, actual: state.fingerprint } },
    );
  }
  const unknownTask = (taskId: string, path: (string | number)[]): never => {
    throw new ShuangsuijiError('INVALID_INPUT', `指标累加器状态无效（字段 ${path.join('.')}）：任务 ${taskId} 不在计划中`, {
      path,
      details: { taskId },
    });
  };
  state.tasks.forEach((task, i) => {
    if (!knownTask(task.id)) unknownTask(task.id, ['tasks', i, 'id']);
  });
  state.lowRiskVisits.forEach((visits, i) => {
    visits.taskIds.forEach((taskId, j) => {
      if (!knownTask(taskId)) unknownTask(taskId, ['lowRiskVisits', i, 'taskIds', j]);
    });
  });
  return state;
}
