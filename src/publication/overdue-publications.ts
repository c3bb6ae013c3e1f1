import { z } from 'zod';
import { CivilDateSchema, type CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import { chinaCalendar } from '../calendar/index.js';
import { zhejiang2023 } from '../presets/zhejiang2023/policy.js';
import { createRecordChecker } from './check-record.js';
import { defaultResultCategories, type ResultCategoryRegistry } from './define-result-categories.js';
import type { InspectionRecordInput } from './inspection-record.js';
import { CalendarOptionSchema, createDeadlineCache } from './publication-deadline.js';

/**
 * Schema of the options of {@link overduePublications} (逾期公示查询参数).
 *
 * @example
 * ```ts
 * OverduePublicationsOptionsSchema.parse({ asOf: '2023-11-02' }).asOf; //=> '2023-11-02'
 * ```
 */
export const OverduePublicationsOptionsSchema = z
  .object({
    /** The day the question is asked (统计日期); later publication dates count as not yet published. */
    asOf: CivilDateSchema,
    /** Policy giving `publicationWorkingDays` (default `zhejiang2023`, 20 working days). */
    policy: z.object({ publicationWorkingDays: z.number().int().min(1) }).optional(),
    /** Working-day calendar (default the official China calendar). */
    calendar: CalendarOptionSchema.optional(),
    /** Accepted result categories (default the official list). */
    resultCategories: z.custom<ResultCategoryRegistry>((value) => value !== null && typeof value === 'object' && 'byId' in value).optional(),
  })
  .meta({ description: '逾期公示查询参数' });

/**
 * Options of {@link overduePublications}.
 *
 * @example
 * ```ts
 * const options: OverduePublicationsOptions = { asOf: '2023-11-02', policy: { publicationWorkingDays: 25 } };
 * overduePublications([{ ...record, resultDate: '2023-09-28' }], options); //=> []
 * ```
 */
export type OverduePublicationsOptions = z.input<typeof OverduePublicationsOptionsSchema>;

/**
 * One result published late or not published in time (逾期公示).
 *
 * @example
 * ```ts
 * const overdue: OverduePublication | undefined = overduePublications([{ ...record, resultDate: '2023-09-28' }], { asOf: '2023-11-02' })[0];
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
  /** Last day to publish (公示期限). */
  readonly deadline: CivilDate;
  /** `unpublished` 逾期未公示 (deadline < asOf and not published by asOf) or `late` 逾期公示 (published after the deadline). */
  readonly status: 'unpublished' | 'late';
  /** Day published, for `late`. */
  readonly publishedOn?: CivilDate;
}

/**
 * Lists the results that break the publication limit as of a day (逾期公示清单):
 * results formed on or before `asOf` that are not published by `asOf` although their deadline is
 * before `asOf` (`unpublished`), and results published on or before `asOf` but after their
 * deadline (`late`). A publication dated after `asOf` counts as not yet published.
 *
 * @param records - inspection records (any iterable; checked cheaply, not mutated)
 * @param options - `asOf`, `policy`, `calendar`, `resultCategories`
 * @returns the overdue results in input order
 * @throws {ShuangsuijiError} `INVALID_INPUT` for bad options, `INVALID_RECORD` / `INVALID_DATE`
 *   with path `['records', index, field]`, `CALENDAR_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * // formed 2023-09-28, deadline 2023-11-01 (20 working days over the National Day holiday)
 * overduePublications([{ ...record, resultDate: '2023-09-28' }], { asOf: '2023-11-01' }); //=> []
 * overduePublications([{ ...record, resultDate: '2023-09-28' }], { asOf: '2023-11-02' })[0]?.status; //=> 'unpublished'
 * ```
 */
export function overduePublications(records: Iterable<InspectionRecordInput>, options: OverduePublicationsOptions): OverduePublication[] {
  const parsed = parseInput(OverduePublicationsOptionsSchema, options, 'INVALID_INPUT', '逾期公示查询参数');
  const check = createRecordChecker(parsed.resultCategories ?? defaultResultCategories);
  const deadlineOf = createDeadlineCache(
    (parsed.policy ?? zhejiang2023).publicationWorkingDays,
    parsed.calendar ?? chinaCalendar,
  );
  const asOf = parsed.asOf;
  const overdue: OverduePublication[] = [];
  let index = 0;
  for (const record of records) {
    check(record, index);
    const resultDate = record.resultDate ?? record.checkDate;
    if (resultDate <= asOf) {
      const deadline = deadlineOf(resultDate);
      const published = record.publishedOn !== undefined && record.publishedOn <= asOf ? record.publishedOn : undefined;
      if (published === undefined) {
        if (deadline < asOf) overdue.push({ index, subjectId: record.subjectId, taskId: record.taskId, resultDate, deadline, status: 'unpublished' });
      } else if (published > deadline) {
        overdue.push({ index, subjectId: record.subjectId, taskId: record.taskId, resultDate, deadline, status: 'late', publishedOn: published });
      }
    }
    index += 1;
  }
  return overdue;
}
