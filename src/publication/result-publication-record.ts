import { isResultCategoryRegistry } from './is-result-category-registry.js';
import { z } from 'zod';
import type { CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { Policy } from '../policy/policy-schema.js';
import { resultCategoriesOf, type ResultCategoryRegistry } from './define-result-categories.js';
import { FOLLOW_UP_STATUS_LABELS, type FollowUpStatus } from './follow-up-status.js';
import { inspectionRecordSchemaFor } from './inspection-record.js';

const RegistrySchema = /* @__PURE__ */ z.custom<ResultCategoryRegistry>((value) => isResultCategoryRegistry(value), {
  message: '应为 defineResultCategories 返回的检查结果类别表',
});

/**
 * Schema of the input of {@link resultPublicationRecord} apart from the record (抽查结果公示输入).
 *
 * @example
 * ```ts
 * ResultPublicationOptionsSchema.parse({ subjectName: '某餐饮有限公司', policy: zhejiang2023 }).subjectName; //=> '某餐饮有限公司'
 * ```
 */
export const ResultPublicationOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Name of the subject as registered (主体名称). */
    subjectName: z.string().min(1).optional(),
    /** Name of the task (任务名称). */
    taskName: z.string().min(1).optional(),
    /** The policy whose result categories the record uses (required unless `resultCategories` is given). */
    policy: z.custom<Policy>((value) => value !== null && typeof value === 'object', { message: '应为政策参数' }).optional(),
    /** Accepted result categories (default the policy's). */
    resultCategories: RegistrySchema.optional(),
  })
  .meta({ description: '抽查结果公示输入' }))();

/**
 * Options of {@link resultPublicationRecord}.
 *
 * @example
 * ```ts
 * const options: ResultPublicationOptions = { policy: zhejiang2023, subjectName: '某餐饮有限公司', taskName: '餐饮服务提供者监督检查' };
 * resultPublicationRecord(record, options).subjectName; //=> '某餐饮有限公司'
 * ```
 */
export type ResultPublicationOptions = z.input<typeof ResultPublicationOptionsSchema>;

/**
 * What is published for the result of one check (抽查结果公示内容), a plain JSON-ready object.
 *
 * @example
 * ```ts
 * const published: ResultPublicationRecord = resultPublicationRecord({ ...record, resultCategory: 'ordered-to-correct', followUp: 'rectified', followUpDate: '2023-03-20' }, { policy: zhejiang2023 });
 * [published.result, published.resultCode, published.followUp]; //=> ['发现问题经责令已改正', 'E', { status: 'rectified', text: '已整改', date: '2023-03-20' }]
 * ```
 */
export interface ResultPublicationRecord {
  readonly kind: 'result';
  readonly subjectId: string;
  readonly subjectName?: string;
  readonly taskId: string;
  readonly taskName?: string;
  /** 检查日期. */
  readonly checkDate: CivilDate;
  /** 结果形成日期. */
  readonly resultDate: CivilDate;
  /** Id of the result category. */
  readonly resultCategory: string;
  /** The category's Chinese text, as published (检查结果). */
  readonly result: string;
  /** The category's code, when the policy gives one (结果代码). */
  readonly resultCode?: string;
  /** 是否发现问题. */
  readonly problemFound: boolean;
  /** The problems found (发现的问题). */
  readonly problems: readonly string[];
  /** Follow-up (后续处置): status, its Chinese name and date. */
  readonly followUp: { readonly status: FollowUpStatus; readonly text: string; readonly date?: CivilDate };
}

/**
 * Builds what is published for the result of one check (抽查结果公示): subject, task, dates, the
 * category's Chinese text, problems and follow-up — a plain object ready for `JSON.stringify`.
 * The record is fully validated with zod.
 *
 * @param record - one inspection record
 * @param options - `policy` (or `resultCategories`), `subjectName`, `taskName`
 * @returns the publication record
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['options', 'policy']`) with neither `policy`
 *   nor `resultCategories`; `INVALID_RECORD` / `INVALID_DATE` for a bad record, `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * const published = resultPublicationRecord({ ...record, resultCategory: 'ordered-to-correct', followUp: 'rectified' }, { policy: zhejiang2023 });
 * published.result; //=> '发现问题经责令已改正'
 * published.followUp.text; //=> '已整改'
 * ```
 */
export function resultPublicationRecord(record: unknown, options: ResultPublicationOptions): ResultPublicationRecord {
  const parsedOptions = parseInput(ResultPublicationOptionsSchema, options ?? {}, 'INVALID_INPUT', '抽查结果公示输入');
  if (parsedOptions.resultCategories === undefined && parsedOptions.policy === undefined) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 options.policy：检查结果类别取自政策参数', { path: ['options', 'policy'] });
  }
  const registry = parsedOptions.resultCategories ?? resultCategoriesOf(parsedOptions.policy as Policy);
  const schema = inspectionRecordSchemaFor(registry);
  const parsed = parseInput(schema, record, 'INVALID_RECORD', '抽查检查记录');
  const category = registry.byId.get(parsed.resultCategory);
  return {
    kind: 'result',
    subjectId: parsed.subjectId,
    ...(parsedOptions.subjectName === undefined ? {} : { subjectName: parsedOptions.subjectName }),
    taskId: parsed.taskId,
    ...(parsedOptions.taskName === undefined ? {} : { taskName: parsedOptions.taskName }),
    checkDate: parsed.checkDate,
    resultDate: parsed.resultDate,
    resultCategory: parsed.resultCategory,
    result: category?.text ?? parsed.resultCategory,
    ...(category?.code === undefined ? {} : { resultCode: category.code }),
    problemFound: parsed.problemFound,
    problems: [...(parsed.problems ?? [])],
    followUp: {
      status: parsed.followUp,
      text: FOLLOW_UP_STATUS_LABELS[parsed.followUp],
      ...(parsed.followUpDate === undefined ? {} : { date: parsed.followUpDate }),
    },
  };
}
