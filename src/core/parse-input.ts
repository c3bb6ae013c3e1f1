import { z } from 'zod';
import { ShuangsuijiError, type ErrorCode, type ErrorPath, ERROR_CODES } from './errors.js';
import { chineseErrorMap } from './chinese-error-map.js';
import { checkBounded } from './_internal/check-bounded.js';
import { describeValue, formatPath } from './_internal/describe-value.js';
import { isErrorCode, isErrorPath } from './_internal/error-shape.js';

/**
 * Converts a zod error into a {@link ShuangsuijiError} (校验错误转换).
 *
 * The first issue gives the `path` and the message; all issues are kept in `details.issues`.
 * An issue raised by a refinement may carry its own code in `params.code`. For an unknown field the
 * path ends with the field's name (`['tasks', 0, 'partnerDepartment']`).
 *
 * @param error - the zod error
 * @param code - the code to use when the issue does not name one (default `INVALID_INPUT`)
 * @param label - Chinese name of the input, used as the message prefix
 * @param prefix - path of the input among the caller's arguments, put before each issue's path
 * @returns the error to throw
 *
 * @example
 * ```ts
 * const result = CivilDateSchema.safeParse('2023-02-30');
 * if (!result.success) throw fromZodError(result.error, 'INVALID_DATE', '日期');
 * ```
 */
export function fromZodError(error: z.ZodError, code: ErrorCode = 'INVALID_INPUT', label = '输入', prefix: ErrorPath = []): ShuangsuijiError {
  const first = error.issues[0];
  // An unknown field is reported at the field itself, so the path names the misspelt key.
  const unknownKey = first?.code === 'unrecognized_keys' ? first.keys[0] : undefined;
  const path = [...prefix, ...(first?.path ?? []), ...(unknownKey === undefined ? [] : [unknownKey])];
  const issueCode = readIssueCode(first);
  const where = path.length > 0 ? `（字段 ${formatPath(path)}）` : '';
  const what = first?.message ?? ERROR_CODES[code];
  return new ShuangsuijiError(issueCode ?? code, `${label}无效${where}：${what}`, {
    path,
    details: { issues: error.issues },
    cause: error,
  });
}

function badParameter(name: string, expected: string, value: unknown): ShuangsuijiError {
  return new ShuangsuijiError('INVALID_INPUT', `parseInput 的参数 ${name} 无效：应为 ${expected}，收到 ${describeValue(value)}`, { path: [name] });
}

function readIssueCode(issue: z.core.$ZodIssue | undefined): ErrorCode | undefined {
  if (issue === undefined || issue.code !== 'custom') return undefined;
  const candidate = (issue.params as { code?: unknown } | undefined)?.code;
  return typeof candidate === 'string' && candidate in ERROR_CODES ? (candidate as ErrorCode) : undefined;
}

/**
 * Parses a value with a zod schema and throws a {@link ShuangsuijiError} when it does not fit
 * (输入校验). The input is never mutated; the parsed copy is returned.
 *
 * Before zod sees it, the input is walked once: nesting deeper than `MAX_INPUT_DEPTH`, a cycle
 * (`NESTING_TOO_DEEP`) or an array with holes (`SPARSE_ARRAY`) is rejected, so no parse can stall
 * or overflow the stack. Messages come from {@link chineseErrorMap} (per parse: the user's global
 * zod configuration is left alone).
 *
 * @param schema - the zod schema
 * @param input - the untrusted input
 * @param code - the error code for a failure (default `INVALID_INPUT`)
 * @param label - Chinese name of the input, for the message
 * @param path - path of the input among the caller's arguments, put before reported paths (default `[]`)
 * @returns the parsed value
 * @throws {ShuangsuijiError} with `code` and the `path` of the first bad field; `NESTING_TOO_DEEP`,
 *   `SPARSE_ARRAY` for unbounded input
 *
 * @example
 * ```ts
 * parseInput(CivilDateSchema, '2023-10-07', 'INVALID_DATE', '日期'); //=> '2023-10-07'
 * parseInput(CivilDateSchema, '2023-2-3', 'INVALID_DATE', '日期'); // throws INVALID_DATE
 * ```
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: ErrorCode = 'INVALID_INPUT',
  label = '输入',
  path: ErrorPath = [],
): z.output<S> {
  if (!(schema instanceof z.ZodType)) {
    throw new ShuangsuijiError('INVALID_INPUT', 'parseInput 的第一个参数应为 zod schema', { path: ['schema'] });
  }
  if (!isErrorCode(code)) throw badParameter('code', '错误码（ERROR_CODES 的键）', code);
  if (typeof label !== 'string') throw badParameter('label', '字符串', label);
  if (!isErrorPath(path)) throw badParameter('path', '由字符串、数字组成的数组', path);
  checkBounded(input, label, path);
  const result = schema.safeParse(input, { error: chineseErrorMap });
  if (!result.success) throw fromZodError(result.error, code, label, path);
  return result.data;
}
