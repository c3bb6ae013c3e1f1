import { z } from 'zod';
import { isValid } from 'date-fns';
import { parseInput } from './parse-input.js';

const CIVIL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A civil date `'YYYY-MM-DD'` (公历日期), with no time and no time zone.
 *
 * @example
 * ```ts
 * const due: CivilDate = '2023-10-31';
 * isValidCivilDate(due); //=> true
 * civilYear(due); //=> 2023
 * ```
 */
export type CivilDate = string;

/**
 * Tells whether a string is a real civil date written `'YYYY-MM-DD'` (日期校验).
 *
 * @param value - the string to test
 * @returns `true` for a real calendar date in that exact form
 *
 * @example
 * ```ts
 * isValidCivilDate('2024-02-29'); //=> true
 * isValidCivilDate('2023-02-29'); //=> false
 * isValidCivilDate('2023-2-3'); //=> false
 * isValidCivilDate('20230203'); //=> false
 * ```
 */
export function isValidCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  const match = CIVIL_DATE_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(year, month - 1, day);
  return isValid(date) && date.getMonth() === month - 1 && date.getDate() === day;
}

/**
 * Zod schema of a civil date `'YYYY-MM-DD'` (日期). Rejects `2023-02-30`, `2023-2-3` and `20230203`
 * with the code `INVALID_DATE`.
 *
 * @example
 * ```ts
 * CivilDateSchema.parse('2023-10-07'); //=> '2023-10-07'
 * CivilDateSchema.safeParse('2023-02-30').success; //=> false
 * ```
 */
export const CivilDateSchema = /* @__PURE__ */ (() => z
  .string()
  .refine(isValidCivilDate, { message: '应为 YYYY-MM-DD 格式的真实日期', params: { code: 'INVALID_DATE' } })
  .meta({ description: "公历日期 'YYYY-MM-DD'", format: 'date', pattern: CIVIL_DATE_PATTERN.source, examples: ['2023-10-07'] }))();

/**
 * Parses a civil date and throws `INVALID_DATE` when it is not one (日期解析).
 *
 * @param value - the untrusted value
 * @returns the same string, known to be a real date
 * @throws {ShuangsuijiError} `INVALID_DATE`
 *
 * @example
 * ```ts
 * parseCivilDate('2023-10-07'); //=> '2023-10-07'
 * parseCivilDate('2023-13-01'); // throws INVALID_DATE
 * ```
 */
export function parseCivilDate(value: unknown): CivilDate {
  return parseInput(CivilDateSchema, value, 'INVALID_DATE', '日期');
}

/**
 * Turns a civil date into a local-midnight `Date` for date-fns arithmetic (internal).
 * Local midnight exists in every time zone China's dates are used in; arithmetic on
 * calendar days with date-fns is therefore independent of `TZ`.
 *
 * @param date - a valid civil date
 * @returns the local-midnight `Date`
 *
 * @example
 * ```ts
 * civilToDate('2023-10-07').getDate(); //=> 7
 * ```
 */
export function civilToDate(date: CivilDate): Date {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const result = new Date(year, month - 1, day);
  result.setFullYear(year);
  return result;
}

/**
 * Formats a local `Date` as a civil date (internal inverse of {@link civilToDate}).
 *
 * @param date - a `Date` built from local components
 * @returns the civil date `'YYYY-MM-DD'`
 *
 * @example
 * ```ts
 * dateToCivil(new Date(2023, 9, 7)); //=> '2023-10-07'
 * ```
 */
export function dateToCivil(date: Date): CivilDate {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * The year of a civil date (年份).
 *
 * @param date - a civil date `'YYYY-MM-DD'`
 * @returns the year as a number
 * @throws {ShuangsuijiError} `INVALID_DATE` when `date` is not a real civil date
 *
 * @example
 * ```ts
 * civilYear('2023-10-07'); //=> 2023
 * ```
 */
export function civilYear(date: CivilDate): number {
  return Number(parseCivilDate(date).slice(0, 4));
}
