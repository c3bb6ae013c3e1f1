import { isResultCategoryRegistry } from '../publication/is-result-category-registry.js';
import { isCatalogue } from '../catalogue/is-catalogue.js';
import { z } from 'zod';
import { CivilDateSchema, type CivilDate } from '../core/civil-date.js';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { RiskClass } from '../core/risk-class.js';
import type { Catalogue } from '../catalogue/define-catalogue.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import type { Calendar } from '../calendar/calendar.js';
import { PolicySchema, type Policy } from '../policy/policy-schema.js';
import { completionDeadlineFor } from '../policy/completion-deadline-for.js';
import { AnnualPlanSchema, type AnnualPlan, type PlannedTask } from '../plan/plan-schema.js';
import { CalendarOptionSchema } from '../publication/publication-deadline.js';
import { resultCategoriesOf, type ResultCategoryRegistry } from '../publication/define-result-categories.js';

const CatalogueSchema = /* @__PURE__ */ z.custom<Catalogue>(
  (value) => isCatalogue(value),
  { message: '应为 defineCatalogue 返回的抽查事项清单' },
);

const RegistrySchema = /* @__PURE__ */ z.custom<ResultCategoryRegistry>(
  (value) => isResultCategoryRegistry(value),
  { message: '应为 defineResultCategories 返回的检查结果类别表' },
);

/**
 * Schema of the context of a KPI computation (指标统计口径): what the records are measured against.
 *
 * - `enterprises`: enterprises in the subject directory (名录库企业数), the denominator of the enterprise share;
 * - `catalogue`: the random-inspection list (抽查事项清单);
 * - `plan`: the annual plan; every record's `taskId` must be one of its tasks;
 * - `policy`: targets and limits (required: e.g. `zhejiang2023`; an unset target leaves its indicator unjudged);
 * - `asOf`: the day of the report (统计日期);
 * - `calendar`: working-day calendar (default the official China calendar);
 * - `taskPublications`: the days plan tasks were published (计划任务公示日期);
 * - `resultCategories`: accepted result categories (default the policy's `resultCategories`).
 *
 * @example
 * ```ts
 * KpiContextSchema.parse({ enterprises: 1000, catalogue, plan, policy: zhejiang2023, asOf: '2023-10-31' }).taskPublications; //=> []
 * ```
 */
export const KpiContextSchema = /* @__PURE__ */ (() => z
  .strictObject({
    enterprises: z.number().int().min(0),
    catalogue: CatalogueSchema,
    plan: AnnualPlanSchema,
    policy: PolicySchema,
    asOf: CivilDateSchema,
    calendar: CalendarOptionSchema.optional(),
    taskPublications: z.array(z.strictObject({ taskId: z.string().min(1), publishedOn: CivilDateSchema })).default([]),
    resultCategories: RegistrySchema.optional(),
  })
  .meta({ description: '指标统计口径' }))();

/**
 * The context of a KPI computation, as accepted on input (指标统计口径).
 *
 * @example
 * ```ts
 * const context: KpiContext = { enterprises: 1000, catalogue: zhejiang2023Catalogue, plan: longwan2023SamplePlan, policy: zhejiang2023, asOf: '2023-10-31' };
 * computeKpis([], context).completionDeadline; //=> '2023-10-31'
 * ```
 */
export type KpiContext = z.input<typeof KpiContextSchema>;

/** A plan task with its index (internal). */
export interface ResolvedTask {
  readonly index: number;
  readonly task: PlannedTask;
}

/** A parsed context with lookups (internal). */
export interface ResolvedKpiContext {
  readonly enterprises: number;
  readonly catalogue: Catalogue;
  readonly plan: AnnualPlan;
  readonly policy: Policy;
  readonly asOf: CivilDate;
  /** `plan.year` with `policy.completionDeadline` (指标完成期限); the year's end when the policy sets none. */
  readonly completionDeadline: CivilDate;
  /** Publication limits count from the check date (`publicationStart: 'check-ended'`), else from the result date. */
  readonly publicationFromCheckDate: boolean;
  readonly calendar: Calendar;
  readonly registry: ResultCategoryRegistry;
  /** Earliest publication date of each task, ≤ asOf or not. */
  readonly taskPublishedOn: ReadonlyMap<string, CivilDate>;
  readonly tasks: ReadonlyMap<string, ResolvedTask>;
  readonly lowRiskClasses: ReadonlySet<RiskClass>;
  /** Everything but the calendar and the category registry, as one string (compared on merge). */
  readonly fingerprint: string;
}

