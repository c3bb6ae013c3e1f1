import { ShuangsuijiError, type ErrorCode, type ErrorPath } from '../errors.js';
import { describeValue, formatPath } from './describe-value.js';

/**
 * Where an argument sits and how to name it in errors.
 *
 * @example
 * ```ts
 * const at: ArgumentOptions = { code: 'INVALID_INPUT', label: '筛选选项', path: ['options'] };
 * ```
 */
export interface ArgumentOptions {
  /** Code of the error (default `INVALID_INPUT`). */
  readonly code?: ErrorCode;
  /** Chinese name of the argument, the message prefix (default `输入`). */
  readonly label?: string;
  /** Path of the argument (prefix of every reported path; default `[]`). */
  readonly path?: ErrorPath;
}

/**
 * The error for a value that is not what was expected (参数无效), described safely.
 *
 * @param expected - what was expected, in Chinese (e.g. `非负整数`)
 * @param value - the bad value (described by type and a bounded preview)
 * @param at - `code`, `label`, `path`
 * @returns the error to throw: message `<label>无效（字段 <path>）：应为 <expected>，收到 <value>`
 *
 * @example
 * ```ts
 * badArgument('整数', 1.5, { label: '工作日数', path: ['n'] }).message;
 * //=> '工作日数无效（字段 n）：应为 整数，收到 数字 1.5'
 * ```
 */
export function badArgument(expected: string, value: unknown, at: ArgumentOptions = {}): ShuangsuijiError {
  const path = at.path ?? [];
  return new ShuangsuijiError(at.code ?? 'INVALID_INPUT', `${at.label ?? '输入'}无效${where(path)}：应为 ${expected}，收到 ${describeValue(value)}`, {
    path,
    details: { expected },
  });
}

/**
 * The `（字段 a.b）` part of a message, empty for the input itself.
 *
 * @param path - the path
 * @returns the text
 *
 * @example
 * ```ts
 * where(['tasks', 0]); //=> '（字段 tasks.0）'
 * ```
 */
export function where(path: ErrorPath): string {
  return path.length > 0 ? `（字段 ${formatPath(path)}）` : '';
}
