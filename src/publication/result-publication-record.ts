import { isResultCategoryRegistry } from './is-result-category-registry.js';
import { z } from 'zod';
import type { CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import { defaultResultCategories, type ResultCategoryRegistry } from './define-result-categories.js';
import { FOLLOW_UP_STATUS_LABELS, type FollowUpStatus } from './follow-up-status.js';
import { inspectionRecordSchemaFor, InspectionRecordSchema } from './inspection-record.js';

const RegistrySchema = z.custom<ResultCategoryRegistry>((value) => isResultCategoryRegistry(value), {
  message: '应为 defineResultCategories 返回的检查结果类别表',
});

/**
 * Schema of the input of {@link resultPublicationRecord} apart from the record (抽查结果公示输入).
 *
 * @example
 * ```ts
 * ResultPublicationOptionsSchema.parse({ subjectName: '某餐饮有限公司' }).subjectName; //=> '某餐饮有限公司'
 * ```
 */
export const ResultPublicationOptionsSchema = z
  .strictObject({
    /** Name of the subject as registered (主体名称). */
    subjectName: z.string().min(1).optional(),
    /** Name of the task (任务名称). */
    taskName: z.string().min(1).optional(),
    /** Accepted result categories (default the official list). */
    resultCategories: RegistrySchema.optional(),
  })
  .meta({ description: '抽查结果公示输入' });

/**
 * Options of {@link resultPublicationRecord}.
 *
 * @example
 * ```ts
 * const options: ResultPublicationOptions = { subjectName: '某餐饮有限公司', taskName: '餐饮服务提供者监督检查' };
 * resultPublicationRecord(record, options).subjectName; //=> '某餐饮有限公司'
 * ```
 */
export type ResultPublicationOptions = z.input<typeof ResultPublicationOptionsSchema>;

/**
 * What is published for the result of one check (抽查结果公示内容), a plain JSON-ready object.
 *
 * @example
 * ```ts
 * const published: ResultPublicationRecord = resultPublicationRecord({ ...record, resultCategory: 'ordered-to-correct', followUp: 'rectified', followUpDate: '2023-03-20' });
 * [published.result, published.followUp]; //=> ['发现问题已责令改正', { status: 'rectified', text: '已整改', date: '2023-03-20' }]
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
 * @param options - `subjectName`, `taskName`, `resultCategories`
 * @returns the publication record
 * @throws {ShuangsuijiError} `INVALID_RECORD` / `INVALID_DATE` for a bad record, `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * const published = resultPublicationRecord({ ...record, resultCategory: 'ordered-to-correct', followUp: 'rectified' });
 * published.result; //=> '发现问题已责令改正'
 * published.followUp.text; //=> '已整改'
 * ```
 */
export function resultPublicationRecord(record: unknown, options: ResultPublicationOptions = {}): ResultPublicationRecord {
  const parsedOptions = parseInput(ResultPublicationOptionsSchema, options, 'INVALID_INPUT', '抽查结果公示输入');
  const registry = parsedOptions.resultCategories ?? defaultResultCategories;
  const schema = registry === defaultResultCategories ? InspectionRecordSchema : inspectionRecordSchemaFor(registry);
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
    problemFound: parsed.problemFound,
    problems: [...(parsed.problems ?? [])],
    followUp: {
      status: parsed.followUp,
      text: FOLLOW_UP_STATUS_LABELS[parsed.followUp],
      ...(parsed.followUpDate === undefined ? {} : { date: parsed.followUpDate }),
    },
  };
}
