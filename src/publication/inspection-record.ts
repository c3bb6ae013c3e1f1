import { badArgument } from '../core/_internal/boundary.js';
import { isResultCategoryRegistry } from './is-result-category-registry.js';
import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import { RiskClassSchema } from '../core/risk-class.js';
import { SubjectKindSchema } from '../directory/subject.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { ResultCategoryRegistry } from './define-result-categories.js';
import { FollowUpStatusSchema } from './follow-up-status.js';

const id = /* @__PURE__ */ (() => z.string().min(1))();

const recordShape = {
  /** Id of the subject checked (检查对象标识), as in the subject directory. */
  subjectId: id,
  /** Kind of the subject (主体类型). */
  subjectKind: SubjectKindSchema,
  /** The subject's credit-risk class at the time of the check (检查时的信用风险分类); omitted when unclassified. */
  riskClass: RiskClassSchema.optional(),
  /** The plan task the check belongs to (抽查任务). */
  taskId: id,
  /** The visit (一次上门) the check was carried out in; checks of merged tasks share one. */
  visitId: id.optional(),
  /** Department that carried out the check (实施科室 / 市监所). */
  department: id,
  /** Day of the check (检查日期). */
  checkDate: CivilDateSchema,
  /** Both the subject and the inspectors were drawn at random (双随机). */
  doubleRandom: z.boolean(),
  /** Carried out jointly with another department (部门联合抽查). */
  joint: z.boolean(),
  /** The task applied the credit-risk classification when drawing (信用风险分类结果应用). */
  riskApplied: z.boolean(),
  /** Recorded through mobile enforcement (掌上执法). */
  mobile: z.boolean(),
  /** Id of the result category (检查结果类别), one of the policy's `resultCategories`. */
  resultCategory: id,
  /** Day the result was formed (结果形成日期); defaults to `checkDate`. */
  resultDate: CivilDateSchema.optional(),
  /** Day the result was published (公示日期); omitted while unpublished. */
  publishedOn: CivilDateSchema.optional(),
  /** Whether a problem was found (发现问题); defaults to what the category implies. */
  problemFound: z.boolean().optional(),
  /** The problems found, as published (发现的问题). */
  problems: z.array(z.string().min(1)).optional(),
  /** Follow-up status (后续处置状态). */
  followUp: FollowUpStatusSchema.default('none'),
  /** Day of the last follow-up step (处置日期). */
  followUpDate: CivilDateSchema.optional(),
};

function checkDates(record: { readonly checkDate: string; readonly resultDate?: string | undefined; readonly publishedOn?: string | undefined }, context: z.RefinementCtx): void {
  if (record.resultDate !== undefined && record.resultDate < record.checkDate) {
    context.addIssue({ code: 'custom', path: ['resultDate'], message: '结果形成日期早于检查日期', params: { code: 'INVALID_RECORD' } });
  }
  const resultDate = record.resultDate ?? record.checkDate;
  if (record.publishedOn !== undefined && record.publishedOn < resultDate) {
    context.addIssue({ code: 'custom', path: ['publishedOn'], message: '公示日期早于结果形成日期', params: { code: 'INVALID_RECORD' } });
  }
}

/**
 * Builds the schema of an inspection record (抽查检查记录) that accepts the result categories of a
 * registry — usually the policy's, `resultCategoriesOf(policy)`.
 *
 * The output fills `resultDate` with `checkDate` and `problemFound` with the category's
 * `problemFound` when they are omitted. Refinements (code `INVALID_RECORD`): a known category,
 * `resultDate ≥ checkDate`, `publishedOn ≥ resultDate`.
 *
 * @param registry - the result categories accepted
 * @returns the zod schema
 * @throws {ShuangsuijiError} `INVALID_INPUT` (path `['registry']`) when `registry` was not made by {@link defineResultCategories}
 *
 * @example
 * ```ts
 * const policy = definePolicy({ resultCategories: [{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }] }, zhejiang2023);
 * inspectionRecordSchemaFor(resultCategoriesOf(policy)).safeParse({ ...record, resultCategory: 'warned' }).success; //=> true
 * ```
 */
export function inspectionRecordSchemaFor(registry: ResultCategoryRegistry) {
  checkRegistry(registry);
  return z
    .strictObject({
      ...recordShape,
      resultCategory: z.string().refine((value) => registry.byId.has(value), {
        message: '未知的检查结果类别',
        params: { code: 'INVALID_RECORD' },
      }),
    })
    .superRefine(checkDates)
    .transform((record) => ({
      ...record,
      resultDate: record.resultDate ?? record.checkDate,
      problemFound: record.problemFound ?? registry.byId.get(record.resultCategory)?.problemFound ?? false,
    }))
    .meta({ description: '抽查检查记录' });
}

