/**
 * Safe, bounded descriptions of untrusted values for error messages (值的安全描述).
 *
 * A message must never be built with `String(value)`, a template literal or `JSON.stringify` on a
 * value the caller gave: a Symbol or a null-prototype object makes them throw, a BigInt makes
 * `JSON.stringify` throw, a Proxy or a getter runs the caller's code, an array nested 20 000 deep
 * overflows the stack and a 1 MB string makes a 1 MB message. {@link describeValue} reads only the
 * value's type and, for primitives, a bounded preview; it never throws.
 *
 * @module
 */

/** Most characters (code points) of a string shown in a message. */
export const PREVIEW_CHARACTERS = 32;

/** Control characters and lone surrogates: a string with any is shown quoted and escaped. */
const UNSHOWN = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Largest BigInt magnitude printed in full; larger ones are named only by their type. */
const BIGINT_PREVIEW_LIMIT = 10n ** 20n;

/**
 * A string cut to {@link PREVIEW_CHARACTERS} code points and quoted as JSON (lone surrogates
 * escaped), with the full length when it was cut.
 *
 * @param text - the string
 * @returns e.g. `"abc"` or `"aaaa…"（共 1048576 个字符）`
 *
 * @example
 * ```ts
 * previewString('2023-02-30'); //=> '"2023-02-30"'
 * previewString('x'.repeat(1000)).endsWith('（共 1000 个字符）'); //=> true
 * ```
 */
export function previewString(text: string): string {
  // Cut by code units first so a 1 MB string is never walked, then by code points.
  const head = text.length > PREVIEW_CHARACTERS * 2 ? text.slice(0, PREVIEW_CHARACTERS * 2) : text;
  const points = Array.from(head);
  const cut = points.length > PREVIEW_CHARACTERS || head.length < text.length;
  const shown = JSON.stringify(cut ? `${points.slice(0, PREVIEW_CHARACTERS).join('')}…` : head);
  return cut ? `${shown}（共 ${text.length} 个字符）` : shown;
}

/**
 * A caller's string as it should appear inside a message (消息中的文本): unchanged when it is short
 * (≤ 64 code units), well-formed and free of control characters — an id such as `s1` reads as `s1`
 * — otherwise the bounded, quoted {@link previewString}.
 *
 * @param text - the string
 * @returns the text for the message
 *
 * @example
 * ```ts
 * shownText('91330303MA2ABCDE1X'); //=> '91330303MA2ABCDE1X'
 * shownText('x'.repeat(1000)).length < 100; //=> true
 * ```
 */
export function shownText(text: string): string {
  return text.length <= 64 && !UNSHOWN.test(text) ? text : previewString(text);
}

function describeObject(value: object): string {
  if (Array.isArray(value)) {
    const length = (value as unknown[]).length;
    return typeof length === 'number' ? `数组（长度 ${length}）` : '数组';
  }
  if (ArrayBuffer.isView(value)) return '二进制数组';
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === null) return '无原型对象';
  if (value instanceof Date) return '日期对象（Date，应改为 YYYY-MM-DD 字符串）';
  if (value instanceof Map) return '映射（Map）';
  if (value instanceof Set) return '集合（Set）';
  if (value instanceof RegExp) return '正则表达式';
  if (value instanceof Promise) return 'Promise';
  if (value instanceof Error) return '错误对象';
  return prototype === Object.prototype ? '对象' : '对象（类实例）';
}

/**
 * Describes an untrusted value for an error message (描述输入值): its type in Chinese and, for a
 * primitive, a bounded preview. Never throws, never calls the value's own code beyond what the
 * engine does for `Array.isArray`/`Object.getPrototypeOf` (a Proxy's traps; their errors are
 * swallowed here).
 *
 * @param value - anything
 * @returns e.g. `字符串 "2023-2-3"`, `数字 NaN`, `Symbol(x)`, `大整数 1n`, `无原型对象`, `数组（长度 4294967295）`
 *
 * @example
 * ```ts
 * describeValue('2023-2-3'); //=> '字符串 "2023-2-3"'
 * describeValue(Number.NaN); //=> '数字 NaN'
 * describeValue(Symbol('x')); //=> 'Symbol(x)'
 * describeValue(1n); //=> '大整数 1n'
 * describeValue(Object.create(null)); //=> '无原型对象'
 * describeValue(undefined); //=> 'undefined'
 * ```
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return value.length === 0 ? '空字符串' : `字符串 ${previewString(value)}`;
      case 'number':
        return `数字 ${Object.is(value, -0) ? '-0' : String(value)}`;
      case 'bigint':
        return value < BIGINT_PREVIEW_LIMIT && value > -BIGINT_PREVIEW_LIMIT ? `大整数 ${value.toString()}n` : '大整数（BigInt）';
      case 'boolean':
        return `布尔值 ${value ? 'true' : 'false'}`;
      case 'symbol': {
        const description = value.description;
        return description === undefined ? 'Symbol()' : `Symbol(${previewString(description).slice(1, -1)})`;
      }
      case 'undefined':
        return 'undefined';
      case 'function':
        return '函数';
      default:
        return value === null ? 'null' : describeObject(value as object);
    }
  } catch {
    return '无法读取的值';
  }
}

/**
 * Describes a path segment for a message: a number as is, a string as a bounded preview when it
 * is not a plain identifier, a Symbol by its description.
 *
 * @param key - a property key from a path
 * @returns the segment as text
 *
 * @example
 * ```ts
 * describeKey('tasks'); //=> 'tasks'
 * describeKey(3); //=> '3'
 * describeKey('a b'); //=> '"a b"'
 * ```
 */
export function describeKey(key: unknown): string {
  if (typeof key === 'number') return String(key);
  if (typeof key === 'string') return /^[\p{L}\p{N}_$-]{1,32}$/u.test(key) ? key : previewString(key);
  return describeValue(key);
}

/**
 * Formats an error path for a message (字段路径): segments joined with `.`, each bounded.
 *
 * @param path - the path
 * @returns e.g. `tasks.0.month`
 *
 * @example
 * ```ts
 * formatPath(['tasks', 0, 'month']); //=> 'tasks.0.month'
 * ```
 */
export function formatPath(path: readonly unknown[]): string {
  if (path.length <= 12) return path.map(describeKey).join('.');
  return [...path.slice(0, 6).map(describeKey), '…', ...path.slice(-5).map(describeKey)].join('.');
}
