import { arrayArgument, boundedArgument } from '../core/_internal/boundary.js';
import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { RiskClass } from '../core/risk-class.js';
import type { SubjectKind } from '../directory/subject.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import { AnnualPlanSchema, type AnnualPlanInput } from '../plan/plan-schema.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import { requirePolicy } from '../policy/policy-field.js';
import type { InspectionRecordInput } from '../publication/inspection-record.js';
import { CalendarOptionSchema } from '../publication/publication-deadline.js';
import type { Calendar } from '../calendar/index.js';
import { createRecordSimulator, type DrawnCheck, type VisitLike } from './record-simulator.js';
import { ResultModelSchema, type ResultModelInput } from './result-model.js';

/**
 * The least of a draw result that {@link simulateInspectionRecords} reads (抽取结果): the task id (at
 * the top or in `record`, as `drawSubjects` returns it) and the selected subjects with their stratum
 * and pool item. The item gives the subject's `kind`; the risk class is the stratum when it is A–D,
 * else `item.riskClass`.
 *
 * @example
 * ```ts
 * const drawn: DrawnTaskLike = { taskId: 'T01', selected: [{ id: 's1', stratum: 'B', item: { kind: 'enterprise' } }] };
 * ```
 */
export interface DrawnTaskLike {
  readonly taskId?: string;
  readonly record?: { readonly taskId?: string };
  readonly selected: readonly {
    readonly id: string;
    readonly stratum?: string;
    readonly item?: unknown;
  }[];
}

/**
 * Options of {@link simulateInspectionRecords}.
 *
 * @example
 * ```ts
 * const options: SimulateRecordsOptions = { seed: 'demo', plan: longwan2023SamplePlan, policy: zhejiang2023, model: { mobile: 1 } };
 * const draws = [{ taskId: 'T03', selected: [{ id: 's1', stratum: 'C', item: { kind: 'enterprise' } }] }];
 * const visits = [{ id: 's1:T03', subjectId: 's1', tasks: ['T03'], window: { from: '2023-03-01', to: '2023-05-31' } }];
 * simulateInspectionRecords(visits, draws, options).map((r) => [r.department, r.joint, r.mobile]); //=> [['餐饮科', true, true]]
 * ```
 */
export interface SimulateRecordsOptions {
  /** Seed of the simulated results (never the draw's seed); visit `v` uses `${seed}/${v.id}`. */
  readonly seed: string;
  /** The annual plan the visits come from. */
  readonly plan: AnnualPlanInput;
  /** The policy: publication limit and its start, result categories, unclassified class (required). */
  readonly policy: PolicyInput | Policy;
  /** Working-day calendar; default the official China calendar. */
  readonly calendar?: Calendar;
  /** Problem rates, publication and follow-up chances; see {@link ResultModelSchema}. */
  readonly model?: ResultModelInput;
}

const OptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  seed: z.string().refine((seed) => seed.length > 0, { message: '随机种子不能为空', params: { code: 'EMPTY_SEED' } }),
  plan: z.unknown(),
  policy: z.unknown().optional(),
  calendar: CalendarOptionSchema.optional(),
  model: ResultModelSchema.default(ResultModelSchema.parse({})),
}))();

const isRiskClass = (value: unknown): value is RiskClass => value === 'A' || value === 'B' || value === 'C' || value === 'D';
const isKind = (value: unknown): value is SubjectKind =>
  value === 'enterprise' || value === 'individual' || value === 'cooperative' || value === 'other';

