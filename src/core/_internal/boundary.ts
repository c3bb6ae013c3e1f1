/**
 * The validation boundary (校验边界): what every public function and every method of a returned
 * object calls at its entry, before any other work, for every argument. See
 * docs/development.md#the-validation-boundary for the conventions.
 *
 * - {@link parseArgument}: a zod schema for a structured argument (plan, policy, record, options).
 * - {@link optionsArgument}: an optional options bag that is read by hand (`undefined` → `{}`).
 * - {@link iterableArgument} / {@link arrayArgument}: collections; elements are then checked one by
 *   one by the caller's tight per-element check (no zod per record on hot paths).
 * - {@link stringArgument}, {@link integerArgument}, {@link functionArgument}: scalars by hand.
 * - {@link badArgument}: the error for anything else, with a safe description of the value.
 *
 * Every helper throws {@link ShuangsuijiError} with a stable code, the path of the bad field and a
 * Chinese message built with {@link describeValue}, never `String()`/`JSON.stringify` of the
 * value. Structured arguments are walked once by {@link checkBounded} (nesting ≤
 * `MAX_INPUT_DEPTH`, no sparse arrays) before zod sees them.
 *
 * @module
 */
import type { z } from 'zod';
import { ShuangsuijiError, type ErrorPath } from '../errors.js';
import { parseInput } from '../parse-input.js';
import { badArgument, where, type ArgumentOptions } from './bad-argument.js';
import { checkBounded } from './check-bounded.js';

export { describeValue, formatPath, previewString, shownText } from './describe-value.js';
export { checkBounded } from './check-bounded.js';
export { badArgument, where, type ArgumentOptions } from './bad-argument.js';

/**
 * Parses a structured argument with its zod schema (结构化参数): bounded walk, then zod with the
 * Chinese error map; reported paths are prefixed with `at.path`.
 *
 * @param schema - the zod schema of the argument
 * @param value - the untrusted value (not mutated)
 * @param at - `code`, `label`, `path`
 * @returns the parsed copy
 * @throws {ShuangsuijiError} `at.code` (or the code a refinement names), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseArgument(EligibilityOptionsSchema, undefined, { label: '筛选选项', path: ['options'] });
 * ```
 */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, at: ArgumentOptions = {}): z.output<S> {
  return parseInput(schema, value, at.code ?? 'INVALID_INPUT', at.label ?? '输入', at.path ?? []);
}

const EMPTY_OPTIONS: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});

/**
 * An options bag read by hand (选项对象): `undefined` gives `{}`; anything else must be a non-array
 * object. It is not walked (it may hold a calendar or a catalogue): the caller checks each field it
 * reads, tightly. With `known`, a key outside it is rejected (a misspelt
 * option is an error, never silently ignored). The caller then checks each field it reads.
 *
 * @param value - the untrusted options
 * @param at - `code`, `label` (default `选项`), `path` (default `['options']`), `known` field names
 * @returns the options as a record
 * @throws {ShuangsuijiError} `at.code` for `null`, a primitive, an array or an unknown key (path
 *   `[...at.path, key]`)
 *
 * @example
 * ```ts
 * optionsArgument(undefined); //=> {}
 * optionsArgument({ includePlaceholders: false }, { known: ['includePlaceholders'] }); //=> { includePlaceholders: false }
 * optionsArgument(null); // throws INVALID_INPUT, path ['options']
 * optionsArgument({ includePlaceholder: false }, { known: ['includePlaceholders'] }); // throws INVALID_INPUT, path ['options', 'includePlaceholder']
 * ```
 */
export function optionsArgument(
  value: unknown,
  at: ArgumentOptions & { readonly known?: readonly string[] } = {},
): Readonly<Record<string, unknown>> {
  if (value === undefined) return EMPTY_OPTIONS;
  const options = { label: '选项', path: ['options'] as ErrorPath, ...at };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badArgument('对象', value, options);
  if (at.known !== undefined) {
    for (const key of Object.keys(value)) {
      if (!at.known.includes(key)) {
        const path = [...options.path, key];
        throw new ShuangsuijiError(options.code ?? 'INVALID_INPUT', `${options.label}无效${where(path)}：未知字段（可用的字段：${at.known.join('、')}）`, {
          path,
          details: { known: at.known },
        });
      }
    }
  }
  return value as Record<string, unknown>;
}

/**
 * A collection argument that is iterated (可迭代参数): anything with a `Symbol.iterator` method
 * except a string. Arrays are also checked for holes lazily by the element check (a hole reads as
 * `undefined`); use {@link arrayArgument} when the array is indexed or copied rather than iterated.
 *
 * @param value - the untrusted collection
 * @param at - `code`, `label`, `path`
 * @returns the iterable
 * @throws {ShuangsuijiError} `at.code` for a non-iterable or a string
 *
 * @example
 * ```ts
 * iterableArgument([1, 2], { label: '检查记录' }); //=> [1, 2]
 * iterableArgument(42, { label: '检查记录' }); // throws INVALID_INPUT
 * ```
 */
