import type { CivilDate } from '../core/civil-date.js';
import type { CalendarOptions } from './calendar-options.js';
import { resolveCalendarTable } from './calendar-options.js';
import { dayIndex } from './day-index.js';

/**
 * Tells whether a date is a working day (是否为工作日): a make-up working day (调休上班), or a
 * Monday–Friday that is not a day off (放假). O(1).
 *
 * @param date - the civil date `'YYYY-MM-DD'`
 * @param options - `calendar` (default {@link chinaCalendar})
 * @returns `true` for a working day
 * @throws {ShuangsuijiError} `INVALID_DATE` (path `[]`), `CALENDAR_OUT_OF_RANGE` (path `[]`,
 *   details `{ date, from, to }`) for a date outside the calendar's years, `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * isWorkingDay('2023-10-07'); //=> true  (Saturday, 调休上班)
 * isWorkingDay('2023-10-05'); //=> false (国庆节)
 * isWorkingDay('2024-02-09'); //=> true  (除夕 2024, a Friday, was not a day off)
 * isWorkingDay('2023-10-14'); //=> false (Saturday)
 * isWorkingDay('2027-01-04'); // throws CALENDAR_OUT_OF_RANGE
 * ```
 */
export function isWorkingDay(date: CivilDate, options?: CalendarOptions): boolean {
  const table = resolveCalendarTable(options);
  return table.working[dayIndex(table, date, [])] === 1;
}