/**
 * Schema of the shape of one inspection record (抽查检查记录): one subject checked in one task — a
 * visit that covers three tasks gives three records. It checks every field's shape and the order of
 * the dates but not whether `resultCategory` is one of the policy's categories, and it does not fill
 * `problemFound`: for that, parse with {@link parseInspectionRecord} and the policy's categories.
 *
 * @example
 * ```ts
 * const shape = InspectionRecordSchema.parse({
 *   subjectId: 'E0001', subjectKind: 'enterprise', riskClass: 'B', taskId: 'T01', department: '餐饮科',
 *   checkDate: '2023-03-10', doubleRandom: true, joint: false, riskApplied: true, mobile: true,
 *   resultCategory: 'ordered-to-correct', followUp: 'rectified', followUpDate: '2023-03-20',
 * });
 * shape.followUp; //=> 'rectified'
 * ```
 */
export const InspectionRecordSchema = /* @__PURE__ */ (() => z.strictObject(recordShape).superRefine(checkDates).meta({ description: '抽查检查记录' }))();

/**
 * One inspection record (抽查检查记录), as parsed against a policy's categories: `resultDate` and
 * `problemFound` filled in.
 *
 * @example
 * ```ts
 * const record: InspectionRecord = parseInspectionRecord({ subjectId: 's1', subjectKind: 'enterprise', taskId: 'T03', department: '餐饮科',
 *   checkDate: '2023-03-10', doubleRandom: true, joint: true, riskApplied: true, mobile: true, resultCategory: 'no-problem' }, resultCategoriesOf(zhejiang2023));
 * [record.resultDate, record.problemFound, record.followUp]; //=> ['2023-03-10', false, 'none']
 * ```
 */
export type InspectionRecord = z.output<ReturnType<typeof inspectionRecordSchemaFor>>;
/**
 * An inspection record as accepted on input: `resultDate`, `problemFound`, `followUp` may be omitted.
 *
 * @example
 * ```ts
 * const record: InspectionRecordInput = { subjectId: 's1', subjectKind: 'enterprise', riskClass: 'B', taskId: 'T03', department: '餐饮科',
 *   checkDate: '2023-03-10', doubleRandom: true, joint: true, riskApplied: true, mobile: true, resultCategory: 'ordered-to-correct' };
 * parseInspectionRecord(record, resultCategoriesOf(zhejiang2023)).problemFound; //=> true
 * ```
 */
export type InspectionRecordInput = z.input<typeof InspectionRecordSchema>;

/**
 * Fully validates one inspection record with zod (解析抽查检查记录) against a table of result
 * categories — the policy's, `resultCategoriesOf(policy)`. For millions of records use the KPI
 * accumulator, which checks records cheaply by hand.
 *
 * @param input - the untrusted record
 * @param registry - accepted result categories, e.g. `resultCategoriesOf(policy)`
 * @returns the parsed record with defaults filled in
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['registry']`) without a registry;
 *   `INVALID_RECORD` (path of the bad field), `INVALID_DATE` for a bad date; `INVALID_INPUT` (path
 *   `['registry']`) when `registry` was not made by {@link defineResultCategories}
 *
 * @example
 * ```ts
 * const categories = resultCategoriesOf(zhejiang2023);
 * parseInspectionRecord({ ...record, checkDate: '2023-02-30' }, categories); // throws INVALID_DATE, path ['checkDate']
 * parseInspectionRecord({ ...record, resultCategory: 'ok' }, categories); // throws INVALID_RECORD, path ['resultCategory']
 * ```
 */
export function parseInspectionRecord(input: unknown, registry: ResultCategoryRegistry): InspectionRecord {
  if (registry === undefined || registry === null) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 registry：请传入检查结果类别表，如 resultCategoriesOf(policy)', { path: ['registry'] });
  }
  return parseInput(inspectionRecordSchemaFor(registry), input, 'INVALID_RECORD', '抽查检查记录');
}

function checkRegistry(registry: unknown): void {
  if (!isResultCategoryRegistry(registry)) {
    throw badArgument('defineResultCategories 返回的检查结果类别表', registry, { label: '检查结果类别表', path: ['registry'] });
  }
}
