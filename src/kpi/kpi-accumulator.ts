import { subjectKey } from '../directory/_internal/subject-key.js';
import { iterableArgument } from '../core/_internal/boundary.js';
import type { CivilDate } from '../core/civil-date.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { RiskClass } from '../core/risk-class.js';
import { RecordReader } from '../publication/_internal/record-reader.js';
import { dateKey, dateOfKey } from '../core/_internal/date-key.js';
import { createDeadlineCache } from '../publication/publication-deadline.js';
import type { InspectionRecordInput } from '../publication/inspection-record.js';
import { Counters } from './kpi-counters.js';
import { resolveKpiContext, type KpiContext, type ResolvedKpiContext } from './kpi-context.js';
import { buildKpiReport, type KpiState, type TaskSlot, type RiskClassSlot } from './build-kpi-report.js';
import type { KpiReport } from './kpi-report.js';
import { readKpiAccumulatorState, writeKpiAccumulatorState, type KpiAccumulatorState, type KpiAccumulatorStateSchema } from './kpi-accumulator-state.js';
import { kpiContextDigest } from './kpi-context-digest.js';

/**
 * A mergeable KPI accumulator (指标累加器). Its state grows with the distinct subjects, tasks and
 * departments seen, never with the number of records. Two accumulators made from the same context
 * can be merged; merging gives exactly what one pass over both inputs gives.
 *
 * @example
 * ```ts
 * // record, context: as in the KpiReport example
 * const accumulator: KpiAccumulator = createKpiAccumulator(context).add(record);
 * [accumulator.count, accumulator.result().records, accumulator.state().enterprises]; //=> [1, 1, ['s1']]
 * ```
 */
export interface KpiAccumulator {
  /** Records added so far (including those ignored for a check date after asOf). */
  readonly count: number;
  /**
   * Adds one inspection record (one check). The record is checked by hand; its index in error
   * paths is {@link KpiAccumulator.count} before the call.
   */
  add(record: InspectionRecordInput): this;
  /** Adds every record of an array or iterable, in order. */
  addMany(records: Iterable<InspectionRecordInput>): this;
  /** Adds the state of another accumulator of the same context into this one. */
  merge(other: KpiAccumulator): this;
  /**
   * The serialisable state (指标累加器状态): plain JSON, sorted, the same for the same records in
   * any order. Send it from a worker or an engine's partition to the driver, which merges it with
   * {@link KpiAccumulator.mergeState}. Its size grows with the distinct enterprises, low-risk
   * visits, tasks and departments, not with the records.
   *
   * @example
   * ```ts
   * const state = createKpiAccumulator(context).addMany(records).state();
   * [state.records, state.enterprises.length]; //=> [81, 35] for the district of test/kpi/district-fixture.ts
   * ```
   */
  state(): KpiAccumulatorState;
  /**
   * Adds a state written by {@link KpiAccumulator.state} — in this process or another — into this
   * accumulator, exactly as {@link KpiAccumulator.merge} adds an accumulator. The state is validated
   * first; nothing changes when it is rejected. Merging the same state twice counts it twice.
   *
   * @throws {ShuangsuijiError} `INVALID_INPUT` (path inside the state) for a malformed state,
   *   `ACCUMULATOR_MISMATCH` (path `['fingerprint']`) for a state of another context
   *
   * @example
   * ```ts
   * const driver = createKpiAccumulator(context);
   * for (const text of received) driver.mergeState(JSON.parse(text)); // each a worker's JSON.stringify(acc.state())
   * driver.result(); //=> the report of one pass over all the workers' records
   * ```
   */
  mergeState(state: KpiAccumulatorState): this;
  /** The report for the records added so far; the accumulator stays usable. */
  result(): KpiReport;
}

/** A task's slot with what the hot path reads: whether it is random, and its last department's counters. */
interface HotTaskSlot extends TaskSlot {
  readonly random: boolean;
  department: string;
  counters: Counters | undefined;
}

/** Most distinct deadline start days remembered. */
const DEADLINE_CACHE_LIMIT = 8192;

/** A visit of a low-risk enterprise: its `visitId`, or the task's slot when the record has none. */
type Visit = string | TaskSlot;
/** Visits kept in an array up to this many, then in a set. */
const VISIT_ARRAY_LIMIT = 16;
const BY_CLASS_KEYS = ['A', 'B', 'C', 'D', 'unclassified'] as const;
const FOLLOWED_UP: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['rectified', 'transferred', 'case-filed', 'listed-abnormal', 'closed']);

