import { describeValue, shownText } from '../core/_internal/boundary.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { CivilDate } from '../core/civil-date.js';
import type { RiskClass } from '../core/risk-class.js';
import type { SubjectKind } from '../directory/subject.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import { isWorkingDay } from '../calendar/is-working-day.js';
import { nextWorkingDay } from '../calendar/next-working-day.js';
import { previousWorkingDay } from '../calendar/previous-working-day.js';
import type { Calendar } from '../calendar/calendar.js';
import type { AnnualPlan, PlannedTask } from '../plan/plan-schema.js';
import { isJointTask } from '../plan/rules/joint-share.js';
import type { Policy } from '../policy/policy-schema.js';
import type { FollowUpStatus } from '../publication/follow-up-status.js';
import type { InspectionRecordInput } from '../publication/inspection-record.js';
import { resultCategoriesOf } from '../publication/define-result-categories.js';
import { addCivilDays, daysBetween } from './civil-days.js';
import { createPrng, type Prng } from './prng.js';
import type { ResultModel } from './result-model.js';

/** What the simulator needs to know of one checked subject in one task (抽中对象信息，内部). */
export interface DrawnCheck {
  readonly kind: SubjectKind;
  /** The subject's effective risk class in the task's draw, if any. */
  readonly riskClass: RiskClass | undefined;
}

/** The fields of a merged visit the simulator reads (走访，内部); a `Visit` of `mergeTasks` fits. */
export interface VisitLike {
  readonly id: string;
  readonly subjectId: string;
  readonly tasks: readonly string[];
  readonly window: { readonly from: CivilDate; readonly to: CivilDate };
}

/** The parsed inputs of a record simulator (内部). */
export interface RecordSimulatorSetup {
  readonly plan: AnnualPlan;
  readonly policy: Policy;
  readonly calendar: Calendar;
  readonly model: ResultModel;
}

/** Makes records for visits: `(visits, checkOf, seed) => records` (内部). */
export type RecordSimulator = (
  visits: readonly VisitLike[],
  checkOf: (taskId: string, subjectId: string) => DrawnCheck | undefined,
  seed: string,
) => InspectionRecordInput[];

const LATE_WORKING_DAYS = 15;
const FOLLOW_UP_DAYS = 30;

function followUpStatusFor(categoryId: string): FollowUpStatus {
  if (categoryId === 'ordered-to-correct') return 'rectified';
  if (categoryId === 'unreachable-at-address' || categoryId === 'info-not-published' || categoryId === 'info-falsified') return 'listed-abnormal';
  return 'closed';
}

/**
 * Builds the function that simulates the inspection records of merged visits (检查结果模拟器，内部):
 * per visit one check day, per task of the visit one record, drawn from a generator seeded with
 * `${seed}/${visit.id}` so the records of a visit do not depend on the other visits or their order.
 * See {@link simulateInspectionRecords} for the model.
 *
 * @param setup - parsed plan, policy, calendar and result model
 * @returns the simulator
 * @throws {ShuangsuijiError} `INVALID_INPUT` (path `['model', 'problemCategories', id]`) for a weighted
 *   category that is not one of the policy's problem categories; from the returned function: `INVALID_INPUT` for a malformed visit (path
 *   `['visits', i, field]`), `UNKNOWN_TASK` for a task not in the plan, `UNKNOWN_REFERENCE` for a
 *   (task, subject) pair that was not drawn (path `['visits', i, 'tasks', j]`), `CALENDAR_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * const simulate = createRecordSimulator({ plan, policy: zhejiang2023, calendar: chinaCalendar, model: ResultModelSchema.parse({}) });
 * simulate(visits, (taskId, subjectId) => ({ kind: 'enterprise', riskClass: 'B' }), 'demo').length; //=> checks in the visits
 * ```
 */
