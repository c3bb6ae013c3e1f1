import type { CivilDate } from '../../core/civil-date.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import type { Calendar } from '../calendar.js';
import { buildCalendarTable, registerCalendar } from '../calendar-table.js';

/**
 * Builds a calendar from checked parts (工作日历组装，内部): the frozen `Calendar` value and its
 * day table. `createCalendar` calls it after parsing a definition; `chinaCalendar` calls it
 * directly on the State Council data, which its tests check against `CalendarDefinitionSchema`,
 * so that importing `isWorkingDay` does not bundle the definition schema.
 *
 * @param id - the calendar's id
 * @param years - the covered years
 * @param holidays - the days off
 * @param workdays - the make-up working days (none of them in `holidays`)
 * @returns the registered calendar
 *
 * @example
 * ```ts
 * const calendar = assembleCalendar('demo', { from: 2023, to: 2023 }, new Set(['2023-10-02']), new Set(['2023-10-07']));
 * isWorkingDay('2023-10-07', { calendar }); //=> true
 * ```
 */
export function assembleCalendar(
  id: string,
  years: { readonly from: number; readonly to: number },
  holidays: ReadonlySet<CivilDate>,
  workdays: ReadonlySet<CivilDate>,
): Calendar {
  const calendar: Calendar = deepFreeze({
    id,
    years: { from: years.from, to: years.to },
    holidays: [...holidays].sort(),
    workdays: [...workdays].sort(),
  });
  return registerCalendar(calendar, buildCalendarTable(id, years, holidays, workdays));
}