class Accumulator implements KpiAccumulator {
  readonly #context: ResolvedKpiContext;
  readonly #reader: RecordReader;
  readonly #deadlineOfDate: (resultDate: CivilDate) => CivilDate;
  /** Deadlines by the dateKey of the day they count from. */
  readonly #deadlines = new Map<number, number>();
  readonly #tasks = new Map<string, HotTaskSlot>();
  readonly #departments = new Map<string, Counters>();
  readonly #enterprises = new Set<string>();
  /**
   * Per low-risk enterprise, its distinct visits: a visit id, or the task's slot for a record without
   * one. A short array (a low-risk enterprise has a handful of visits), a set past {@link VISIT_ARRAY_LIMIT}.
   */
  readonly #lowRiskVisits = new Map<string, Visit[] | Set<Visit>>();
  /** The last enterprise added to the set, to skip the set for runs of one subject's records. */
  #lastEnterprise = '';
  /**
   * Whether every id in {@link #enterprises} and {@link #lowRiskVisits} is its own comparison key
   * (`subjectKey(id) === id`). True while only `add` and `merge` of such accumulators fill them; a
   * state from `mergeState` holding a non-canonical id clears it. While true, an id found in the set
   * is its own key, so the record skips `subjectKey` (issue 18: the canonical-id check was a tenth of
   * the accumulator's time).
   */
  #keysExact = true;
  readonly #byClass: Record<RiskClass | 'unclassified', RiskClassSlot> = {
    A: { checks: 0, problemsFound: 0 },
    B: { checks: 0, problemsFound: 0 },
    C: { checks: 0, problemsFound: 0 },
    D: { checks: 0, problemsFound: 0 },
    unclassified: { checks: 0, problemsFound: 0 },
  };
  /** The slots of {@link #byClass} by class index: A, B, C, D, unclassified. */
  readonly #classSlots: readonly RiskClassSlot[];
  /** Whether each class index (A, B, C, D, unclassified) counts as low risk. */
  readonly #lowRisk: readonly boolean[];
  /** dateKeys of the plan year's first and last days, and of asOf. */
  readonly #yearFirst: number;
  readonly #yearLast: number;
  readonly #asOfDay: number;
  /** Publication limits count from the check date (政策 publicationStart 为检查结束之日). */
  readonly #fromCheckDate: boolean;
  #records = 0;
  #ignored = 0;
  /** The context digest, computed on the first `state()` / `mergeState()`. */
  #fingerprint: string | undefined;

  constructor(context: ResolvedKpiContext) {
    this.#context = context;
    this.#reader = new RecordReader(context.registry);
    // A deadline after the calendar's last year is later than any asOf inside the calendar: when asOf
    // is inside, such a deadline is treated as far away; otherwise it cannot be known and throws.
    const asOfInside = Number(context.asOf.slice(0, 4)) <= context.calendar.years.to;
    // A policy without a publication limit has no deadline to miss: every result is in time.
    const workingDays = context.policy.publicationWorkingDays;
    this.#deadlineOfDate = workingDays === undefined ? () => '9999-12-31' : createDeadlineCache(workingDays, context.calendar, asOfInside ? '9999-12-31' : undefined);
    this.#fromCheckDate = context.publicationFromCheckDate;
    for (const [id, { task }] of context.tasks) this.#tasks.set(id, { id, task, checks: 0, riskApplied: 0, random: task.random, department: '', counters: undefined });
    this.#yearFirst = context.plan.year * 10000 + 101;
    this.#yearLast = context.plan.year * 10000 + 1231;
    this.#asOfDay = dateKey(context.asOf);
    const unclassified = context.policy.unclassifiedRiskClass;
    this.#lowRisk = (['A', 'B', 'C', 'D', unclassified] as const).map((riskClass) => context.lowRiskClasses.has(riskClass));
    const byClass = this.#byClass;
    this.#classSlots = [byClass.A, byClass.B, byClass.C, byClass.D, byClass.unclassified];
  }

  get count(): number {
    return this.#records;
  }

  add(record: InspectionRecordInput): this {
    const index = this.#records;
    const reader = this.#reader;
    const category = reader.read(record, index);
    // Dates are compared as dateKey integers, read once per distinct string by the reader (issue 18).
    const checkDay = reader.checkDay;
    if (checkDay < this.#yearFirst || checkDay > this.#yearLast) {
      const checkDate = record.checkDate;
      throw new ShuangsuijiError('INVALID_RECORD', `抽查检查记录无效（字段 records.${index}.checkDate）：检查日期不在计划年度 ${this.#context.plan.year} 内`, {
        path: ['records', index, 'checkDate'],
        details: { checkDate, year: this.#context.plan.year },
      });
    }
    const slot = this.#tasks.get(record.taskId);
    if (slot === undefined) {
      throw new ShuangsuijiError('UNKNOWN_TASK', `抽查检查记录引用了计划中不存在的任务 ${record.taskId}（字段 records.${index}.taskId）`, {
        path: ['records', index, 'taskId'],
        details: { taskId: record.taskId },
      });
    }
    const asOf = this.#asOfDay;
    const resultDay = reader.resultDay;
    // Everything that can throw happens before any count changes, so a rejected record leaves no trace.
    const deadline = slot.random && resultDay <= asOf ? this.#deadlineOf(this.#fromCheckDate ? checkDay : resultDay) : 0;
    this.#records = index + 1;
    if (checkDay > asOf) {
      this.#ignored += 1;
      return this;
    }
    // A task's records mostly name one department: remember the last one on the task's slot.
    const department = record.department;
    let counters = slot.counters;
    if (department !== slot.department || counters === undefined) {
      counters = this.#departments.get(department);
      if (counters === undefined) {
        counters = new Counters();
        this.#departments.set(department, counters);
      }
      slot.department = department;
      slot.counters = counters;
    }
    counters.checks += 1;
    if (record.doubleRandom) counters.doubleRandomChecks += 1;
    if (record.mobile) counters.mobileChecks += 1;
    slot.checks += 1;
    if (record.riskApplied) slot.riskApplied += 1;
    if (!slot.random) return this;

    counters.randomChecks += 1;
    if (record.joint) counters.jointRandomChecks += 1;
    const riskClass = record.riskClass;
    const classIndex = riskClass === undefined ? 4 : riskClass === 'A' ? 0 : riskClass === 'B' ? 1 : riskClass === 'C' ? 2 : 3;
    if (record.subjectKind === 'enterprise') {
      // Distinct enterprises are counted by canonical id: `X` and `X ` are one (issue 12). While
      // #keysExact holds, the id is added as given and only a new one pays for subjectKey (one set
      // operation per record, issue 18); a non-canonical new id is swapped for its key.
      let subjectId = record.subjectId;
      if (subjectId !== this.#lastEnterprise) {
        const enterprises = this.#enterprises;
        if (this.#keysExact) {
          const before = enterprises.size;
          enterprises.add(subjectId);
          if (enterprises.size !== before) {
            const key = subjectKey(subjectId);
            if (key !== subjectId) {
              enterprises.delete(subjectId);
              enterprises.add(key);
              subjectId = key;
            }
          }
        } else {
          subjectId = subjectKey(subjectId);
          enterprises.add(subjectId);
        }
        this.#lastEnterprise = subjectId;
      }
      if (this.#lowRisk[classIndex]) this.#addLowRiskVisit(subjectId, record.visitId ?? slot);
    }
    if (resultDay > asOf) return this;

    counters.resultsFormed += 1;
    const byClass = this.#classSlots[classIndex] as RiskClassSlot;
    byClass.checks += 1;
    if (record.problemFound ?? category.problemFound) {
      counters.problemsFound += 1;
      byClass.problemsFound += 1;
      if (!category.followUpNeeded || (FOLLOWED_UP.has(record.followUp) && (reader.followUpDay === 0 || reader.followUpDay <= asOf))) {
        counters.problemsFollowedUp += 1;
      }
    }
    const publishedDay = reader.publishedDay;
    if (publishedDay !== 0 && publishedDay <= asOf) {
      counters.resultsDue += 1;
      counters.resultsPublished += 1;
      if (publishedDay <= deadline) counters.resultsPublishedInTime += 1;
      else counters.resultsLate += 1;
    } else if (deadline < asOf) {
      counters.resultsDue += 1;
      counters.resultsOverdue += 1;
    }
    return this;
  }

  /** The publication deadline (as a dateKey) of results counted from `day`, cached per day. */
  #deadlineOf(day: number): number {
    let deadline = this.#deadlines.get(day);
    if (deadline === undefined) {
      deadline = dateKey(this.#deadlineOfDate(dateOfKey(day)));
      if (this.#deadlines.size < DEADLINE_CACHE_LIMIT) this.#deadlines.set(day, deadline);
    }
    return deadline;
  }

  #addLowRiskVisit(subjectId: string, visit: Visit): void {
    const visits = this.#lowRiskVisits.get(subjectId);
    if (visits === undefined) this.#lowRiskVisits.set(subjectId, [visit]);
    else if (!Array.isArray(visits)) visits.add(visit);
    else if (!visits.includes(visit)) {
      if (visits.length < VISIT_ARRAY_LIMIT) visits.push(visit);
      else this.#lowRiskVisits.set(subjectId, new Set(visits).add(visit));
    }
  }

  addMany(records: Iterable<InspectionRecordInput>): this {
    iterableArgument(records, { code: 'INVALID_INPUT', label: '抽查检查记录', path: ['records'] });
    if (Array.isArray(records)) {
      for (let i = 0; i < records.length; i += 1) this.add(records[i] as InspectionRecordInput);
    } else {
      for (const record of records) this.add(record);
    }
    return this;
  }

  merge(other: KpiAccumulator): this {
    // A brand check, not instanceof: a Proxy of an accumulator passes instanceof but has no private fields.
    if (typeof other !== 'object' || other === null || !(#context in other)) {
      throw new ShuangsuijiError('ACCUMULATOR_MISMATCH', '只能合并由 createKpiAccumulator 创建的累加器', { path: ['other'] });
    }
    if (other === this) {
      throw new ShuangsuijiError('ACCUMULATOR_MISMATCH', '累加器不能与自身合并', { path: ['other'] });
    }
    const a = this.#context;
    const b = other.#context;
    if (a !== b && (a.fingerprint !== b.fingerprint || a.calendar !== b.calendar || a.registry !== b.registry)) {
      throw new ShuangsuijiError('ACCUMULATOR_MISMATCH', ERROR_MISMATCH, { path: ['other'] });
    }
    this.#records += other.#records;
    this.#ignored += other.#ignored;
    for (const [department, counters] of other.#departments) {
      const mine = this.#departments.get(department);
      if (mine === undefined) this.#departments.set(department, new Counters().addAll(counters));
      else mine.addAll(counters);
    }
    for (const [id, slot] of other.#tasks) {
      const mine = this.#tasks.get(id) as HotTaskSlot;
      mine.checks += slot.checks;
      mine.riskApplied += slot.riskApplied;
    }
    if (!other.#keysExact) this.#keysExact = false;
    for (const id of other.#enterprises) this.#enterprises.add(id);
    for (const [id, visits] of other.#lowRiskVisits) {
      for (const visit of visits) this.#addLowRiskVisit(id, typeof visit === 'string' ? visit : (this.#tasks.get(visit.id) as HotTaskSlot));
    }
    for (const key of BY_CLASS_KEYS) {
      this.#byClass[key].checks += other.#byClass[key].checks;
      this.#byClass[key].problemsFound += other.#byClass[key].problemsFound;
    }
    return this;
  }

  #digest(): string {
    this.#fingerprint ??= kpiContextDigest(this.#context);
    return this.#fingerprint;
  }

  state(): KpiAccumulatorState {
    return writeKpiAccumulatorState({
      fingerprint: this.#digest(),
      records: this.#records,
      ignoredAfterAsOf: this.#ignored,
      tasks: this.#tasks.values(),
      departments: this.#departments,
      byClass: this.#byClass,
      enterprises: this.#enterprises,
      lowRiskVisits: this.#lowRiskVisits,
    });
  }

  mergeState(input: KpiAccumulatorState): this {
    const tasks = this.#tasks;
    // Everything is checked before any count changes, so a rejected state leaves no trace.
    const state = readKpiAccumulatorState(input, this.#digest(), (id) => tasks.has(id));
    this.#records += state.records;
    this.#ignored += state.ignoredAfterAsOf;
    for (const { department, ...counts } of state.departments) {
      const mine = this.#departments.get(department);
      if (mine === undefined) this.#departments.set(department, new Counters().addAll(counts));
      else mine.addAll(counts);
    }
    for (const task of state.tasks) {
      const mine = tasks.get(task.id) as HotTaskSlot;
      mine.checks += task.checks;
      mine.riskApplied += task.riskApplied;
    }
    for (const id of state.enterprises) {
      if (this.#keysExact && subjectKey(id) !== id) this.#keysExact = false;
      this.#enterprises.add(id);
    }
    for (const { subjectId, visitIds, taskIds } of state.lowRiskVisits) {
      if (this.#keysExact && subjectKey(subjectId) !== subjectId) this.#keysExact = false;
      for (const visit of visitIds) this.#addLowRiskVisit(subjectId, visit);
      for (const taskId of taskIds) this.#addLowRiskVisit(subjectId, tasks.get(taskId) as HotTaskSlot);
    }
    for (const key of BY_CLASS_KEYS) {
      this.#byClass[key].checks += state.byRiskClass[key].checks;
      this.#byClass[key].problemsFound += state.byRiskClass[key].problemsFound;
    }
    return this;
  }

  result(): KpiReport {
    const state: KpiState = {
      records: this.#records,
      ignoredAfterAsOf: this.#ignored,
      departments: this.#departments,
      tasks: this.#tasks,
      enterprisesInspected: this.#enterprises.size,
      lowRiskVisitCounts: this.#lowRiskVisits,
      byClass: this.#byClass,
    };
    return buildKpiReport(state, this.#context);
  }
}

const ERROR_MISMATCH = '累加器的统计口径（名录库企业数、清单、计划、政策、统计日期、工作日历、结果类别或任务公示）不一致，不能合并';

/**
 * Creates a mergeable KPI accumulator for a context (创建指标累加器). Feed it records with
 * `add` / `addMany` (arrays or any iterable), merge accumulators built from the same context
 * (e.g. one per worker or per partition), then call `result()`.
 *
 * Across processes (workers, or the partitions of Spark, Flink or a SQL engine), each side sends
 * `state()` — plain JSON ({@link KpiAccumulatorStateSchema}) — and the driver adds the states into a
 * fresh accumulator of the same context with `mergeState(state)`; the report is exactly that of one
 * pass over all the records.
 *
 * Records are checked by hand, not with zod: required fields, known result category, dates by
 * pattern and a cache of valid dates. Each distinct result date's publication deadline is computed
 * once. See docs/kpi.md for the exact definition of every count.
 *
 * @param context - `{ enterprises, catalogue, plan, policy, asOf, calendar?, taskPublications?, resultCategories? }`
 * @returns a new, empty accumulator
 * @throws {ShuangsuijiError} `INVALID_INPUT` / `INVALID_DATE` / `DUPLICATE_ID` / `UNKNOWN_TASK` for a bad
 *   context. Its methods throw `INVALID_RECORD` or `INVALID_DATE` (path `['records', index, field]`),
 *   `UNKNOWN_TASK` (path `['records', index, 'taskId']`), `CALENDAR_OUT_OF_RANGE`; `merge` throws
 *   `ACCUMULATOR_MISMATCH` for an accumulator of another context; `mergeState` throws `INVALID_INPUT`
 *   (path inside the state) for a malformed state and `ACCUMULATOR_MISMATCH` (path `['fingerprint']`)
 *   for a state of another context.
 *
 * @example
 * ```ts
 * const north = createKpiAccumulator(context).addMany(northRecords);
 * const south = createKpiAccumulator(context).addMany(southRecords);
 * const report = north.merge(south).result();
 * report.indicators.find((i) => i.id === 'enterpriseInspectionRate')?.value; //=> 0.035 (35 of 1 000)
 *
 * // Across processes: each worker sends its state as JSON; the driver merges the states.
 * const sent = JSON.stringify(createKpiAccumulator(context).addMany(northRecords).state());
 * const driver = createKpiAccumulator(context).mergeState(JSON.parse(sent));
 * driver.mergeState(JSON.parse(JSON.stringify(createKpiAccumulator(context).addMany(southRecords).state())));
 * driver.result().records === report.records; //=> true
 * ```
 */
export function createKpiAccumulator(context: KpiContext): KpiAccumulator {
  return new Accumulator(resolveKpiContext(context));
}
