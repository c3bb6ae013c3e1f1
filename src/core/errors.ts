import { describeValue } from './_internal/describe-value.js';
import { isErrorCode, isErrorPath } from './_internal/error-shape.js';

/**
 * Stable error codes of the library, each with its Chinese description (错误码).
 *
 * Codes never change meaning once published; new codes may be added.
 *
 * @example
 * ```ts
 * ERROR_CODES.CALENDAR_OUT_OF_RANGE; //=> '日期超出工作日历覆盖的年份'
 * Object.keys(ERROR_CODES).includes('INSUFFICIENT_INSPECTORS'); //=> true
 * ```
 */
export const ERROR_CODES = {
  INVALID_INPUT: '输入不符合要求',
  INVALID_DATE: '日期无效，应为 YYYY-MM-DD 格式的真实日期',
  CALENDAR_OUT_OF_RANGE: '日期超出工作日历覆盖的年份',
  INVALID_USCC: '统一社会信用代码无效',
  DUPLICATE_ID: '标识重复',
  UNKNOWN_REFERENCE: '引用了不存在的对象',
  UNKNOWN_ITEM: '抽查事项编码不存在',
  UNKNOWN_TASK: '抽查任务不存在',
  UNKNOWN_STRATUM: '分层（风险类别）不存在',
  INVALID_CATALOGUE: '抽查事项清单无效',
  INVALID_POLICY: '政策参数无效',
  INVALID_PLAN: '年度计划无效',
  INVALID_ALLOCATION: '样本分配无效',
  SAMPLE_TOO_LARGE: '抽取数量超过名录库中可抽取的对象数',
  EMPTY_SEED: '随机种子不能为空',
  EMPTY_POOL: '抽取范围为空',
  INSUFFICIENT_INSPECTORS: '符合条件的执法检查人员不足',
  STAFFING_SEARCH_LIMIT: '执法检查人员选派的精确搜索超过步数上限',
  ANNOUNCEMENT_MISMATCH: '与事先公布的公告不一致',
  INVALID_RECORD: '记录无效',
  RECORD_MISMATCH: '记录与重算结果不一致',
  ACCUMULATOR_MISMATCH: '累加器的上下文不一致，不能合并',
  NESTING_TOO_DEEP: '输入嵌套层数超过上限或含有循环引用',
  SPARSE_ARRAY: '数组含有空位（稀疏数组）',
  MISSING_ARGUMENT: '缺少必需的参数（如政策参数 policy）',
  POLICY_FIELD_UNSET: '政策参数未规定所需的字段',
  NON_CANONICAL_ID: '检查对象标识不是规范形式（应为 NFC、半角、无首尾空白与零宽字符、统一社会信用代码大写）',
  INVALID_ID_FORMAT: '检查对象标识不符合抽取公告声明的格式（统一社会信用代码或注册号）',
} as const;

/**
 * One of the stable error codes in {@link ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: ErrorCode = 'SAMPLE_TOO_LARGE';
 * ```
 */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Path of the offending field, as zod reports it.
 *
 * @example
 * ```ts
 * const path: ErrorPath = ['tasks', 3, 'month'];
 * ```
 */
export type ErrorPath = readonly PropertyKey[];

/**
 * Options of {@link ShuangsuijiError}.
 *
 * @example
 * ```ts
 * const options: ShuangsuijiErrorOptions = { path: ['seed'], details: { seed: '' } };
 * new ShuangsuijiError('EMPTY_SEED', undefined, options).path; //=> ['seed']
 * ```
 */
