/**
 * The public surface, enumerated from the module itself (公开接口清单): every exported function
 * and class, and every method of every object the library returns or exports. A new export is
 * fuzzed without anyone listing it; `surface.test.ts` makes sure it has a valid call to mutate.
 */
import { z } from 'zod';
import * as lib from '../../../src/index.js';
import { METHOD_TABLES, VALID_CALLS } from './valid-calls.js';

type Args = () => unknown[];

/** One thing the fuzz calls. */
export interface Target {
  /** `name` for an export, `name#method` for a method. */
  readonly name: string;
  /** Calls it with the arguments (a fresh receiver for a method). */
  readonly invoke: (args: unknown[]) => unknown;
  /** A valid call, or `undefined` when the table has none (the surface test reports it). */
  readonly valid: Args | undefined;
  /**
   * Indices of the arguments the call may change by design: deepFreeze freezes its argument, and
   * filterEligible feeds the eligibility filter it is given (the library's own stateful object).
   */
  readonly mayChange: readonly number[];
}

const BUILTIN_PROTOTYPES = new Set<unknown>([
  Object.prototype,
  Array.prototype,
  Map.prototype,
  Set.prototype,
  Error.prototype,
  Promise.prototype,
  Function.prototype,
  Date.prototype,
  RegExp.prototype,
  Object.getPrototypeOf(function* () {}.prototype),
  Object.getPrototypeOf(Object.getPrototypeOf(function* () {}.prototype)),
]);

/** True for a class (called with `new`). */
export function isClass(value: unknown): value is new (...args: unknown[]) => unknown {
  return typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/**
 * The methods of an object: function-valued properties of the object and of its own prototypes,
 * stopping at built-in prototypes (Map, Array, Error, generators …). Getters are not run.
 */
export function methodsOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || value instanceof z.ZodType) return [];
  const names = new Set<string>();
  for (let object: object | null = value; object !== null && !BUILTIN_PROTOTYPES.has(object); object = Object.getPrototypeOf(object) as object | null) {
    for (const key of Object.getOwnPropertyNames(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (key !== 'constructor' && typeof descriptor?.value === 'function') names.add(key);
    }
  }
  return [...names].sort();
}

/** Exported functions and classes, by name, in export order. */
export function exportedFunctions(): [string, (...args: unknown[]) => unknown][] {
  return (Object.entries(lib) as [string, unknown][]).filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function');
}

/** Exported non-function values that have methods (rules …), by name. */
export function exportedObjectsWithMethods(): string[] {
  return Object.entries(lib)
    .filter(([, value]) => typeof value !== 'function' && methodsOf(value).length > 0)
    .map(([name]) => name);
}

const MAY_CHANGE: Readonly<Record<string, readonly number[]>> = { deepFreeze: [0], filterEligible: [1] };

/** Every target: each export, then each method listed in the method tables. */
export function targets(): Target[] {
  const only = process.env['FUZZ_ONLY']?.split(',');
  return allTargets().filter((target) => only === undefined || only.includes(target.name));
}

function allTargets(): Target[] {
  const list: Target[] = [];
  for (const [name, fn] of exportedFunctions()) {
    const invoke = isClass(fn) ? (args: unknown[]) => new fn(...args) : (args: unknown[]) => fn(...args);
    list.push({ name, invoke, valid: VALID_CALLS[name], mayChange: MAY_CHANGE[name] ?? [] });
  }
  for (const [owner, table] of Object.entries(METHOD_TABLES)) {
    for (const [method, valid] of Object.entries(table.methods)) {
      const invoke = (args: unknown[]) => {
        const receiver = table.make() as Record<string, (...a: unknown[]) => unknown>;
        return receiver[method]!(...args);
      };
      list.push({ name: `${owner}#${method}`, invoke, valid, mayChange: [] });
    }
  }
  return list;
}
