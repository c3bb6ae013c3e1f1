/**
 * Compares two strings by Unicode code points, as Python's `sorted()` does (码点顺序比较).
 * JavaScript's `<` compares UTF-16 code units, which differs for characters beyond U+FFFF.
 *
 * @param a - first string
 * @param b - second string
 * @returns negative, zero or positive
 *
 * @example
 * ```ts
 * ['b', 'a', '检'].sort(compareCodePoints); //=> ['a', 'b', '检']
 * compareCodePoints('\u{1F600}', '\uFFFD') > 0; //=> true (JavaScript's `<` says the opposite)
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs === ys) return x - y;
    return xs ? 1 : -1;
  }
  return a.length - b.length;
}
