import { ShuangsuijiError } from '../core/errors.js';
import { optionsArgument } from '../core/_internal/boundary.js';
import type { Calendar } from './calendar.js';
import { calendarTableOf, type CalendarTable } from './calendar-table.js';
import { chinaCalendar } from './china-calendar.js';

/**
 * Options of the working-day functions (工作日选项).
 *
 * @example
 * ```ts
 * const options: CalendarOptions = { calendar: chinaCalendar };
 * isWorkingDay('2023-10-07', options); //=> true
 * ```
 */
export interface CalendarOptions {
  /** The calendar to use; default {@link chinaCalendar}. */
  readonly calendar?: Calendar | undefined;
}

/**
 * The tables of the calendar the options name (internal), checked cheaply by hand.
 *
 * @param options - the untrusted options
 * @returns the tables of `options.calendar`, or of {@link chinaCalendar}
 * @throws {ShuangsuijiError} `INVALID_INPUT` with path `['options']` or `['options', 'calendar']`
 *
 * @example
 * ```ts
 * resolveCalendarTable(undefined).id; //=> 'china'
 * ```
 */
export function resolveCalendarTable(options: unknown): CalendarTable {
  // Stryker disable next-line ConditionalExpression: a fast path; optionsArgument(undefined) is {} and gives the same table
  if (options === undefined) return calendarTableOf(chinaCalendar) as CalendarTable;
  const calendar = optionsArgument(options, { known: ['calendar'] }).calendar;
  const table = calendarTableOf(calendar === undefined ? chinaCalendar : calendar);
  if (table === undefined) {
    throw new ShuangsuijiError('INVALID_INPUT', '选项无效（字段 calendar）：应为 createCalendar 返回的工作日历', {
      path: ['options', 'calendar'],
    });
  }
  return table;
}
