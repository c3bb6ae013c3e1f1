import type { CivilDate } from '../core/civil-date.js';

const DAY_MS = 86_400_000;

function dayNumber(date: CivilDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/**
 * Days from one civil date to another (相差天数), in UTC arithmetic so that no time zone matters.
 *
 * @param from - the first day
 * @param to - the second day
 * @returns `to − from` in days (negative when `to` is earlier)
 *
 * @example
 * ```ts
 * daysBetween('2023-03-01', '2023-05-31'); //=> 91
 * ```
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Adds calendar days to a civil date (加天数), in UTC arithmetic so that no time zone matters.
 *
 * @param date - a valid civil date
 * @param days - whole days, may be negative
 * @returns the civil date `days` later
 *
 * @example
 * ```ts
 * addCivilDays('2023-02-27', 2); //=> '2023-03-01'
 * addCivilDays('2024-03-01', -1); //=> '2024-02-29'
 * ```
 */
export function addCivilDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date((dayNumber(date) + days) * DAY_MS);
  const year = String(moved.getUTCFullYear()).padStart(4, '0');
  const month = String(moved.getUTCMonth() + 1).padStart(2, '0');
  const day = String(moved.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
