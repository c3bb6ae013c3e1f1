import { ShuangsuijiError, type ErrorPath } from '../errors.js';
import { MAX_INPUT_DEPTH } from '../input-limits.js';
import { formatPath } from './describe-value.js';

const hasOwn = Object.prototype.hasOwnProperty;
const mapForEach = Map.prototype.forEach;
const setForEach = Set.prototype.forEach;

/** True for a plain object or a null-prototype object: no brand check (and no exception) needed. */
function isPlainPrototype(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** True for a real Map (a brand check that runs none of the caller's code). */
function isRealMap(value: object): value is Map<unknown, unknown> {
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function isRealSet(value: object): value is Set<unknown> {
  try {
    Set.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function where(path: readonly PropertyKey[]): string {
  return path.length > 0 ? `（字段 ${formatPath(path)}）` : '';
}

/**
 * Walks a value once and rejects what would make later work unbounded (有界输入检查):
 * nesting deeper than {@link MAX_INPUT_DEPTH} or referring back to itself (`NESTING_TOO_DEEP`),
 * and arrays with holes, such as `new Array(2 ** 32 - 1)` (`SPARSE_ARRAY`).
 *
 * The walk visits own enumerable string keys of objects, array elements, and the entries of real
 * `Map`s and `Set`s. It is linear in the size of the input: a tree is walked once without any
 * bookkeeping; input whose shared sub-objects would be visited again and again is walked with
 * memoised heights (each object once). A hole is found at the first missing index, so a sparse array of length
 * 2^32−1 costs as much as its elements before the hole. Typed arrays and functions are not entered.
 * A getter or Proxy trap of the caller runs; its error propagates unchanged.
 *
 * @param value - the untrusted input
 * @param label - Chinese name of the input, for the message
 * @param path - path of `value` inside the caller's argument list (prefix of reported paths)
 * @throws {ShuangsuijiError} `NESTING_TOO_DEEP` or `SPARSE_ARRAY`, with the path where the limit is hit
 *
 * @example
 * ```ts
 * checkBounded({ tasks: [{ month: 3 }] }, '年度计划'); // passes
 * checkBounded(new Array(2 ** 32 - 1), '抽查范围'); // throws SPARSE_ARRAY, path [0]
 * ```
 */
export function checkBounded(value: unknown, label = '输入', path: ErrorPath = []): void {
  if (typeof value !== 'object' || value === null) return;
  new BoundedWalk(label, path).run(value);
}

/**
 * Object visits the first, unmemoised walk may make. A tree-shaped input visits each object once,
 * so any input of fewer objects is walked without a single map operation; past the budget (shared
 * sub-objects visited again and again, or a huge input) the walk restarts with memoised heights,
 * linear in the number of distinct objects.
 */
const FAST_VISITS = 4_000_000;

class BudgetExceeded {}
const BUDGET_EXCEEDED = /* @__PURE__ */ new BudgetExceeded();

class BoundedWalk {
  readonly #label: string;
  readonly #path: PropertyKey[];
  /** The objects on the current path (at most MAX_INPUT_DEPTH): a child among them closes a cycle. */
  readonly #ancestors: object[] = [];
  /** Memoised heights (second walk only); -1 while an object's children are being walked. */
  #state: Map<object, number> | undefined;
  #visits = 0;

  constructor(label: string, path: ErrorPath) {
    this.#label = label;
    this.#path = [...path];
  }

  /** Walks `value`: first without memo, within the budget; then, if needed, with memo. */
  run(value: object): void {
    const base = this.#path.length;
    try {
      this.height(value, 0);
    } catch (error) {
      if (error !== BUDGET_EXCEEDED) throw error;
      this.#path.length = base;
      this.#ancestors.length = 0;
      this.#state = new Map();
      this.height(value, 0);
    }
  }

  /** Height of `value` below it (0 for a leaf); `depth` is the nesting above it. */
  height(value: object, depth: number): number {
    const state = this.#state;
    if (state === undefined) {
      if (++this.#visits > FAST_VISITS) throw BUDGET_EXCEEDED;
    } else {
      const known = state.get(value);
      if (known !== undefined) {
        if (known < 0) throw this.#tooDeep(true);
        if (depth + known > MAX_INPUT_DEPTH) throw this.#tooDeep(false);
        return known;
      }
    }
    if (depth >= MAX_INPUT_DEPTH) throw this.#tooDeep(false);
    if (typeof value === 'function') return 0;
    state?.set(value, -1);
    this.#ancestors.push(value);
    let height = 0;
    if (Array.isArray(value)) {
      const length = (value as unknown[]).length;
      for (let index = 0; index < length; index += 1) {
        if (!hasOwn.call(value, index)) throw this.#hole(index, length);
        const child: unknown = value[index];
        if (typeof child === 'object' && child !== null) height = Math.max(height, this.#child(child, index, depth));
      }
    } else if (isPlainPrototype(value)) {
      for (const key of Object.keys(value)) {
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) height = Math.max(height, this.#child(child, key, depth));
      }
    } else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      // bytes: nothing inside
    } else if (isRealMap(value)) {
      let index = 0;
      mapForEach.call(value, (entry: unknown, key: unknown) => {
        if (typeof key === 'object' && key !== null) height = Math.max(height, this.#child(key, index, depth));
        if (typeof entry === 'object' && entry !== null) height = Math.max(height, this.#child(entry, index, depth));
        index += 1;
      });
    } else if (isRealSet(value)) {
      let index = 0;
      setForEach.call(value, (entry: unknown) => {
        if (typeof entry === 'object' && entry !== null) height = Math.max(height, this.#child(entry, index, depth));
        index += 1;
      });
    } else {
      for (const key of Object.keys(value)) {
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) height = Math.max(height, this.#child(child, key, depth));
      }
    }
    this.#ancestors.pop();
    state?.set(value, height);
    return height;
  }

  #child(child: object, key: PropertyKey, depth: number): number {
    this.#path.push(key);
    if (this.#state === undefined && this.#ancestors.includes(child)) throw this.#tooDeep(true);
    const height = this.height(child, depth + 1) + 1;
    this.#path.pop();
    return height;
  }

  #tooDeep(cycle: boolean): ShuangsuijiError {
    const path = [...this.#path];
    const what = cycle ? '含有循环引用' : `嵌套超过 ${MAX_INPUT_DEPTH} 层`;
    return new ShuangsuijiError('NESTING_TOO_DEEP', `${this.#label}无效${where(path)}：${what}`, {
      path,
      details: { maxDepth: MAX_INPUT_DEPTH, cycle },
    });
  }

  #hole(index: number, length: number): ShuangsuijiError {
    const path = [...this.#path, index];
    return new ShuangsuijiError('SPARSE_ARRAY', `${this.#label}无效${where(path)}：数组第 ${index} 项是空位（长度 ${length} 的稀疏数组），数组不能有空位`, {
      path,
      details: { index, length },
    });
  }
}
