import type { CivilDate } from '../core/civil-date.js';
import type { CalendarOptions } from './calendar-options.js';
import { resolveCalendarTable } from './calendar-options.js';
import { dayIndex, outOfRange } from './day-index.js';

/**
 * The last working day on or before a date (当日或之前的最后一个工作日): the date itself when it
 * is a working day. O(1).
 *
 * @param date - the civil date `'YYYY-MM-DD'`
 * @param options - `calendar` (default {@link chinaCalendar})
 * @returns the working day
 * @throws {ShuangsuijiError} `INVALID_DATE` (path `[]`), `CALENDAR_OUT_OF_RANGE` (path `[]`) when the
 *   date is outside the calendar's years or no working day precedes it inside them, `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * previousWorkingDay('2023-10-05'); //=> '2023-09-28'
 * previousWorkingDay('2023-10-07'); //=> '2023-10-07'
 * previousWorkingDay('2019-01-01'); // throws CALENDAR_OUT_OF_RANGE (no working day before it in range)
 * ```
 */
export function previousWorkingDay(date: CivilDate, options?: CalendarOptions): CivilDate {
  const table = resolveCalendarTable(options);
  const index = dayIndex(table, date, []);
  const position = (table.prefix[index + 1] as number) - 1;
  if (position < 0) throw outOfRange(table, date, [], {}, `日期 ${date} 之前的工作日`);
  return table.dates[table.workingDays[position] as number] as CivilDate;
}