/**
 * Parses and indexes a KPI context (internal).
 *
 * @param context - the untrusted context
 * @returns the resolved context
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`) without a policy; `INVALID_INPUT` (path inside the context), `INVALID_DATE`,
 *   `DUPLICATE_ID` for a repeated task id (path `['plan', 'tasks', i, 'id']`),
 *   `INVALID_INPUT` when `policy.completionDeadline` is not a real day of the plan year (path
 *   `['policy', 'completionDeadline']`), `UNKNOWN_TASK` for a publication of a task not in the plan (path `['taskPublications', i, 'taskId']`)
 *
 * @example
 * ```ts
 * resolveKpiContext({ enterprises: 1000, catalogue, plan, policy: zhejiang2023, asOf: '2023-10-31' }).tasks.size; //=> plan.tasks.length
 * ```
 */
export function resolveKpiContext(context: KpiContext): ResolvedKpiContext {
  const given = (context as { readonly policy?: unknown } | null | undefined)?.policy;
  if (context !== null && typeof context === 'object' && (given === undefined || given === null)) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 policy：指标统计口径应给出政策参数（目标值、期限和结果类别）', { path: ['policy'] });
  }
  const parsed = parseInput(KpiContextSchema, context, 'INVALID_INPUT', '指标统计口径');
  let completionDeadline: CivilDate;
  try {
    completionDeadline = completionDeadlineFor(parsed.policy, parsed.plan.year);
  } catch (error) {
    throw new ShuangsuijiError('INVALID_INPUT', `政策参数 completionDeadline ${String(parsed.policy.completionDeadline)} 在 ${parsed.plan.year} 年不是真实日期`, {
      path: ['policy', 'completionDeadline'],
      cause: error,
    });
  }
  const tasks = new Map<string, ResolvedTask>();
  parsed.plan.tasks.forEach((task, index) => {
    if (tasks.has(task.id)) {
      throw new ShuangsuijiError('DUPLICATE_ID', `计划任务标识 ${task.id} 重复`, { path: ['plan', 'tasks', index, 'id'], details: { id: task.id } });
    }
    tasks.set(task.id, { index, task });
  });
  const taskPublishedOn = new Map<string, CivilDate>();
  parsed.taskPublications.forEach((publication, index) => {
    if (!tasks.has(publication.taskId)) {
      throw new ShuangsuijiError('UNKNOWN_TASK', `计划任务公示引用了不存在的任务 ${publication.taskId}`, {
        path: ['taskPublications', index, 'taskId'],
        details: { taskId: publication.taskId },
      });
    }
    const earlier = taskPublishedOn.get(publication.taskId);
    if (earlier === undefined || publication.publishedOn < earlier) taskPublishedOn.set(publication.taskId, publication.publishedOn);
  });
  const catalogue = parsed.catalogue;
  const fingerprint = JSON.stringify({
    enterprises: parsed.enterprises,
    catalogue: { year: catalogue.year, region: catalogue.region, items: catalogue.items },
    plan: parsed.plan,
    policy: parsed.policy,
    asOf: parsed.asOf,
    taskPublishedOn: [...taskPublishedOn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  });
  return {
    enterprises: parsed.enterprises,
    catalogue,
    plan: parsed.plan,
    policy: parsed.policy,
    asOf: parsed.asOf,
    completionDeadline,
    publicationFromCheckDate: parsed.policy.publicationStart === 'check-ended',
    calendar: parsed.calendar ?? chinaCalendar,
    // The registry of the caller's policy object (cached per object), so accumulators built from the
    // same policy share it and can be merged.
    registry: parsed.resultCategories ?? resultCategoriesOf(given as Policy),
    taskPublishedOn,
    tasks,
    // Without a cap there is nothing to exceed: no class is tracked as low risk for it.
    lowRiskClasses: new Set(parsed.policy.lowRiskMaxChecksPerYear === undefined ? [] : (parsed.policy.lowRiskClasses ?? [])),
    fingerprint,
  };
}
