import { compareCodePoints } from '../compare-code-points.js';

/**
 * JSON with object keys in code point order and no spaces (规范化 JSON，内部): the same value always
 * gives the same text, so its SHA-256 is a commitment (`JSON.stringify` of the keys sorted the
 * same way in any language; `undefined` fields are left out).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, 'x'] }); //=> '{"a":[true,"x"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => compareCodePoints(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
