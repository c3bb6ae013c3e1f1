import type { CivilDate } from '../core/civil-date.js';

function dayNumber(date: CivilDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/**
 * Share of the period from 1 January of `year` to `deadline` that has elapsed at `asOf`, both ends
 * counted (时间进度): `(asOf − 1 Jan + 1) / (deadline − 1 Jan + 1)` in days, clamped to [0, 1].
 *
 * @param year - the plan year
 * @param asOf - the report day
 * @param deadline - the completion deadline
 * @returns the elapsed share
 *
 * @example
 * ```ts
 * // 1 Jan – 31 Oct 2023 is 304 days; 30 Jun is day 181.
 * elapsedShare(2023, '2023-06-30', '2023-10-31'); //=> 181 / 304
 * elapsedShare(2023, '2023-12-31', '2023-10-31'); //=> 1
 * ```
 */
export function elapsedShare(year: number, asOf: CivilDate, deadline: CivilDate): number {
  const start = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const total = dayNumber(deadline) - start + 1;
  const elapsed = dayNumber(asOf) - start + 1;
  if (total <= 0 || elapsed >= total) return 1;
  if (elapsed <= 0) return 0;
  return elapsed / total;
}

/**
 * Projects a cumulative share linearly to the completion deadline (线性推算):
 * `value / elapsed`, capped at 1; the value itself once the period is over.
 *
 * @param value - the current share, or `null`
 * @param elapsed - from {@link elapsedShare}
 * @returns the projected share, or `null` when `value` is `null` or no time has elapsed
 *
 * @example
 * ```ts
 * projectLinear(0.015, 0.5); //=> 0.03
 * projectLinear(0.8, 0.5); //=> 1
 * projectLinear(0.02, 0); //=> null
 * ```
 */
export function projectLinear(value: number | null, elapsed: number): number | null {
  if (value === null || elapsed <= 0) return null;
  if (elapsed >= 1) return value;
  return Math.min(1, value / elapsed);
}
