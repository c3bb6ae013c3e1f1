/**
 * The integer `YYYYMMDD` of a civil date written `'YYYY-MM-DD'` (日期整数键, internal): two valid dates
 * compare as their keys compare, so hot loops compare integers instead of strings. The shape is
 * assumed checked (ten characters, digits at the digit places).
 *
 * @param date - a valid civil date
 * @returns `year × 10 000 + month × 100 + day`
 *
 * @example
 * ```ts
 * dateKey('2023-10-07'); //=> 20231007
 * dateKey('2023-09-30') < dateKey('2023-10-07'); //=> true
 * ```
 */
export function dateKey(date: string): number {
  const digit = (i: number): number => date.charCodeAt(i) - 48;
  return (digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)) * 10000 + (digit(5) * 10 + digit(6)) * 100 + digit(8) * 10 + digit(9);
}

/**
 * The civil date `'YYYY-MM-DD'` of a {@link dateKey} (日期整数键还原, internal).
 *
 * @param key - `year × 10 000 + month × 100 + day` of a valid date
 * @returns the date string
 *
 * @example
 * ```ts
 * dateOfKey(20231007); //=> '2023-10-07'
 * ```
 */
export function dateOfKey(key: number): string {
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${String(Math.floor(key / 10000)).padStart(4, '0')}-${two(Math.floor(key / 100) % 100)}-${two(key % 100)}`;
}