export function iterableArgument(value: unknown, at: ArgumentOptions = {}): Iterable<unknown> {
  if (typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
    return value as Iterable<unknown>;
  }
  throw badArgument('数组或可迭代对象', value, at);
}

/**
 * An array argument (数组参数): a real array without holes, checked in time linear in its elements
 * (a sparse array of length 2^32−1 fails at its first hole).
 *
 * @param value - the untrusted array
 * @param at - `code`, `label`, `path`
 * @returns the array
 * @throws {ShuangsuijiError} `at.code` for a non-array, `SPARSE_ARRAY` for a hole
 *
 * @example
 * ```ts
 * arrayArgument(['a'], { label: '标识列表' }); //=> ['a']
 * arrayArgument(new Array(2 ** 32 - 1), { label: '标识列表' }); // throws SPARSE_ARRAY
 * ```
 */
export function arrayArgument(value: unknown, at: ArgumentOptions = {}): readonly unknown[] {
  if (!Array.isArray(value)) throw badArgument('数组', value, at);
  const length = value.length;
  for (let index = 0; index < length; index += 1) {
    if (!Object.prototype.hasOwnProperty.call(value, index)) {
      const path = [...(at.path ?? []), index];
      throw new ShuangsuijiError('SPARSE_ARRAY', `${at.label ?? '输入'}无效${where(path)}：数组第 ${index} 项是空位（长度 ${length} 的稀疏数组），数组不能有空位`, {
        path,
        details: { index, length },
      });
    }
  }
  return value as readonly unknown[];
}

/**
 * A string argument (字符串参数), optionally non-empty.
 *
 * @param value - the untrusted value
 * @param at - `code`, `label`, `path`, and `nonEmpty` (default `true`)
 * @returns the string
 * @throws {ShuangsuijiError} `at.code`
 *
 * @example
 * ```ts
 * stringArgument('A99', { label: '事项编码', path: ['code'] }); //=> 'A99'
 * stringArgument(42, { label: '事项编码', path: ['code'] }); // throws INVALID_INPUT, path ['code']
 * ```
 */
export function stringArgument(value: unknown, at: ArgumentOptions & { readonly nonEmpty?: boolean } = {}): string {
  if (typeof value === 'string' && (value.length > 0 || at.nonEmpty === false)) return value;
  throw badArgument(at.nonEmpty === false ? '字符串' : '非空字符串', value, at);
}

/**
 * A safe-integer argument within bounds (整数参数).
 *
 * @param value - the untrusted value
 * @param at - `code`, `label`, `path`, and `min`/`max` (inclusive; default the safe-integer range)
 * @returns the integer
 * @throws {ShuangsuijiError} `at.code`
 *
 * @example
 * ```ts
 * integerArgument(3, { min: 1, max: 12, label: '月份', path: ['month'] }); //=> 3
 * integerArgument(1.5, { label: '工作日数', path: ['n'] }); // throws INVALID_INPUT
 * ```
 */
export function integerArgument(value: unknown, at: ArgumentOptions & { readonly min?: number; readonly max?: number } = {}): number {
  const min = at.min ?? Number.MIN_SAFE_INTEGER;
  const max = at.max ?? Number.MAX_SAFE_INTEGER;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return value;
  const range = at.min === undefined && at.max === undefined ? '整数' : at.max === undefined ? `不小于 ${min} 的整数` : `${min} 到 ${max} 之间的整数`;
  throw badArgument(range, value, at);
}

/**
 * A function argument (函数参数).
 *
 * @param value - the untrusted value
 * @param at - `code`, `label`, `path`
 * @returns the function
 * @throws {ShuangsuijiError} `at.code`
 *
 * @example
 * ```ts
 * functionArgument(() => 1, { label: '规则', path: ['check'] });
 * ```
 */
export function functionArgument<F extends (...args: never[]) => unknown>(value: unknown, at: ArgumentOptions = {}): F {
  if (typeof value === 'function') return value as F;
  throw badArgument('函数', value, at);
}

/**
 * Checks a structured value that is read by hand rather than by zod (有界检查): see
 * {@link checkBounded}.
 *
 * @param value - the untrusted value
 * @param at - `label`, `path`
 * @throws {ShuangsuijiError} `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * boundedArgument({ a: [1] }, { label: '选项' });
 * ```
 */
export function boundedArgument(value: unknown, at: ArgumentOptions = {}): void {
  checkBounded(value, at.label ?? '输入', at.path ?? []);
}