export interface ShuangsuijiErrorOptions {
  /** Path of the offending field inside the input. */
  readonly path?: ErrorPath;
  /** Machine-readable details (the zod issues, the failing constraint, …). */
  readonly details?: unknown;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The brand every copy of the library puts on its errors: a symbol of the global registry, shared by
 * the ESM and CommonJS builds, by other versions and by other realms, where classes are not.
 */
const ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('shuangsuiji.ShuangsuijiError');

function hasErrorBrand(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true;
}

/**
 * The one error type the library throws (错误).
 *
 * Every public function validates its input and throws this error with a stable
 * {@link ErrorCode}, the `path` of the bad field and a message in Chinese. It never
 * throws a raw `ZodError` or `TypeError` for bad input.
 *
 * Recognise it with {@link isShuangsuijiError}, which also works when an application loads two
 * copies of the library (its ESM and CommonJS builds, two versions, or another realm such as an
 * iframe or a `vm` context): every copy brands its errors with the same registered symbol.
 * `instanceof ShuangsuijiError` checks that brand too.
 *
 * @param code - stable error code
 * @param message - Chinese message; defaults to the code's description
 * @param options - `path`, `details` and `cause`
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `code` is not one of {@link ERROR_CODES}, `message`
 *   is not a string, `options` is not an object or `options.path` is not an array of keys
 *
 * @example
 * ```ts
 * try {
 *   isWorkingDay('2023-02-30');
 * } catch (error) {
 *   if (isShuangsuijiError(error)) {
 *     error.code; //=> 'INVALID_DATE'
 *     error.path; //=> []
 *   }
 * }
 * ```
 */
export class ShuangsuijiError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Path of the offending field inside the input (empty when the input itself is bad). */
  readonly path: PropertyKey[];
  /** Machine-readable details. */
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, options: ShuangsuijiErrorOptions = {}) {
    const read = readArguments(code, message, options);
    super(read.message, read.cause === undefined ? undefined : { cause: read.cause });
    this.name = 'ShuangsuijiError';
    this.code = read.code;
    this.path = read.path;
    this.details = read.details;
    Object.defineProperty(this, ERROR_BRAND, { value: true });
    if (read.invalid) throw this;
  }

  /**
   * `value instanceof ShuangsuijiError` is true for an error of any copy of the library (see
   * {@link isShuangsuijiError}); for a subclass, `instanceof` keeps its usual meaning.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === ShuangsuijiError ? hasErrorBrand(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

interface ErrorArguments {
  readonly code: ErrorCode;
  readonly message: string;
  readonly path: PropertyKey[];
  readonly details: unknown;
  readonly cause: unknown;
  /** True when the arguments themselves were bad: the error describes them and is thrown. */
  readonly invalid: boolean;
}

function readArguments(code: unknown, message: unknown, options: unknown): ErrorArguments {
  const bad = (field: string, expected: string, value: unknown): ErrorArguments => ({
    code: 'INVALID_INPUT',
    message: `ShuangsuijiError 的参数 ${field} 无效：应为 ${expected}，收到 ${describeValue(value)}`,
    path: [field],
    details: undefined,
    cause: undefined,
    invalid: true,
  });
  if (!isErrorCode(code)) return bad('code', '错误码（ERROR_CODES 的键）', code);
  if (message !== undefined && typeof message !== 'string') return bad('message', '字符串', message);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return bad('options', '对象', options);
  const { path, details, cause } = options as ShuangsuijiErrorOptions;
  if (path !== undefined && !isErrorPath(path)) return bad('options.path', '由字符串、数字组成的数组', path);
  return { code, message: message ?? ERROR_CODES[code], path: [...(path ?? [])], details, cause, invalid: false };
}

/**
 * Tells whether a value is a {@link ShuangsuijiError}, optionally with a given code (是否为本库错误).
 *
 * Safe across copies and realms: it recognises the errors of the ESM and the CommonJS build when an
 * application loads both (the dual-package hazard), of another version of the library, and of
 * another realm (an iframe, a `vm` context), by a brand registered with `Symbol.for`, not by class
 * identity. Prefer it to `instanceof` in code that may meet such errors.
 *
 * @param value - anything caught
 * @param code - the code to match, if any
 * @returns `true` when `value` is a `ShuangsuijiError` (with that code)
 *
 * @example
 * ```ts
 * isShuangsuijiError(new ShuangsuijiError('EMPTY_SEED'), 'EMPTY_SEED'); //=> true
 * isShuangsuijiError(new Error('x')); //=> false
 * try {
 *   drawSubjects({ seed: '', taskId: 'T1', pool: ['a'], size: 1 });
 * } catch (error) {
 *   if (isShuangsuijiError(error, 'EMPTY_SEED')) error.path; //=> ['seed']
 * }
 * ```
 */
export function isShuangsuijiError(value: unknown, code?: ErrorCode): value is ShuangsuijiError {
  return hasErrorBrand(value) && (code === undefined || (value as ShuangsuijiError).code === code);
}
