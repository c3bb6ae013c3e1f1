import type { CivilDate } from '../core/civil-date.js';
import type { CalendarOptions } from './calendar-options.js';
import { resolveCalendarTable } from './calendar-options.js';
import { dayIndex } from './day-index.js';

/**
 * Counts the working days between two dates (间隔工作日数): the number of working days `d` with
 * `start < d ≤ end` — the start is not counted, the end is. When `end < start` the result is the
 * negative of `workingDaysBetween(end, start)`; equal dates give 0. O(1) from prefix counts.
 *
 * So `addWorkingDays(start, workingDaysBetween(start, end)) === end` whenever `end > start` is a
 * working day.
 *
 * @param start - the civil date counted from (excluded)
 * @param end - the civil date counted to (included)
 * @param options - `calendar` (default {@link chinaCalendar})
 * @returns the signed count
 * @throws {ShuangsuijiError} `INVALID_DATE`, `CALENDAR_OUT_OF_RANGE` (paths `['start']`, `['end']`),
 *   `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * workingDaysBetween('2023-09-28', '2023-10-07'); //=> 1
 * workingDaysBetween('2023-10-07', '2023-09-28'); //=> -1
 * workingDaysBetween('2023-10-09', '2023-10-13'); //=> 4 (10日 to 13日)
 * workingDaysBetween('2023-01-01', '2023-01-01'); //=> 0
 * ```
 */
export function workingDaysBetween(start: CivilDate, end: CivilDate, options?: CalendarOptions): number {
  const table = resolveCalendarTable(options);
  const from = dayIndex(table, start, ['start']);
  const to = dayIndex(table, end, ['end']);
  return (table.prefix[to + 1] as number) - (table.prefix[from + 1] as number);
}
