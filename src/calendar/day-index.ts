import { isValidCivilDate, type CivilDate } from '../core/civil-date.js';
import { ShuangsuijiError, type ErrorPath } from '../core/errors.js';
import { describeValue } from '../core/_internal/boundary.js';
import { MS_PER_DAY, type CalendarTable } from './calendar-table.js';

/** The number written by `length` characters of `text` from `start`, read as decimal digits (any other character gives a wrong number; dayIndex's table comparison rejects it). */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let offset = 0; offset < length; offset += 1) value = value * 10 + text.charCodeAt(start + offset) - 48;
  return value;
}

/**
 * The error for a date or a result outside a calendar's years (internal, 超出工作日历范围).
 *
 * @param table - the calendar's tables
 * @param date - the date asked about
 * @param path - where the date is in the input
 * @param extra - more details (e.g. `n`)
 * @param what - how the message names the date (default `日期 <date>`)
 * @returns a `CALENDAR_OUT_OF_RANGE` error with details `{ date, from, to, ...extra }`
 *
 * @example
 * ```ts
 * outOfRange(calendarTableOf(chinaCalendar)!, '2027-01-04', []).details; //=> { date: '2027-01-04', from: '2019-01-01', to: '2026-12-31' }
 * ```
 */
export function outOfRange(
  table: CalendarTable,
  date: CivilDate,
  path: ErrorPath,
  extra: Record<string, unknown> = {},
  what = `日期 ${date}`,
): ShuangsuijiError {
  return new ShuangsuijiError(
    'CALENDAR_OUT_OF_RANGE',
    `${what} 超出工作日历 ${table.id} 覆盖的范围（${table.first} 至 ${table.last}）`,
    { path, details: { date, from: table.first, to: table.last, ...extra } },
  );
}

/**
 * The day index of a civil date in a calendar (internal, 日序号), in O(1): `Date.UTC` arithmetic
 * (independent of `TZ`), then a check against the table that also rejects unreal dates such as
 * `2023-02-30`.
 *
 * @param table - the calendar's tables
 * @param date - the untrusted date
 * @param path - where the date is in the input, for errors
 * @returns the index, 0 for 1 January of the first year
 * @throws {ShuangsuijiError} `INVALID_DATE`, `CALENDAR_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * dayIndex(calendarTableOf(chinaCalendar)!, '2019-01-02', []); //=> 1
 * ```
 */
export function dayIndex(table: CalendarTable, date: unknown, path: ErrorPath): number {
  if (typeof date === 'string') {
    // A malformed string gives NaN or a different day here; the comparison with the table's own
    // date then fails, so it alone decides (no separate format or range checks).
    const index = (Date.UTC(digits(date, 0, 4), digits(date, 5, 2) - 1, digits(date, 8, 2)) - table.startMs) / MS_PER_DAY;
    if (table.dates[index] === date) return index;
  }
  if (!isValidCivilDate(date)) {
    throw new ShuangsuijiError('INVALID_DATE', `日期无效：应为 YYYY-MM-DD 格式的真实日期，收到 ${describeValue(date)}`, {
      path,
      details: { value: date },
    });
  }
  throw outOfRange(table, date, path);
}
