import { compareCodePoints } from './compare-code-points.js';

/**
 * Canonical JSON of a parsed value (规范 JSON，内部): object keys in code-point order at every
 * level, no whitespace, strings and integers as `JSON.stringify` writes them, `undefined` object
 * members left out. For the integer-and-string documents it is used on this is the JSON
 * Canonicalization Scheme (RFC 8785), so Python's
 * `json.dumps(doc, sort_keys=True, separators=(',', ':'), ensure_ascii=False)` gives the same text
 * for keys in the Basic Multilingual Plane.
 *
 * @param value - a JSON value (plain objects, arrays, strings, finite numbers, booleans, null)
 * @returns the canonical text
 *
 * @example
 * ```ts
 * canonicalJson({ b: [1, 'x'], a: null }); //=> '{"a":null,"b":[1,"x"]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort(compareCodePoints);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
