import { z } from 'zod';
import { CivilDateSchema, type CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import { addWorkingDays, chinaCalendar, isCalendar, type Calendar } from '../calendar/index.js';
import { isShuangsuijiError } from '../core/errors.js';
import { zhejiang2023 } from '../presets/zhejiang2023/policy.js';

/**
 * Schema of a calendar passed in options (工作日历): a calendar made by `createCalendar`, such as
 * `chinaCalendar`.
 *
 * @example
 * ```ts
 * CalendarOptionSchema.safeParse(chinaCalendar).success; //=> true
 * CalendarOptionSchema.safeParse({}).success; //=> false
 * ```
 */
export const CalendarOptionSchema = z.custom<Calendar>((value) => isCalendar(value), {
  message: '应为 createCalendar 返回的工作日历',
});

/**
 * Schema of the options of {@link publicationDeadline} (公示时限参数). `workingDays` wins over
 * `policy.publicationWorkingDays`; both default to the preset `zhejiang2023` (20 working days).
 *
 * @example
 * ```ts
 * PublicationDeadlineOptionsSchema.parse({ workingDays: 10 }).workingDays; //=> 10
 * ```
 */
export const PublicationDeadlineOptionsSchema = z
  .object({
    /** A policy whose `publicationWorkingDays` sets the limit. */
    policy: z.object({ publicationWorkingDays: z.number().int().min(1) }).optional(),
    /** The limit in working days, overriding the policy. */
    workingDays: z.number().int().min(1).optional(),
    /** The working-day calendar (default the official China calendar). */
    calendar: CalendarOptionSchema.optional(),
  })
  .meta({ description: '公示时限参数' });

/**
 * Options of {@link publicationDeadline}.
 *
 * @example
 * ```ts
 * const options: PublicationDeadlineOptions = { workingDays: 2 };
 * publicationDeadline('2023-09-28', options); //=> '2023-10-08'
 * ```
 */
export type PublicationDeadlineOptions = z.input<typeof PublicationDeadlineOptionsSchema>;

/**
 * The last day a result may be published (公示期限): `resultDate` plus the policy's number of
 * working days, counted strictly after `resultDate` on the working-day calendar (holidays skipped,
 * make-up working days 调休上班 counted).
 *
 * @param resultDate - day the result was formed (结果形成日期)
 * @param options - `policy`, `workingDays`, `calendar`
 * @returns the deadline; publishing on that day is in time
 * @throws {ShuangsuijiError} `INVALID_DATE` for a bad date, `INVALID_INPUT` for bad options,
 *   `CALENDAR_OUT_OF_RANGE` outside the calendar's years
 *
 * @example
 * ```ts
 * // 2023 National Day: 9-29..10-6 off, 10-7 and 10-8 worked.
 * publicationDeadline('2023-09-28'); //=> '2023-11-01'
 * publicationDeadline('2023-09-28', { workingDays: 2 }); //=> '2023-10-08'
 * ```
 */
export function publicationDeadline(resultDate: CivilDate, options: PublicationDeadlineOptions = {}): CivilDate {
  const date = parseInput(CivilDateSchema, resultDate, 'INVALID_DATE', '结果形成日期');
  const parsed = parseInput(PublicationDeadlineOptionsSchema, options, 'INVALID_INPUT', '公示时限参数');
  const days = parsed.workingDays ?? parsed.policy?.publicationWorkingDays ?? zhejiang2023.publicationWorkingDays;
  return addWorkingDays(date, days, { calendar: parsed.calendar ?? chinaCalendar });
}

/**
 * A deadline function that remembers each distinct result date (公示期限缓存, internal hot path):
 * a year has a few hundred distinct dates, so millions of records cost a few hundred calendar walks.
 *
 * With `beyondCalendar`, a deadline that falls after the calendar's last year (e.g. a result of
 * late December of the calendar's last year) is returned as that value instead of throwing — useful
 * when the caller only compares the deadline with days inside the calendar.
 *
 * @param workingDays - the publication limit in working days
 * @param calendar - the working-day calendar
 * @param beyondCalendar - value for deadlines after the calendar's last year (default: throw)
 * @returns `(resultDate) => deadline`, for dates already known to be valid
 * @throws {ShuangsuijiError} `CALENDAR_OUT_OF_RANGE` (from the returned function)
 *
 * @example
 * ```ts
 * const deadline = createDeadlineCache(20, chinaCalendar);
 * deadline('2023-09-28'); //=> '2023-11-01'
 * createDeadlineCache(20, chinaCalendar, '9999-12-31')('2026-12-20'); //=> '9999-12-31'
 * ```
 */
export function createDeadlineCache(
  workingDays: number,
  calendar: Calendar,
  beyondCalendar?: CivilDate,
): (resultDate: CivilDate) => CivilDate {
  const cache = new Map<CivilDate, CivilDate>();
  const lastYear = calendar.years.to;
  return (resultDate) => {
    let deadline = cache.get(resultDate);
    if (deadline === undefined) {
      try {
        deadline = addWorkingDays(resultDate, workingDays, { calendar });
      } catch (error) {
        const inside = Number(resultDate.slice(0, 4)) <= lastYear && Number(resultDate.slice(0, 4)) >= calendar.years.from;
        if (beyondCalendar === undefined || !inside || !isShuangsuijiError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
        deadline = beyondCalendar;
      }
      if (cache.size < 8192) cache.set(resultDate, deadline);
    }
    return deadline;
  };
}
