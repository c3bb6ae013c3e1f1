import type { CivilDate } from '../core/civil-date.js';

/**
 * A working-day calendar (工作日历): the years it covers and its exceptions to the
 * Monday–Friday week. Made by {@link createCalendar}; {@link chinaCalendar} is the default.
 *
 * A day of the covered years is a working day (工作日) when it is in `workdays` (调休上班), or when
 * it is a Monday–Friday not in `holidays` (放假). Days outside `years` are unknown: every function
 * throws `CALENDAR_OUT_OF_RANGE` for them rather than guess.
 *
 * The object is frozen plain data; the lookup tables that make queries O(1) are kept aside,
 * keyed by the object, so only calendars made by {@link createCalendar} are accepted.
 *
 * @example
 * ```ts
 * chinaCalendar.years; //=> { from: 2019, to: 2026 }
 * chinaCalendar.workdays.includes('2023-10-07'); //=> true
 * ```
 */
export interface Calendar {
  /** Name of the calendar, e.g. `'china'`. */
  readonly id: string;
  /** Covered years, both inclusive (覆盖年份). */
  readonly years: { readonly from: number; readonly to: number };
  /** Days off (放假日), sorted. */
  readonly holidays: readonly CivilDate[];
  /** Weekend days that are working days (调休上班日), sorted. */
  readonly workdays: readonly CivilDate[];
}
