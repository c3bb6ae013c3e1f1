/**
 * The calls the fuzz makes (模糊调用): garbage argument lists, and valid calls with one field
 * broken (a value replaced, a field deleted or added, an object frozen, proxied, stripped of its
 * prototype or given a throwing getter, an array made sparse). Garbage alone stops at the first
 * check; broken valid calls reach the code behind it.
 */
import fc from 'fast-check';
import { EXTRA_KEYS, asThrowingProxy, garbageArb, withThrowingGetter, type Recipe } from './hostile.js';

/** A call: how to build its arguments and a short description for reports. */
export interface CallSpec {
  readonly describe: string;
  /** Builds the arguments; `valid` is the target's valid call (absent: garbage only). */
  readonly build: (valid: (() => unknown[]) | undefined) => unknown[];
}

const OPERATIONS = [
  'replace',
  'replace',
  'replace',
  'delete',
  'extraKey',
  'nullPrototype',
  'freeze',
  'throwingProxy',
  'transparentProxy',
  'throwingGetter',
  'sparse',
  'wrap',
  'extraArgument',
  'dropArgument',
] as const;
type Operation = (typeof OPERATIONS)[number];

function isPlainContainer(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Paths to the nodes of a valid argument list (arrays: first two and last elements), depth ≤ 6. */
export function pathsOf(args: readonly unknown[]): PropertyKey[][] {
  const paths: PropertyKey[][] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    paths.push(path);
    if (path.length >= 6 || !isPlainContainer(value)) return;
    let keys: PropertyKey[];
    if (Array.isArray(value)) {
      const n = value.length;
      keys = [...new Set([0, 1, n - 1].filter((i) => i >= 0 && i < n))];
    } else keys = Object.keys(value);
    for (const key of keys) visit((value as Record<PropertyKey, unknown>)[key], [...path, key]);
  };
  args.forEach((arg, index) => visit(arg, [index]));
  return paths;
}

function shallowCopy(value: Record<PropertyKey, unknown>): Record<PropertyKey, unknown> {
  if (Array.isArray(value)) return [...(value as unknown[])] as unknown as Record<PropertyKey, unknown>;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(value)) {
    Object.defineProperty(copy, key, { value: value[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Copies the containers along `path` and lets `change` edit the last one (the parent). */
function editAt(root: unknown[], path: readonly PropertyKey[], change: (parent: Record<PropertyKey, unknown>, key: PropertyKey) => void): unknown[] {
  const top = [...root];
  let parent = top as unknown as Record<PropertyKey, unknown>;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i]!;
    const child = parent[key];
    if (!isPlainContainer(child)) return top;
    const copy = shallowCopy(child);
    parent[key] = copy;
    parent = copy;
  }
  change(parent, path[path.length - 1]!);
  return top;
}

function defineOwn(target: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(valid: unknown[], path: readonly PropertyKey[], operation: Operation, garbage: Recipe, extraKey: string): unknown[] {
  switch (operation) {
    case 'extraArgument':
      return [...valid, garbage()];
    case 'dropArgument':
      return valid.slice(0, -1);
    default:
      break;
  }
  return editAt(valid, path, (parent, key) => {
    const value = parent[key];
    switch (operation) {
      case 'replace':
        defineOwn(parent, key, garbage());
        return;
      case 'delete':
        delete parent[key];
        return;
      case 'extraKey':
        if (isPlainContainer(value) && !Array.isArray(value)) {
          const copy = shallowCopy(value);
          defineOwn(copy, extraKey, garbage());
          parent[key] = copy;
        } else if (path.length > 1) defineOwn(parent, extraKey, garbage());
        else defineOwn(parent, key, garbage()); // never give the argument list itself a key
        return;
      case 'nullPrototype':
        if (isPlainContainer(value) && !Array.isArray(value)) parent[key] = Object.assign(Object.create(null) as object, value);
        return;
      case 'freeze':
        if (isPlainContainer(value)) parent[key] = Object.freeze(shallowCopy(value));
        return;
      case 'throwingProxy':
        parent[key] = asThrowingProxy(value);
        return;
      case 'transparentProxy':
        if (typeof value === 'object' && value !== null) parent[key] = new Proxy(value, {});
        return;
      case 'throwingGetter':
        parent[key] = withThrowingGetter(value);
        return;
      case 'sparse':
        if (Array.isArray(value)) {
          const copy = [...(value as unknown[])];
          copy.length = 2 ** 32 - 1;
          parent[key] = copy;
        } else parent[key] = Object.assign(new Array(2 ** 32 - 1), { 0: value });
        return;
      case 'wrap':
        parent[key] = [value];
        return;
    }
  });
}

const garbageCallArb: fc.Arbitrary<CallSpec> = fc.array(garbageArb, { maxLength: 4 }).map((garbage) => ({
  describe: `(${garbage.map((g) => g.name).join(', ')})`,
  build: () => garbage.map((g) => g.make()),
}));

const mutationCallArb: fc.Arbitrary<CallSpec> = fc
  .record({ pick: fc.nat(), operation: fc.constantFrom(...OPERATIONS), garbage: garbageArb, extraKey: fc.constantFrom(...EXTRA_KEYS) })
  .map(({ pick, operation, garbage, extraKey }) => {
    let where = '';
    return {
      get describe() {
        return `valid call, ${operation} at ${where}${operation === 'replace' || operation === 'extraKey' || operation === 'extraArgument' ? ` with ${garbage.name}` : ''}${operation === 'extraKey' ? ` (key ${extraKey})` : ''}`;
      },
      build: (valid) => {
        if (valid === undefined) return [garbage.make()];
        const args = valid();
        const paths = pathsOf(args);
        if (paths.length === 0) return operation === 'extraArgument' ? [garbage.make()] : [];
        const path = paths[pick % paths.length]!;
        where = path.map(String).join('.');
        return mutate(args, path, operation, garbage.make, extraKey);
      },
    };
  });

/** Calls for one target: a third garbage, two thirds broken valid calls. */
export const callArb: fc.Arbitrary<CallSpec> = fc.oneof({ weight: 1, arbitrary: garbageCallArb }, { weight: 2, arbitrary: mutationCallArb });

/** A 32-bit seed for a target, from the suite's seed and the target's name. */
export function seedFor(seed: number, name: string): number {
  let hash = seed | 0;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash | 0;
}
