import { iterableArgument } from '../core/_internal/boundary.js';
import { isResultCategoryRegistry } from './is-result-category-registry.js';
import { z } from 'zod';
import { CivilDateSchema, type CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import { ShuangsuijiError } from '../core/errors.js';
import { requirePolicy, requirePolicyField } from '../policy/policy-field.js';
import type { Policy } from '../policy/policy-schema.js';
import { createRecordChecker } from './check-record.js';
import { resultCategoriesOf, type ResultCategoryRegistry } from './define-result-categories.js';
import type { InspectionRecordInput } from './inspection-record.js';
import { CalendarOptionSchema, createDeadlineCache } from './publication-deadline.js';

/**
 * Schema of the options of {@link overduePublications} (逾期公示查询参数).
 *
 * @example
 * ```ts
 * OverduePublicationsOptionsSchema.parse({ asOf: '2023-11-02', policy: zhejiang2023 }).asOf; //=> '2023-11-02'
 * ```
 */
export const OverduePublicationsOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The day the question is asked (统计日期); later publication dates count as not yet published. */
    asOf: CivilDateSchema,
    /** The policy: `publicationWorkingDays`, `publicationStart` and `resultCategories` (required). */
    policy: z.custom<Policy>((value) => value !== null && typeof value === 'object', { message: '应为政策参数' }),
    /** Working-day calendar (default the official China calendar). */
    calendar: CalendarOptionSchema.optional(),
    /** Accepted result categories (default the policy's `resultCategories`). */
    resultCategories: z.custom<ResultCategoryRegistry>((value) => isResultCategoryRegistry(value), { message: '应为 defineResultCategories 返回的检查结果类别表' }).optional(),
  })
  .meta({ description: '逾期公示查询参数' }))();

/**
 * Options of {@link overduePublications}.
 *
 * @example
 * ```ts
 * const options: OverduePublicationsOptions = { asOf: '2023-11-02', policy: definePolicy({ publicationWorkingDays: 25 }, zhejiang2023) };
 * overduePublications([{ ...record, resultDate: '2023-09-28' }], options); //=> []
 * ```
 */
export type OverduePublicationsOptions = z.input<typeof OverduePublicationsOptionsSchema>;

/**
 * One result published late or not published in time (逾期公示).
 *
 * @example
 * ```ts
 * const overdue: OverduePublication | undefined = overduePublications([{ ...record, resultDate: '2023-09-28' }], { asOf: '2023-11-02', policy: zhejiang2023 })[0];
 * [overdue?.status, overdue?.deadline]; //=> ['unpublished', '2023-11-01']
 * ```
 */
export interface OverduePublication {
  /** Position of the record in the input. */
  readonly index: number;
  readonly subjectId: string;
  readonly taskId: string;
  /** 结果形成日期. */
  readonly resultDate: CivilDate;
  /** The day the limit counted from: `resultDate`, or `checkDate` under `publicationStart: 'check-ended'`. */
  readonly from: CivilDate;
  /** Last day to publish (公示期限). */
  readonly deadline: CivilDate;
  /** `unpublished` 逾期未公示 (deadline < asOf and not published by asOf) or `late` 逾期公示 (published after the deadline). */
  readonly status: 'unpublished' | 'late';
  /** Day published, for `late`. */
  readonly publishedOn?: CivilDate;
}

/**
 * Lists the results that break the policy's publication limit as of a day (逾期公示清单): the limit is
 * `policy.publicationWorkingDays` working days from `policy.publicationStart` (the record's
 * `resultDate` for 产生之日 / 形成之日, its `checkDate` for 检查结束之日). Listed are
 * results formed on or before `asOf` that are not published by `asOf` although their deadline is
 * before `asOf` (`unpublished`), and results published on or before `asOf` but after their
 * deadline (`late`). A publication dated after `asOf` counts as not yet published.
 *
 * @param records - inspection records (any iterable; checked cheaply, not mutated)
 * @param options - `asOf`, `policy` (required), `calendar`, `resultCategories`
 * @returns the overdue results in input order
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['options', 'policy']`) without a policy;
 *   `POLICY_FIELD_UNSET` (path `['options', 'policy', 'publicationWorkingDays']`) for a policy that sets
 *   no limit; `INVALID_POLICY`; `INVALID_INPUT` for bad options, `INVALID_RECORD` / `INVALID_DATE`
 *   with path `['records', index, field]`, `CALENDAR_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * // formed 2023-09-28, deadline 2023-11-01 (20 working days over the National Day holiday)
 * overduePublications([{ ...record, resultDate: '2023-09-28' }], { asOf: '2023-11-01', policy: zhejiang2023 }); //=> []
 * overduePublications([{ ...record, resultDate: '2023-09-28' }], { asOf: '2023-11-02', policy: zhejiang2023 })[0]?.status; //=> 'unpublished'
 * overduePublications([], { asOf: '2023-11-02' } as never); // throws MISSING_ARGUMENT, path ['options', 'policy']
 * ```
 */
export function overduePublications(records: Iterable<InspectionRecordInput>, options: OverduePublicationsOptions): OverduePublication[] {
  if (options === null || typeof options !== 'object') throw new ShuangsuijiError('INVALID_INPUT', '逾期公示查询参数应为对象', { path: ['options'] });
  const policy = requirePolicy(options.policy, ['options', 'policy']);
  const parsed = parseInput(OverduePublicationsOptionsSchema, options, 'INVALID_INPUT', '逾期公示查询参数');
  const check = createRecordChecker(parsed.resultCategories ?? resultCategoriesOf(policy));
  const deadlineOf = createDeadlineCache(requirePolicyField(policy, 'publicationWorkingDays', ['options', 'policy']), parsed.calendar ?? chinaCalendar);
  const fromCheckDate = policy.publicationStart === 'check-ended';
  const asOf = parsed.asOf;
  const overdue: OverduePublication[] = [];
  let index = 0;
  for (const record of iterableArgument(records, { label: '抽查检查记录', path: ['records'] }) as Iterable<InspectionRecordInput>) {
    check(record, index);
    const resultDate = record.resultDate ?? record.checkDate;
    if (resultDate <= asOf) {
      const from = fromCheckDate ? record.checkDate : resultDate;
      const deadline = deadlineOf(from);
      const published = record.publishedOn !== undefined && record.publishedOn <= asOf ? record.publishedOn : undefined;
      if (published === undefined) {
        if (deadline < asOf) overdue.push({ index, subjectId: record.subjectId, taskId: record.taskId, resultDate, from, deadline, status: 'unpublished' });
      } else if (published > deadline) {
        overdue.push({ index, subjectId: record.subjectId, taskId: record.taskId, resultDate, from, deadline, status: 'late', publishedOn: published });
      }
    }
    index += 1;
  }
  return overdue;
}
