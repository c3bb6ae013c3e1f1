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
  INVALID_RECORD: '记录无效',
  RECORD_MISMATCH: '记录与重算结果不一致',
  ACCUMULATOR_MISMATCH: '累加器的上下文不一致，不能合并',
  MISSING_ARGUMENT: '缺少必需的参数（如政策参数 policy）',
  POLICY_FIELD_UNSET: '政策参数未规定所需的字段',
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
 * The one error type the library throws (错误).
 *
 * Every public function validates its input and throws this error with a stable
 * {@link ErrorCode}, the `path` of the bad field and a message in Chinese. It never
 * throws a raw `ZodError` or `TypeError` for bad input.
 *
 * @param code - stable error code
 * @param message - Chinese message; defaults to the code's description
 * @param options - `path`, `details` and `cause`
 *
 * @example
 * ```ts
 * try {
 *   isWorkingDay('2023-02-30');
 * } catch (error) {
 *   if (error instanceof ShuangsuijiError) {
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
    super(message ?? ERROR_CODES[code], options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ShuangsuijiError';
    this.code = code;
    this.path = [...(options.path ?? [])];
    this.details = options.details;
  }
}

/**
 * Tells whether a value is a {@link ShuangsuijiError}, optionally with a given code.
 *
 * @param value - anything caught
 * @param code - the code to match, if any
 * @returns `true` when `value` is a `ShuangsuijiError` (with that code)
 *
 * @example
 * ```ts
 * isShuangsuijiError(new ShuangsuijiError('EMPTY_SEED'), 'EMPTY_SEED'); //=> true
 * isShuangsuijiError(new Error('x')); //=> false
 * ```
 */
export function isShuangsuijiError(value: unknown, code?: ErrorCode): value is ShuangsuijiError {
  return value instanceof ShuangsuijiError && (code === undefined || value.code === code);
}