export function createRecordSimulator(setup: RecordSimulatorSetup): RecordSimulator {
  const { plan, policy, calendar, model } = setup;
  const options = { calendar };
  const categoryById = resultCategoriesOf(policy).byId;
  for (const id of Object.keys(model.problemCategories)) {
    if (categoryById.get(id)?.problemFound !== true) {
      throw new ShuangsuijiError('INVALID_INPUT', `结果模拟参数无效（字段 model.problemCategories.${id}）：应为政策 ${policy.id} 中表示发现问题的检查结果类别`, {
        path: ['model', 'problemCategories', id],
      });
    }
  }
  const limit = policy.publicationWorkingDays;
  const fromCheckDate = policy.publicationStart === 'check-ended';
  const tasks = new Map<string, PlannedTask>(plan.tasks.map((task) => [task.id, task]));
  const categories = Object.entries(model.problemCategories).filter(([, weight]) => weight > 0) as [string, number][];
  const shifted = new Map<string, CivilDate>();
  const shift = (date: CivilDate, days: number): CivilDate => {
    if (days === 0) return date;
    const key = `${date}+${days}`;
    let result = shifted.get(key);
    if (result === undefined) {
      result = addWorkingDays(date, days, options);
      shifted.set(key, result);
    }
    return result;
  };
  const checkDay = (prng: Prng, from: CivilDate, to: CivilDate): CivilDate => {
    const span = Math.max(0, daysBetween(from, to));
    const day = addCivilDays(from, prng.int(span + 1));
    if (isWorkingDay(day, options)) return day;
    const next = nextWorkingDay(day, options);
    if (next <= to) return next;
    const previous = previousWorkingDay(day, options);
    return previous >= from ? previous : day;
  };

  return (visits, checkOf, seed) => {
    if (!Array.isArray(visits)) throw new ShuangsuijiError('INVALID_INPUT', '走访 visits 应为数组', { path: ['visits'] });
    const records: InspectionRecordInput[] = [];
    visits.forEach((visit: VisitLike, v) => {
      checkVisit(visit, v);
      const visitTasks = visit.tasks.map((taskId, j) => {
        const task = tasks.get(taskId);
        if (task === undefined) {
          throw new ShuangsuijiError('UNKNOWN_TASK', `走访 ${shownText(visit.id)} 的任务 ${typeof taskId === 'string' ? shownText(taskId) : describeValue(taskId)} 不在年度计划中`, {
            path: ['visits', v, 'tasks', j],
          });
        }
        return task;
      });
      const joint = visitTasks.some(isJointTask);
      const prng = createPrng(`${seed}/${visit.id}`);
      const checkDate = checkDay(prng, visit.window.from, visit.window.to);
      visitTasks.forEach((task, j) => {
        const check = checkOf(task.id, visit.subjectId);
        if (check === undefined) {
          throw new ShuangsuijiError('UNKNOWN_REFERENCE', `走访 ${shownText(visit.id)}：对象 ${shownText(visit.subjectId)} 未在任务 ${task.id} 中抽中`, {
            path: ['visits', v, 'tasks', j],
          });
        }
        records.push(simulateCheck(prng, task, visit, check, checkDate, joint));
      });
    });
    return records;
  };

  function simulateCheck(prng: Prng, task: PlannedTask, visit: VisitLike, check: DrawnCheck, checkDate: CivilDate, joint: boolean): InspectionRecordInput {
    const mobile = prng.next() < model.mobile;
    const resultDate = shift(checkDate, prng.int(model.resultWorkingDays + 1));
    const problem = prng.next() < model.problemRates[check.riskClass ?? policy.unclassifiedRiskClass];
    const categoryId = problem ? prng.weighted(categories) : 'no-problem';
    const category = categoryById.get(categoryId);
    let followUp: FollowUpStatus = 'none';
    let followUpDate: CivilDate | undefined;
    if (problem) {
      if (category?.followUpNeeded === false || prng.next() < model.followUp) {
        followUp = followUpStatusFor(categoryId);
        followUpDate = addCivilDays(resultDate, 1 + prng.int(FOLLOW_UP_DAYS));
      } else {
        followUp = 'pending';
      }
    }
    const from = fromCheckDate ? checkDate : resultDate;
    let publishedOn: CivilDate;
    if (limit === undefined) {
      publishedOn = shift(from, 1 + prng.int(model.publicationDelayWorkingDays));
    } else {
      const deadline = shift(from, limit);
      publishedOn = prng.next() < model.publishedOnTime ? shift(from, 1 + prng.int(limit)) : shift(deadline, 1 + prng.int(LATE_WORKING_DAYS));
    }
    if (publishedOn < resultDate) publishedOn = resultDate;
    return {
      subjectId: visit.subjectId,
      subjectKind: check.kind,
      ...(check.riskClass === undefined ? {} : { riskClass: check.riskClass }),
      taskId: task.id,
      visitId: visit.id,
      department: task.leadDepartment,
      checkDate,
      doubleRandom: task.random,
      joint,
      riskApplied: task.sampling.riskAllocation,
      mobile,
      resultCategory: categoryId,
      resultDate,
      publishedOn,
      problemFound: problem,
      followUp,
      ...(followUpDate === undefined ? {} : { followUpDate }),
    };
  }
}

function checkVisit(visit: VisitLike, index: number): void {
  const bad = (field: string, what: string): never => {
    throw new ShuangsuijiError('INVALID_INPUT', `第 ${index + 1} 个走访无效（字段 ${field}）：${what}`, { path: ['visits', index, field] });
  };
  if (visit === null || typeof visit !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', `第 ${index + 1} 个走访应为对象`, { path: ['visits', index] });
  }
  if (typeof visit.id !== 'string' || visit.id.length === 0) bad('id', '应为非空字符串');
  if (typeof visit.subjectId !== 'string' || visit.subjectId.length === 0) bad('subjectId', '应为非空字符串');
  if (!Array.isArray(visit.tasks) || visit.tasks.length === 0) bad('tasks', '应为非空的任务编号数组');
  const window = visit.window as { from?: unknown; to?: unknown } | null | undefined;
  const dateShape = /^\d{4}-\d{2}-\d{2}$/;
  if (
    window === null ||
    typeof window !== 'object' ||
    typeof window.from !== 'string' ||
    typeof window.to !== 'string' ||
    !dateShape.test(window.from) ||
    !dateShape.test(window.to)
  ) {
    bad('window', '应为 { from, to } 两个 YYYY-MM-DD 日期');
  }
}
