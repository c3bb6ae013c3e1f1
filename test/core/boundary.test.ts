/**
 * The validation boundary of src/core (and the TSDoc examples of its helpers): safe descriptions
 * of hostile values, the bounded walk, the argument helpers, the Chinese zod error map and the
 * self-checking ShuangsuijiError.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  arrayArgument,
  badArgument,
  boundedArgument,
  checkBounded,
  describeValue,
  formatPath,
  functionArgument,
  integerArgument,
  iterableArgument,
  optionsArgument,
  parseArgument,
  previewString,
  shownText,
  stringArgument,
} from '../../src/core/_internal/boundary.js';
import { describeKey } from '../../src/core/_internal/describe-value.js';
import { ERROR_CODES, MAX_INPUT_DEPTH, ShuangsuijiError, chineseErrorMap, deepFreeze, parseInput, CivilDateSchema, PlannedTaskSchema } from '../../src/index.js';
import { errorOf } from '../support/error-of.js';

function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe('describeValue: type and a bounded preview, never String() of the value', () => {
  it.each(([
    ['2023-2-3', '字符串 "2023-2-3"'],
    ['', '空字符串'],
    [Number.NaN, '数字 NaN'],
    [-0, '数字 -0'],
    [true, '布尔值 true'],
    [Symbol('x'), 'Symbol(x)'],
    [Symbol(), 'Symbol()'],
    [1n, '大整数 1n'],
    [10n ** 30n, '大整数（BigInt）'],
    [Object.create(null), '无原型对象'],
    [undefined, 'undefined'],
    [null, 'null'],
    [new Array(2 ** 32 - 1), '数组（长度 4294967295）'],
    [new Date(2023, 9, 7), '日期对象（Date，应改为 YYYY-MM-DD 字符串）'],
    [new Map(), '映射（Map）'],
    [() => 1, '函数'],
    ['\uD800', '字符串 "\\ud800"'],
  ] as [unknown, string][]).map(([value, expected]) => [expected, value] as const))('→ %s', (expected, value) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('never throws: a Proxy whose traps throw is "无法读取的值"', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(describeValue(hostile)).toBe('无法读取的值');
  });

  it('bounds a 1 MB string to 32 characters and says how long it was', () => {
    const text = describeValue('x'.repeat(1 << 20));
    expect(text).toBe(`字符串 "${'x'.repeat(32)}…"（共 1048576 个字符）`);
    expect(previewString('x'.repeat(1000)).endsWith('（共 1000 个字符）')).toBe(true);
  });

  it('shows a short id as it is, anything else quoted and bounded', () => {
    expect(shownText('91330303MA2ABCDE1X')).toBe('91330303MA2ABCDE1X');
    expect(shownText('a\nb')).toBe('"a\\nb"');
    expect(shownText('x'.repeat(1000)).length).toBeLessThan(100);
    expect(describeKey('tasks')).toBe('tasks');
    expect(describeKey(3)).toBe('3');
    expect(describeKey('a b')).toBe('"a b"');
  });

  it('formats long paths with an ellipsis', () => {
    expect(formatPath(['tasks', 0, 'month'])).toBe('tasks.0.month');
    expect(formatPath(Array.from({ length: 20 }, (_, i) => i))).toBe('0.1.2.3.4.5.….15.16.17.18.19');
  });
});

describe('checkBounded: nesting, cycles and holes', () => {
  it(`accepts ${MAX_INPUT_DEPTH} levels of nesting and rejects ${MAX_INPUT_DEPTH + 1} with NESTING_TOO_DEEP at the deepest path`, () => {
    expect(MAX_INPUT_DEPTH).toBe(32);
    expect(() => checkBounded(nested(MAX_INPUT_DEPTH))).not.toThrow();
    const error = errorOf(() => checkBounded(nested(MAX_INPUT_DEPTH + 1), '输入', ['poolSize']));
    expect(error.code).toBe('NESTING_TOO_DEEP');
    expect(error.path).toEqual(['poolSize', ...new Array<number>(MAX_INPUT_DEPTH).fill(0)]);
    expect(errorOf(() => checkBounded(nested(20_000))).code).toBe('NESTING_TOO_DEEP');
  });

  it('rejects a cycle as NESTING_TOO_DEEP, at the reference that closes it', () => {
    const plan: Record<string, unknown> = { tasks: [] };
    (plan['tasks'] as unknown[]).push(plan);
    expect(errorOf(() => checkBounded(plan))).toMatchObject({ code: 'NESTING_TOO_DEEP', path: ['tasks', 0], details: { cycle: true } });
  });

  it('measures a shared sub-object once: 64 levels of pairs of the same object is linear, and is measured by its real depth', () => {
    let value: unknown = { leaf: 1 };
    for (let i = 0; i < 31; i += 1) value = { a: value, b: value };
    expect(() => checkBounded(value)).not.toThrow(); // 2^31 paths, 32 objects
    const deeper = { a: value, b: value };
    expect(errorOf(() => checkBounded({ x: deeper })).code).toBe('NESTING_TOO_DEEP');
  });

  it('rejects holes at the first one: a sparse array of length 2^32 − 1 fails at once', () => {
    const sparse = Object.assign(new Array<unknown>(2 ** 32 - 1), { 0: 'a', 1: 'b' });
    expect(errorOf(() => checkBounded({ tags: sparse }, '抽查范围'))).toMatchObject({ code: 'SPARSE_ARRAY', path: ['tags', 2], details: { index: 2, length: 2 ** 32 - 1 } });
    expect(errorOf(() => checkBounded([1, , 3]))).toMatchObject({ code: 'SPARSE_ARRAY', path: [1] });
  });

  it('walks Maps and Sets, not typed arrays or functions', () => {
    expect(errorOf(() => checkBounded(new Map([['k', [1, , 3]]]))).code).toBe('SPARSE_ARRAY');
    expect(errorOf(() => checkBounded(new Set([nested(40)]))).code).toBe('NESTING_TOO_DEEP');
    expect(() => checkBounded({ bytes: new Uint8Array(1 << 20), fn: () => 1 })).not.toThrow();
  });

  it("lets the caller's own getter error through", () => {
    const input = {
      get id(): string {
        throw new RangeError('caller');
      },
    };
    expect(() => checkBounded(input)).toThrow(RangeError);
  });

  it('parseInput walks before zod parses', () => {
    expect(errorOf(() => parseInput(z.array(z.string()), new Array(2 ** 32 - 1), 'INVALID_INPUT', '标识'))).toMatchObject({ code: 'SPARSE_ARRAY', path: [0] });
  });
});

describe('the argument helpers', () => {
  it('badArgument builds "<label>无效（字段 path）：应为 …，收到 …"', () => {
    const error = badArgument('整数', 1.5, { label: '工作日数', path: ['n'] });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['n'], message: '工作日数无效（字段 n）：应为 整数，收到 数字 1.5' });
  });

  it('parseArgument prefixes the path of the argument', () => {
    expect(errorOf(() => parseArgument(z.strictObject({ tags: z.array(z.string()) }), { tags: [1] }, { label: '抽查范围', path: ['filter'] }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['filter', 'tags', 0],
    });
  });

  it('optionsArgument: undefined is {}; null, primitives and arrays are rejected; unknown keys are rejected when known keys are given', () => {
    expect(optionsArgument(undefined)).toEqual({});
    expect(optionsArgument({ includePlaceholders: false }, { known: ['includePlaceholders'] })).toEqual({ includePlaceholders: false });
    expect(errorOf(() => optionsArgument(null))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
    expect(errorOf(() => optionsArgument('garbage'))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
    expect(errorOf(() => optionsArgument([]))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
    expect(errorOf(() => optionsArgument({ includePlaceholder: false }, { known: ['includePlaceholders'] }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'includePlaceholder'],
    });
  });

  it('iterableArgument accepts iterables but not strings; arrayArgument rejects holes', () => {
    const set = new Set([1]);
    expect(iterableArgument(set)).toBe(set);
    expect(errorOf(() => iterableArgument('abc', { path: ['records'] }))).toMatchObject({ code: 'INVALID_INPUT', path: ['records'] });
    expect(errorOf(() => iterableArgument(42, { path: ['records'] })).message).toBe('输入无效（字段 records）：应为 数组或可迭代对象，收到 数字 42');
    expect(arrayArgument(['a'])).toEqual(['a']);
    expect(errorOf(() => arrayArgument(new Array(2 ** 32 - 1), { path: ['ids'] }))).toMatchObject({ code: 'SPARSE_ARRAY', path: ['ids', 0] });
    expect(errorOf(() => arrayArgument({ length: 3 }, { path: ['ids'] }))).toMatchObject({ code: 'INVALID_INPUT', path: ['ids'] });
  });

  it('string, integer and function arguments', () => {
    expect(stringArgument('A99')).toBe('A99');
    expect(stringArgument('', { nonEmpty: false })).toBe('');
    expect(errorOf(() => stringArgument('', { path: ['code'] }))).toMatchObject({ code: 'INVALID_INPUT', path: ['code'] });
    expect(integerArgument(3, { min: 1, max: 12 })).toBe(3);
    expect(errorOf(() => integerArgument(13, { min: 1, max: 12, label: '月份', path: ['month'] })).message).toBe('月份无效（字段 month）：应为 1 到 12 之间的整数，收到 数字 13');
    expect(errorOf(() => integerArgument(2 ** 53)).code).toBe('INVALID_INPUT');
    const fn = () => 1;
    expect(functionArgument(fn)).toBe(fn);
    expect(errorOf(() => functionArgument(1, { path: ['check'] }))).toMatchObject({ code: 'INVALID_INPUT', path: ['check'] });
    expect(() => boundedArgument({ a: [1] })).not.toThrow();
  });
});

describe('chineseErrorMap: every zod message in Chinese', () => {
  const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value, { error: chineseErrorMap }).error?.issues[0]?.message;

  it.each([
    ['a missing field', z.strictObject({ a: z.string() }), {}, '缺少必填字段：应为 字符串'],
    ['a wrong type', z.string(), 5, '应为 字符串，收到 数字 5'],
    ['a fraction for an integer (no "int")', z.number().int(), 1.5, '应为 整数，收到 数字 1.5'],
    ['a number too big (no "number")', z.number().max(12), 13, '数值过大：应不大于 12，收到 数字 13'],
    ['a number not above an exclusive minimum', z.number().gt(0), 0, '数值过小：应大于 0，收到 数字 0'],
    ['an empty string', z.string().min(1), '', '不能为空字符串'],
    ['a short string', z.string().min(3), 'a', '字符串过短：至少 3 个字符'],
    ['an exact length', z.string().length(3), 'ab', '字符串长度不对：应恰好 3 个字符'],
    ['an empty array', z.array(z.string()).min(1), [], '数组不能为空'],
    ['a long array', z.array(z.string()).max(1), ['a', 'b'], '数组过长：最多 1 项'],
    ['a value outside an enum', z.enum(['A', 'B']), 'E', '应为以下之一："A"、"B"，收到 字符串 "E"'],
    ['a literal', z.literal('A'), 'B', '应为 "A"，收到 字符串 "B"'],
    ['unknown fields', z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }, '未知字段 b、c（不接受未定义的字段，请检查拼写）'],
    ['a union', z.union([z.string(), z.number()]), null, '不符合任何一种允许的形式，收到 null'],
    ['a pattern', z.string().regex(/^a$/), 'b', '格式无效：应符合模式 /^a$/，收到 字符串 "b"'],
    ['a multiple', z.number().multipleOf(5), 3, '应为 5 的倍数，收到 数字 3'],
    ['a prefix', z.string().startsWith('x'), 'a', '格式无效：应以 "x" 开头'],
    ['a Date expected', z.date(), 'x', '应为 日期对象，收到 字符串 "x"'],
    ['a BigInt expected', z.bigint(), 1, '应为 大整数（BigInt），收到 数字 1'],
    ['a custom check without a message', z.custom(() => false), 1, '输入无效，收到 数字 1'],
  ])('%s', (_name, schema, value, expected) => {
    expect(message(schema, value)).toBe(expected);
  });

  it('holds its TSDoc example', () => {
    expect(PlannedTaskSchema.shape.month.safeParse(1.5, { error: chineseErrorMap }).error?.issues[0]?.message).toBe('应为 整数，收到 数字 1.5');
  });

  it('rejects a non-issue with ShuangsuijiError', () => {
    expect(errorOf(() => chineseErrorMap(undefined as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['issue'] });
  });
});

describe('ShuangsuijiError checks its own arguments', () => {
  it.each([
    ['a code that is not one', [-1], ['code']],
    ['a prototype key as code', ['toString'], ['code']],
    ['a non-string message', ['EMPTY_SEED', 5], ['message']],
    ['null options', ['EMPTY_SEED', 'x', null], ['options']],
    ['a path that is not a list of keys', ['EMPTY_SEED', 'x', { path: [{}] }], ['options.path']],
  ])('%s is INVALID_INPUT', (_name, args, path) => {
    const error = errorOf(() => new ShuangsuijiError(...(args as [never, never, never])));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path });
    expect(error.message).toMatch(/^ShuangsuijiError 的参数 .* 无效：应为 /);
  });

  it('keeps its contract for good arguments', () => {
    const cause = new Error('inner');
    const error = new ShuangsuijiError('EMPTY_SEED', undefined, { path: ['seed'], details: { seed: '' }, cause });
    expect(error).toMatchObject({ code: 'EMPTY_SEED', path: ['seed'], details: { seed: '' }, message: ERROR_CODES.EMPTY_SEED });
    expect(error.cause).toBe(cause);
  });

  it('the two new codes have Chinese descriptions', () => {
    expect(ERROR_CODES.NESTING_TOO_DEEP).toBe('输入嵌套层数超过上限或含有循环引用');
    expect(ERROR_CODES.SPARSE_ARRAY).toBe('数组含有空位（稀疏数组）');
  });
});

describe('parseInput checks its own parameters', () => {
  it('a bad code, label or path is INVALID_INPUT naming the parameter', () => {
    expect(errorOf(() => parseInput(CivilDateSchema, '2023-10-07', 'NOPE' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['code'] });
    expect(errorOf(() => parseInput(CivilDateSchema, '2023-10-07', 'INVALID_DATE', 5 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['label'] });
    expect(errorOf(() => parseInput(CivilDateSchema, '2023-10-07', 'INVALID_DATE', '日期', 'x' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['path'] });
  });
});

describe('deepFreeze', () => {
  it('freezes any depth without recursion, leaves typed arrays alone, runs no getter', () => {
    const deep = nested(20_000, { leaf: [1] }) as unknown[];
    deepFreeze(deep);
    let node: unknown = deep;
    for (let i = 0; i < 20_000; i += 1) node = (node as unknown[])[0];
    expect(Object.isFrozen(node)).toBe(true);
    const bytes = new Uint8Array(4);
    expect(Object.isFrozen(deepFreeze({ bytes }))).toBe(true);
    let reads = 0;
    deepFreeze({
      get x() {
        reads += 1;
        return 1;
      },
    });
    expect(reads).toBe(0);
  });
});
