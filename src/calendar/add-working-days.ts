import type { CivilDate } from '../core/civil-date.js';
import { integerArgument } from '../core/_internal/boundary.js';
import type { CalendarOptions } from './calendar-options.js';
import { resolveCalendarTable } from './calendar-options.js';
import { dayIndex, outOfRange } from './day-index.js';

/**
 * Moves a date by a number of working days (加减工作日). O(1).
 *
 * - `n > 0`: the `n`-th working day strictly after `date` ("`n` 个工作日后"); `date` itself need
 *   not be a working day.
 * - `n < 0`: the `|n|`-th working day strictly before `date`.
 * - `n = 0`: `date` when it is a working day, else the next one (same as {@link nextWorkingDay}).
 *
 * For `n > 0`, `workingDaysBetween(date, addWorkingDays(date, n)) === n`.
 *
 * @param date - the civil date `'YYYY-MM-DD'`
 * @param n - a safe integer
 * @param options - `calendar` (default {@link chinaCalendar})
 * @returns the working day reached
 * @throws {ShuangsuijiError} `INVALID_DATE` (path `['date']`), `INVALID_INPUT` for a non-integer `n`
 *   (path `['n']`) or bad options, `CALENDAR_OUT_OF_RANGE` when `date` is outside the calendar's
 *   years (path `['date']`) or the result would be (path `['n']`, details `{ date, n, from, to }`)
 *
 * @example
 * ```ts
 * addWorkingDays('2023-09-28', 1); //=> '2023-10-07' (9月29日至10月6日放假)
 * addWorkingDays('2023-10-07', -1); //=> '2023-09-28'
 * addWorkingDays('2023-10-05', 0); //=> '2023-10-07'
 * addWorkingDays('2023-02-24', 20); //=> '2023-03-24'
 * addWorkingDays('2026-12-31', 1); // throws CALENDAR_OUT_OF_RANGE
 * ```
 */
export function addWorkingDays(date: CivilDate, n: number, options?: CalendarOptions): CivilDate {
  const table = resolveCalendarTable(options);
  integerArgument(n, { label: '工作日数', path: ['n'] });
  const index = dayIndex(table, date, ['date']);
  let position: number;
  // n > 0: the n-th working day after the date; n ≤ 0: counted back from the working days before it
  // (n = 0 gives the date itself when it is a working day, else the next working day).
  if (n > 0) position = (table.prefix[index + 1] as number) + n - 1;
  else position = (table.prefix[index] as number) + n;
  if (position < 0 || position >= table.workingDays.length) {
    throw outOfRange(table, date, ['n'], { n }, `日期 ${date} 加 ${n} 个工作日的结果`);
  }
  return table.dates[table.workingDays[position] as number] as CivilDate;
}
