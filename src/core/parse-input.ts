import { z } from 'zod';
import { ShuangsuijiError, type ErrorCode, ERROR_CODES } from './errors.js';

/**
 * Converts a zod error into a {@link ShuangsuijiError} (校验错误转换).
 *
 * The first issue gives the `path` and the message; all issues are kept in `details.issues`.
 * An issue raised by a refinement may carry its own code in `params.code`.
 *
 * @param error - the zod error
 * @param code - the code to use when the issue does not name one (default `INVALID_INPUT`)
 * @param label - Chinese name of the input, used as the message prefix
 * @returns the error to throw
 *
 * @example
 * ```ts
 * const result = CivilDateSchema.safeParse('2023-02-30');
 * if (!result.success) throw fromZodError(result.error, 'INVALID_DATE', '日期');
 * ```
 */
export function fromZodError(error: z.ZodError, code: ErrorCode = 'INVALID_INPUT', label = '输入'): ShuangsuijiError {
  const first = error.issues[0];
  const path = first?.path ?? [];
  const issueCode = readIssueCode(first);
  const where = path.length > 0 ? `（字段 ${path.map(String).join('.')}）` : '';
  const what = first?.message ?? ERROR_CODES[code];
  return new ShuangsuijiError(issueCode ?? code, `${label}无效${where}：${what}`, {
    path,
    details: { issues: error.issues },
    cause: error,
  });
}

/** zod's own zh-CN messages, used per parse so the user's global zod config is left alone. */
const chineseMessages = z.locales.zhCN().localeError;

function readIssueCode(issue: z.core.$ZodIssue | undefined): ErrorCode | undefined {
  if (issue === undefined || issue.code !== 'custom') return undefined;
  const candidate = (issue.params as { code?: unknown } | undefined)?.code;
  return typeof candidate === 'string' && candidate in ERROR_CODES ? (candidate as ErrorCode) : undefined;
}

/**
 * Parses a value with a zod schema and throws a {@link ShuangsuijiError} when it does not fit
 * (输入校验). The input is never mutated; the parsed copy is returned.
 *
 * @param schema - the zod schema
 * @param input - the untrusted input
 * @param code - the error code for a failure (default `INVALID_INPUT`)
 * @param label - Chinese name of the input, for the message
 * @returns the parsed value
 * @throws {ShuangsuijiError} with `code` and the `path` of the first bad field
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
): z.output<S> {
  if (!(schema instanceof z.ZodType)) {
    throw new ShuangsuijiError('INVALID_INPUT', 'parseInput 的第一个参数应为 zod schema', { path: ['schema'] });
  }
  const result = schema.safeParse(input, { error: chineseMessages });
  if (!result.success) throw fromZodError(result.error, code, label);
  return result.data;
}
