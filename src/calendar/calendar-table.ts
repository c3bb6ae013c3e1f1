import { eachDayOfInterval, isWeekend } from 'date-fns';
import { civilToDate, dateToCivil, type CivilDate } from '../core/civil-date.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { Calendar } from './calendar.js';

/**
 * Milliseconds in a civil day of UTC arithmetic (internal).
 *
 * @example
 * ```ts
 * (Date.UTC(2023, 9, 8) - Date.UTC(2023, 9, 7)) / MS_PER_DAY; //=> 1
 * ```
 */
export const MS_PER_DAY = 86_400_000;

/**
 * The precomputed lookup tables of a {@link Calendar} (internal, 工作日表). Day `i` is the `i`-th
 * day from 1 January of `years.from`.
 *
 * @example
 * ```ts
 * const table = calendarTableOf(chinaCalendar)!;
 * table.dates[0]; //=> '2019-01-01'
 * table.working[0]; //=> 0 (元旦)
 * ```
 */
export interface CalendarTable {
  /** Id of the calendar, for messages. */
  readonly id: string;
  /** First covered day, `from-01-01`. */
  readonly first: CivilDate;
  /** Last covered day, `to-12-31`. */
  readonly last: CivilDate;
  /** `Date.UTC` of the first day, the origin of day indices. */
  readonly startMs: number;
  /** The civil date of each day index. */
  readonly dates: readonly CivilDate[];
  /** 1 when the day is a working day, else 0. */
  readonly working: Uint8Array;
  /** `prefix[i]` = number of working days with index < `i` (length = days + 1). */
  readonly prefix: Int32Array;
  /** Indices of the working days, ascending. */
  readonly workingDays: Int32Array;
}

const tables = /* @__PURE__ */ new WeakMap<Calendar, CalendarTable>();

/**
 * Builds the lookup tables of a calendar (internal, 生成工作日表). date-fns walks the days on
 * local-midnight dates, so the weekday of each civil date is right in every time zone.
 *
 * @param id - the calendar's id
 * @param years - covered years, inclusive
 * @param holidays - days off
 * @param workdays - make-up working days
 * @returns the tables
 *
 * @example
 * ```ts
 * const table = buildCalendarTable('x', { from: 2024, to: 2024 }, new Set(), new Set());
 * table.dates.length; //=> 366
 * table.prefix[7]; //=> 5 (2024-01-01 is a Monday)
 * ```
 */
export function buildCalendarTable(
  id: string,
  years: { readonly from: number; readonly to: number },
  holidays: ReadonlySet<CivilDate>,
  workdays: ReadonlySet<CivilDate>,
): CalendarTable {
  // Stryker disable next-line StringLiteral: years are 1000–9999 (CalendarYearsSchema), four digits already
  const first = `${String(years.from).padStart(4, '0')}-01-01`;
  // Stryker disable next-line StringLiteral: as above
  const last = `${String(years.to).padStart(4, '0')}-12-31`;
  const days = eachDayOfInterval({ start: civilToDate(first), end: civilToDate(last) });
  const count = days.length;
  const startMs = Date.UTC(years.from, 0, 1);
  const expected = (Date.UTC(years.to, 11, 31) - startMs) / MS_PER_DAY + 1;
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written below
  const dates = new Array<CivilDate>(count);
  const working = new Uint8Array(count);
  const prefix = new Int32Array(count + 1);
  const workingDays: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const day = days[index] as Date;
    const civil = dateToCivil(day);
    dates[index] = civil;
    const isWorking = workdays.has(civil) || (!isWeekend(day) && !holidays.has(civil));
    if (isWorking) {
      working[index] = 1;
      workingDays.push(index);
    }
    prefix[index + 1] = (prefix[index] as number) + (isWorking ? 1 : 0);
  }
  // Stryker disable all: reachable only when the host's time zone skips a civil day (Pacific/Apia skipped 2011-12-30); TZ is fixed for the mutation runner's worker threads
  if (count !== expected || dates[0] !== first || dates[count - 1] !== last) {
    // Only a host whose local time skips whole civil days could get here.
    throw new ShuangsuijiError('INVALID_INPUT', `工作日历 ${id} 无法在当前时区逐日生成`, {
      details: { first, last, count, expected },
    });
  }
  // Stryker restore all
  return { id, first, last, startMs, dates, working, prefix, workingDays: Int32Array.from(workingDays) };
}

/**
 * Attaches tables to a calendar (internal, 登记工作日历).
 *
 * @param calendar - the frozen calendar
 * @param table - its tables
 * @returns the same calendar
 *
 * @example
 * ```ts
 * registerCalendar(calendar, table) === calendar; //=> true
 * ```
 */
export function registerCalendar(calendar: Calendar, table: CalendarTable): Calendar {
  tables.set(calendar, table);
  return calendar;
}

/**
 * The tables of a calendar made by {@link createCalendar} (internal).
 *
 * @param value - anything
 * @returns the tables, or `undefined` when `value` is not such a calendar
 *
 * @example
 * ```ts
 * calendarTableOf(chinaCalendar)?.first; //=> '2019-01-01'
 * calendarTableOf({ id: 'fake' }); //=> undefined
 * ```
 */
export function calendarTableOf(value: unknown): CalendarTable | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a guard for the WeakMap only; WeakMap.get gives undefined for a primitive or null too
  return typeof value === 'object' && value !== null ? tables.get(value as Calendar) : undefined;
}

/**
 * Tells whether a value is a calendar made by {@link createCalendar} (是否为工作日历).
 *
 * @param value - anything
 * @returns `true` for {@link chinaCalendar} and every calendar `createCalendar` returned
 *
 * @example
 * ```ts
 * isCalendar(chinaCalendar); //=> true
 * isCalendar({ ...chinaCalendar }); //=> false
 * ```
 */
export function isCalendar(value: unknown): value is Calendar {
  return calendarTableOf(value) !== undefined;
}
