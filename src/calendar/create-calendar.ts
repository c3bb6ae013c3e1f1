import type { CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import type { Calendar } from './calendar.js';
import { CalendarDefinitionSchema, definitionYears, type CalendarDefinitionInput } from './calendar-definition.js';
import { assembleCalendar } from './_internal/assemble-calendar.js';

/**
 * Makes a working-day calendar (创建工作日历): a province's extra days off, a year the State
 * Council has not yet been loaded for, or a calendar of its own. The tables that make every query
 * O(1) are built once here (one entry per day of the covered years).
 *
 * @param definition - see {@link CalendarDefinitionSchema}: `id`, `years`, `holidays`, `workdays`, `base`
 * @returns the frozen calendar
 * @throws {ShuangsuijiError} `INVALID_INPUT` (bad shape, years, `base`, or a date in both lists),
 *   `INVALID_DATE` (a bad date, path `['holidays', i]`), `CALENDAR_OUT_OF_RANGE` (a date outside
 *   the covered years, path `['holidays', i]` or `['workdays', i]`)
 *
 * @example
 * ```ts
 * // 2027 before its notice is loaded: weekends only, plus 元旦 as a known day off.
 * const next = createCalendar({ base: chinaCalendar, years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'] });
 * next.years; //=> { from: 2019, to: 2027 }
 * isWorkingDay('2027-01-01', { calendar: next }); //=> false
 * isWorkingDay('2023-10-07', { calendar: next }); //=> true
 *
 * // A local day off on top of the national calendar.
 * const local = createCalendar({ id: 'local', base: chinaCalendar, holidays: ['2023-03-08'] });
 * isWorkingDay('2023-03-08', { calendar: local }); //=> false
 * ```
 */
export function createCalendar(definition: CalendarDefinitionInput): Calendar {
  const parsed = parseInput(CalendarDefinitionSchema, definition, 'INVALID_INPUT', '工作日历定义');
  const years = definitionYears(parsed) as { from: number; to: number };
  const { base } = parsed;
  const holidays = new Set<CivilDate>(base?.holidays ?? []);
  const workdays = new Set<CivilDate>(base?.workdays ?? []);
  for (const date of parsed.holidays) {
    workdays.delete(date);
    holidays.add(date);
  }
  for (const date of parsed.workdays) {
    holidays.delete(date);
    workdays.add(date);
  }
  const id = parsed.id ?? (base === undefined ? 'custom' : `${base.id}+custom`);
  return assembleCalendar(id, years, holidays, workdays);
}
