/**
 * Garbage a hostile or careless caller can pass (恶意输入): each value is built fresh by a recipe,
 * so one call's input never leaks into the next.
 */
import fc from 'fast-check';

/**
 * The only error besides `ShuangsuijiError` a call may throw: one raised by the caller's own code
 * (a getter, a Proxy trap, an iterator) that the library merely ran.
 */
export class CallerError extends Error {
  constructor(where: string) {
    super(`caller's own ${where} threw`);
    this.name = 'CallerError';
  }
}

/** A value built on demand. */
export type Recipe = () => unknown;

const MEGABYTE = 'x'.repeat(1 << 20);
const SPARSE_LENGTH = 2 ** 32 - 1;

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/**
 * Deep values built once and deeply frozen: building and snapshotting 20 000 nodes for every call
 * would dominate the suite's time. The library cannot change them (a write would throw a TypeError,
 * which the fuzz reports), so snapshots skip them.
 */
export const SHARED_IMMUTABLE = new WeakSet<object>();

function shared<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) continue;
    Object.freeze(node);
    SHARED_IMMUTABLE.add(node);
    for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
  }
  return value;
}

const DEEP_ARRAY = shared(deepArray(20_000));
const DEEP_OBJECT = shared(deepObject(20_000));

function cyclic(): unknown {
  const value: Record<string, unknown> = { id: 'c', name: 'c' };
  value['self'] = value;
  value['tasks'] = [value];
  return value;
}

function throwingGetter(base: Record<string, unknown> = {}, key = 'id'): unknown {
  const value = { ...base };
  Object.defineProperty(value, key, {
    enumerable: true,
    get() {
      throw new CallerError('getter');
    },
  });
  return value;
}

function throwingProxy(target: object = {}): unknown {
  return new Proxy(target, {
    get() {
      throw new CallerError('Proxy get trap');
    },
    has() {
      throw new CallerError('Proxy has trap');
    },
    ownKeys() {
      throw new CallerError('Proxy ownKeys trap');
    },
    getOwnPropertyDescriptor() {
      throw new CallerError('Proxy getOwnPropertyDescriptor trap');
    },
  });
}

function throwingIterable(): unknown {
  return {
    [Symbol.iterator]() {
      return {
        next() {
          throw new CallerError('iterator');
        },
      };
    },
  };
}

function sparse(filled: Record<number, unknown> = {}): unknown {
  return Object.assign(new Array(SPARSE_LENGTH), filled);
}

