/**
 * Tells whether a string is well-formed Unicode (no lone surrogates), i.e. whether Python's
 * `str.encode()` accepts it (合法 Unicode 字符串，内部).
 *
 * @param text - the string
 * @returns `true` when every surrogate is paired
 *
 * @example
 * ```ts
 * isWellFormedText('检查对象'); //=> true
 * isWellFormedText('a\udc00'); //=> false
 * ```
 */
export function isWellFormedText(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code > 0xdbff) return false;
    const low = text.charCodeAt(index + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
    index++;
  }
  return true;
}
