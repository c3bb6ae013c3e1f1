import type { z } from 'zod';
import { describeKey, describeValue, previewString } from './_internal/describe-value.js';
import { badArgument } from './_internal/bad-argument.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  bigint: '大整数（BigInt）',
  symbol: 'Symbol',
  undefined: 'undefined',
  null: 'null',
  never: '（不允许的字段）',
  void: 'undefined',
  date: '日期对象',
  array: '数组',
  object: '对象',
  tuple: '数组',
  record: '对象',
  map: '映射（Map）',
  set: '集合（Set）',
  file: '文件',
  nonoptional: '非 undefined 的值',
  nan: 'NaN',
  function: '函数',
  promise: 'Promise',
  literal: '指定的值',
  enum: '指定的值之一',
  custom: '指定形式的值',
};

const SIZE_UNITS: Readonly<Record<string, { what: string; unit: string }>> = {
  string: { what: '字符串', unit: '个字符' },
  array: { what: '数组', unit: '项' },
  set: { what: '集合', unit: '项' },
  map: { what: '映射', unit: '项' },
  file: { what: '文件', unit: '字节' },
};

function typeName(expected: unknown): string {
  if (typeof expected !== 'string') return '指定类型的值';
  return TYPE_NAMES[expected] ?? (/^[A-Z]/.test(expected) ? `${expected} 的实例` : '指定类型的值');
}

function literal(value: unknown): string {
  if (typeof value === 'string') return previewString(value);
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return describeValue(value);
}

function bound(value: number | bigint): string {
  return typeof value === 'bigint' ? value.toString() : String(value);
}

function received(issue: { readonly input?: unknown }): string {
  return `，收到 ${describeValue(issue.input)}`;
}

function sizeMessage(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall>, big: boolean): string {
  const limit = bound(big ? (issue as { maximum: number | bigint }).maximum : (issue as { minimum: number | bigint }).minimum);
  const sizing = SIZE_UNITS[issue.origin];
  if (sizing !== undefined) {
    if (issue.exact === true) return `${sizing.what}长度不对：应恰好 ${limit} ${sizing.unit}`;
    if (!big && limit === '1') return sizing.what === '字符串' ? '不能为空字符串' : `${sizing.what}不能为空`;
    return big ? `${sizing.what}过长：最多 ${limit} ${sizing.unit}` : `${sizing.what}过短：至少 ${limit} ${sizing.unit}`;
  }
  const relation = big ? (issue.inclusive === false ? '小于' : '不大于') : issue.inclusive === false ? '大于' : '不小于';
  return `${big ? '数值过大' : '数值过小'}：应${relation} ${limit}${received(issue)}`;
}

function formatMessage(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
  const extra = issue as { prefix?: unknown; suffix?: unknown; includes?: unknown; pattern?: unknown };
  switch (issue.format) {
    case 'starts_with':
      return `格式无效：应以 ${literal(extra.prefix)} 开头`;
    case 'ends_with':
      return `格式无效：应以 ${literal(extra.suffix)} 结尾`;
    case 'includes':
      return `格式无效：应包含 ${literal(extra.includes)}`;
    case 'regex':
      return `格式无效：应符合模式 ${typeof extra.pattern === 'string' ? extra.pattern : '（未给出）'}${received(issue)}`;
    default:
      return `格式无效：应为 ${String(issue.format)} 格式${received(issue)}`;
  }
}

function unknownKeys(keys: unknown): string {
  const list = Array.isArray(keys) ? (keys as unknown[]) : [];
  const shown = list.slice(0, 5).map(describeKey).join('、');
  return `未知字段 ${shown}${list.length > 5 ? ` 等 ${list.length} 个` : ''}（不接受未定义的字段，请检查拼写）`;
}

/**
 * A zod error map whose every message is Chinese (中文校验消息), with no English type names and no
 * `String()` of the input: the input is described by type and a bounded preview. The library
 * applies it on every parse it makes; pass it to zod yourself to get the same messages from the
 * exported schemas (`Schema.safeParse(value, { error: chineseErrorMap })`, or globally with
 * `z.config({ localeError: chineseErrorMap })`). Messages a schema defines itself take precedence.
 *
 * @param issue - the raw zod issue
 * @returns the Chinese message
 *
 * @example
 * ```ts
 * const result = PlannedTaskSchema.shape.month.safeParse(1.5, { error: chineseErrorMap });
 * result.error?.issues[0]?.message; //=> '应为 整数，收到 数字 1.5'
 * ```
 */
export function chineseErrorMap(issue: z.core.$ZodRawIssue): string {
  if (typeof issue !== 'object' || issue === null || typeof (issue as { code?: unknown }).code !== 'string') {
    throw badArgument('zod 校验问题（含字符串 code 的对象）', issue, { label: 'chineseErrorMap 的参数', path: ['issue'] });
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少必填字段：应为 ${typeName(issue.expected)}`;
      if (issue.expected === 'never') return '不允许出现此字段';
      return `应为 ${typeName(issue.expected)}${received(issue)}`;
    case 'too_big':
      return sizeMessage(issue, true);
    case 'too_small':
      return sizeMessage(issue, false);
    case 'invalid_format':
      return formatMessage(issue);
    case 'not_multiple_of':
      return `应为 ${bound(issue.divisor)} 的倍数${received(issue)}`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys);
    case 'invalid_union':
      return `不符合任何一种允许的形式${received(issue)}`;
    case 'invalid_key':
      return '对象的键无效';
    case 'invalid_element':
      return issue.origin === 'map' ? '映射中有无效的值' : '集合中有无效的值';
    case 'invalid_value': {
      const values = Array.isArray(issue.values) ? issue.values : [];
      const shown = values.slice(0, 12).map(literal).join('、');
      return values.length === 1 ? `应为 ${shown}${received(issue)}` : `应为以下之一：${shown}${values.length > 12 ? ' 等' : ''}${received(issue)}`;
    }
    default:
      return `输入无效${received(issue)}`;
  }
}
