import type { CivilDate } from '../core/civil-date.js';
import type { CalendarOptions } from './calendar-options.js';
import { resolveCalendarTable } from './calendar-options.js';
import { dayIndex, outOfRange } from './day-index.js';

/**
 * The first working day on or after a date (当日或之后的第一个工作日): the date itself when it
 * is a working day. O(1).
 *
 * @param date - the civil date `'YYYY-MM-DD'`
 * @param options - `calendar` (default {@link chinaCalendar})
 * @returns the working day
 * @throws {ShuangsuijiError} `INVALID_DATE` (path `[]`), `CALENDAR_OUT_OF_RANGE` (path `[]`) when the
 *   date is outside the calendar's years or no working day follows it inside them, `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * nextWorkingDay('2023-10-05'); //=> '2023-10-07' (国庆节 ends; Saturday 10月7日 is 调休上班)
 * nextWorkingDay('2023-10-09'); //=> '2023-10-09'
 * nextWorkingDay('2024-02-10'); //=> '2024-02-18' (春节; Sunday 2月18日 is 调休上班)
 * ```
 */
export function nextWorkingDay(date: CivilDate, options?: CalendarOptions): CivilDate {
  const table = resolveCalendarTable(options);
  const index = dayIndex(table, date, []);
  const position = table.prefix[index] as number;
  if (position >= table.workingDays.length) throw outOfRange(table, date, [], {}, `日期 ${date} 之后的工作日`);
  return table.dates[table.workingDays[position] as number] as CivilDate;
}
