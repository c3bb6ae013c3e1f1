/**
 * Formats a share as a percentage with at most one decimal (internal; 百分比).
 *
 * @param share - a number, 0.3 for 30 %
 * @returns e.g. `'30%'`, `'33.3%'`
 *
 * @example
 * ```ts
 * percent(0.3); //=> '30%'
 * percent(1 / 3); //=> '33.3%'
 * ```
 */
export function percent(share: number): string {
  return `${String(Math.round(share * 1000) / 10)}%`;
}