/**
 * Simulates the inspection records of merged visits (模拟检查结果): what the year's checks might
 * find, for a demonstration, a test or a what-if — never a substitute for real results.
 *
 * Per visit one check day, uniform in the visit's window and moved to a working day; per task of the
 * visit one record (一户多事项，一事项一记录) with the task's lead department, `doubleRandom` = the task
 * is random, `joint` = some task of the visit has a partner department (部门联合), `riskApplied` = the
 * task applies the risk classes. Then, by the model: mobile enforcement; the result formed 0 to
 * `resultWorkingDays` working days later; a problem with the rate of the subject's class in the draw;
 * its category by weight; a follow-up (已整改 / 列入经营异常名录 …) 1–30 days later or `pending`;
 * publication within `policy.publicationWorkingDays` working days of `policy.publicationStart` or
 * 1–15 working days late.
 * Each visit draws from its own generator (`${seed}/${visit.id}`), so one visit's records do not depend
 * on the others.
 *
 * @param visits - visits from `mergeTasks` (`id`, `subjectId`, `tasks`, `window` are read)
 * @param draws - the draw results of the tasks (see {@link DrawnTaskLike})
 * @param options - `{ seed, plan, policy, calendar?, model? }`
 * @returns one `InspectionRecordInput` per (visit, task), in visit order, ready for `computeKpis`
 * @throws {ShuangsuijiError} `EMPTY_SEED`; `INVALID_PLAN`; `MISSING_ARGUMENT` (path `['options', 'policy']`); `INVALID_POLICY`; `INVALID_INPUT` for a bad
 *   model (path `['model', …]`), draw (`['draws', i, …]`) or visit (`['visits', i, field]`);
 *   `UNKNOWN_TASK` for a visit task not in the plan; `UNKNOWN_REFERENCE` when a visit's subject was not
 *   drawn in one of its tasks (path `['visits', i, 'tasks', j]`)
 *
 * @example
 * ```ts
 * const plan = { year: 2023, unit: '示例局', tasks: [
 *   { id: 'T1', name: '餐饮检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 1 }, dueOn: '2023-03-31' },
 * ] };
 * const visits = [{ id: 's1:T1', subjectId: 's1', tasks: ['T1'], window: { from: '2023-03-01', to: '2023-03-31' } }];
 * const draws = [{ taskId: 'T1', selected: [{ id: 's1', stratum: 'C', item: { kind: 'enterprise' } }] }];
 * const [record] = simulateInspectionRecords(visits, draws, { seed: 'demo', plan, policy: zhejiang2023 });
 * [record?.taskId, record?.department, record?.riskClass, record?.doubleRandom]; //=> ['T1', '餐饮科', 'C', true]
 * record!.checkDate >= '2023-03-01' && record!.checkDate <= '2023-03-31'; //=> true
 * simulateInspectionRecords(visits, draws, { seed: '', plan, policy: zhejiang2023 }); // throws EMPTY_SEED
 * simulateInspectionRecords(visits, draws, { seed: 'demo', plan } as never); // throws MISSING_ARGUMENT, path ['options', 'policy']
 * ```
 */
export function simulateInspectionRecords(
  visits: readonly VisitLike[],
  draws: Iterable<DrawnTaskLike>,
  options: SimulateRecordsOptions,
): InspectionRecordInput[] {
  if (options === null || typeof options !== 'object') throw new ShuangsuijiError('INVALID_INPUT', '选项应为对象', { path: ['options'] });
  boundedArgument(visits, { label: '检查走访', path: ['visits'] });
  const policy = requirePolicy(options.policy, ['options', 'policy']);
  const parsed = parseInput(OptionsSchema, options, 'INVALID_INPUT', '结果模拟参数');
  const plan = parseInput(AnnualPlanSchema, parsed.plan, 'INVALID_PLAN', '年度计划');
  const checks = indexDraws(draws);
  const simulate = createRecordSimulator({ plan, policy, calendar: parsed.calendar ?? chinaCalendar, model: parsed.model });
  return simulate(visits, (taskId, subjectId) => checks.get(taskId)?.get(subjectId), parsed.seed);
}

function indexDraws(draws: Iterable<DrawnTaskLike>): Map<string, Map<string, DrawnCheck>> {
  if (draws === null || typeof (draws as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽取结果 draws 应为可迭代序列', { path: ['draws'] });
  }
  const byTask = new Map<string, Map<string, DrawnCheck>>();
  let i = 0;
  for (const draw of draws) {
    if (draw === null || typeof draw !== 'object') throw new ShuangsuijiError('INVALID_INPUT', `第 ${i + 1} 个抽取结果应为对象`, { path: ['draws', i] });
    const taskId = draw.taskId ?? draw.record?.taskId;
    if (typeof taskId !== 'string' || taskId.length === 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${i + 1} 个抽取结果缺少任务编号`, { path: ['draws', i, 'taskId'] });
    }
    if (!Array.isArray(draw.selected)) {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${i + 1} 个抽取结果的 selected 应为数组`, { path: ['draws', i, 'selected'] });
    }
    arrayArgument(draw.selected, { label: '抽取结果', path: ['draws', i, 'selected'] });
    let subjects = byTask.get(taskId);
    if (subjects === undefined) {
      subjects = new Map();
      byTask.set(taskId, subjects);
    }
    draw.selected.forEach((entry, j) => {
      const item = (entry?.item ?? null) as { kind?: unknown; riskClass?: unknown } | null;
      const kind = item === null || typeof item !== 'object' ? undefined : item.kind;
      if (typeof entry?.id !== 'string' || !isKind(kind)) {
        throw new ShuangsuijiError('INVALID_INPUT', `第 ${i + 1} 个抽取结果的第 ${j + 1} 个对象缺少标识 id 或主体类型 item.kind`, {
          path: ['draws', i, 'selected', j],
        });
      }
      const riskClass = isRiskClass(entry.stratum) ? entry.stratum : isRiskClass(item?.riskClass) ? item.riskClass : undefined;
      subjects.set(entry.id, { kind, riskClass });
    });
    i += 1;
  }
  return byTask;
}