/** Named garbage values; the names appear in failure reports. */
export const NAMED_GARBAGE: Readonly<Record<string, Recipe>> = {
  undefined: () => undefined,
  null: () => null,
  true: () => true,
  false: () => false,
  zero: () => 0,
  minusZero: () => -0,
  one: () => 1,
  minusOne: () => -1,
  half: () => 0.5,
  fraction: () => 1.5,
  NaN: () => Number.NaN,
  Infinity: () => Number.POSITIVE_INFINITY,
  minusInfinity: () => Number.NEGATIVE_INFINITY,
  twoPow31: () => 2 ** 31,
  twoPow32m1: () => SPARSE_LENGTH,
  twoPow53: () => 2 ** 53,
  maxValue: () => Number.MAX_VALUE,
  minValue: () => Number.MIN_VALUE,
  hugeNegative: () => -1e308,
  emptyString: () => '',
  x: () => 'x',
  riskA: () => 'A',
  riskE: () => 'E',
  date: () => '2023-01-01',
  badDate: () => '2023-02-30',
  shortDate: () => '2023-2-3',
  loneHigh: () => '\uD800',
  loneLow: () => 'a\uDFFFb',
  proto: () => '__proto__',
  constructorKey: () => 'constructor',
  toStringKey: () => 'toString',
  hasOwnProperty: () => 'hasOwnProperty',
  megabyte: () => MEGABYTE,
  symbol: () => Symbol('x'),
  bigint: () => 1n,
  hugeBigint: () => -(2n ** 4000n),
  emptyObject: () => ({}),
  nullPrototype: () => Object.create(null),
  nullPrototypeWithKeys: () => Object.assign(Object.create(null), { id: 's1', seed: 's', year: 2023 }),
  protoKey: () => JSON.parse('{"__proto__": {"polluted": true}, "id": "s1"}'),
  constructorObject: () => ({ constructor: 'x', prototype: null, toString: 5, valueOf: 'y' }),
  toStringThrows: () => ({
    toString() {
      throw new Error('library called toString');
    },
    valueOf() {
      throw new Error('library called valueOf');
    },
  }),
  frozenObject: () => Object.freeze({ id: 's1', name: 'n' }),
  frozenArray: () => Object.freeze(['a', 'b']),
  emptyArray: () => [],
  arrayOfGarbage: () => [null, undefined, 1, 'x', {}],
  stringArray: () => ['a', 'b', 'a'],
  sparse: () => sparse(),
  sparseFilled: () => sparse({ 0: 'a', 1: 'b' }),
  sparseObjects: () => sparse({ 0: { id: 's1' } }),
  hugeLengthLike: () => ({ length: SPARSE_LENGTH }),
  deepArray: () => DEEP_ARRAY,
  deepObject: () => DEEP_OBJECT,
  cyclic,
  date_object: () => new Date(2023, 0, 1),
  invalidDateObject: () => new Date(Number.NaN),
  map: () => new Map([['a', 1]]),
  set: () => new Set(['a']),
  fn: () => () => undefined,
  throwingFn: () => () => {
    throw new CallerError('function');
  },
  promise: () => Promise.resolve(1),
  typedArray: () => new Uint8Array(8),
  regexp: () => /x/,
  error: () => new Error('x'),
  generator: () =>
    (function* () {
      yield 'a';
      yield 'b';
    })(),
  throwingIterable,
  throwingGetter: () => throwingGetter({ name: 'n', kind: 'enterprise' }),
  throwingProxy: () => throwingProxy(),
  throwingArrayProxy: () => throwingProxy(['a']),
  transparentProxy: () => new Proxy({ id: 's1', name: 'n', kind: 'enterprise' }, {}),
  transparentArrayProxy: () => new Proxy(['a', 'b'], {}),
  weirdLengthArrayProxy: () =>
    new Proxy(['a'], {
      get(target, key, receiver) {
        return key === 'length' ? SPARSE_LENGTH : Reflect.get(target, key, receiver);
      },
    }),
};

const NAMES = Object.keys(NAMED_GARBAGE);

/** A garbage value: a named hostile value, or random data from fast-check. */
export const garbageArb: fc.Arbitrary<{ name: string; make: Recipe }> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAMES).map((name) => ({ name, make: NAMED_GARBAGE[name]! })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -1000, max: 1000 }).map((n) => ({ name: `int ${n}`, make: () => n })),
  },
  {
    weight: 1,
    arbitrary: fc.double().map((n) => ({ name: `double ${n}`, make: () => n })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map((s) => ({ name: `string ${JSON.stringify(s)}`, make: () => s })),
  },
  {
    weight: 2,
    arbitrary: fc
      .anything({
        maxDepth: 3,
        maxKeys: 4,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      })
      .map((value) => ({ name: 'fc.anything', make: () => value })),
  },
);

/** Property names a careless or hostile caller adds. */
export const EXTRA_KEYS = ['__proto__', 'constructor', 'toString', 'extra', 'partnerDepartment', 'mergegroup', 'hasOwnProperty'] as const;

/** Wraps a valid value so that reading it runs the caller's throwing code. */
export function withThrowingGetter(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return throwingGetter();
  const keys = Object.keys(value);
  return throwingGetter(value as Record<string, unknown>, keys[0] ?? 'id');
}

/** A proxy whose every trap throws, around a valid value. */
export function asThrowingProxy(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? throwingProxy(value) : throwingProxy();
}
