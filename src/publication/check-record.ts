import { describeValue } from '../core/_internal/boundary.js';
import { ShuangsuijiError } from '../core/errors.js';
import { isValidCivilDate } from '../core/civil-date.js';
import type { ResultCategory } from './result-category.js';
import type { ResultCategoryRegistry } from './define-result-categories.js';
import type { InspectionRecordInput } from './inspection-record.js';

/** A record read field by field before it is known to be valid. */
type RawRecord = { readonly [K in keyof InspectionRecordInput]-?: unknown };

const isSubjectKind = (v: unknown): boolean => v === 'enterprise' || v === 'individual' || v === 'cooperative' || v === 'other';
const isRiskClass = (v: unknown): boolean => v === 'A' || v === 'B' || v === 'C' || v === 'D';
const isFollowUp = (v: unknown): boolean =>
  v === 'none' || v === 'pending' || v === 'rectified' || v === 'transferred' || v === 'case-filed' || v === 'listed-abnormal' || v === 'closed';
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Most distinct valid dates remembered; a year of records has a few hundred. */
const DATE_CACHE_LIMIT = 8192;

/**
 * Checks one record cheaply by hand and returns its result category (internal hot path of the
 * KPI accumulator and of {@link overduePublications}); throws on the first bad field.
 */
export type RecordChecker = (record: unknown, index: number) => ResultCategory;

/**
 * Creates a hand-written checker of inspection records for millions of records (记录快速校验):
 * the same rules as `inspectionRecordSchemaFor(registry)` (shape, plus a category of the registry),
 * without zod. Valid dates are remembered so
 * each distinct date string is parsed once.
 *
 * @param registry - accepted result categories
 * @returns the checker; it throws `INVALID_RECORD` (path `['records', index, field]`) or
 *   `INVALID_DATE` (same path) and returns the record's category
 *
 * @example
 * ```ts
 * const check = createRecordChecker(resultCategoriesOf(zhejiang2023));
 * check(record, 0).id; //=> 'no-problem'
 * check({ ...record, checkDate: '2023-02-30' }, 1); // throws INVALID_DATE, path ['records', 1, 'checkDate']
 * ```
 */
export function createRecordChecker(registry: ResultCategoryRegistry): RecordChecker {
  const validDates = new Set<string>();
  const byId = registry.byId;

  const date = (value: unknown, index: number, field: string): void => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a fast path for dates already checked; without it the full check below gives the same answer
    if (typeof value === 'string' && validDates.has(value)) return;
    if (typeof value !== 'string' || !DATE_SHAPE.test(value) || !isValidCivilDate(value)) {
      throw new ShuangsuijiError('INVALID_DATE', `抽查检查记录无效（字段 records.${index}.${field}）：应为 YYYY-MM-DD 格式的真实日期`, {
        path: ['records', index, field],
        details: { value },
      });
    }
    // Stryker disable next-line EqualityOperator,ConditionalExpression: the bound limits memory only; a remembered date is one already checked
    if (validDates.size < DATE_CACHE_LIMIT) validDates.add(value);
  };

  return (input, index) => {
    if (input === null || typeof input !== 'object') bad(index, undefined, '记录应为对象');
    const r = input as RawRecord;
    if (typeof r.subjectId !== 'string' || r.subjectId.length === 0) bad(index, 'subjectId', '应为非空字符串');
    if (!isSubjectKind(r.subjectKind)) bad(index, 'subjectKind', '主体类型无效');
    if (r.riskClass !== undefined && !isRiskClass(r.riskClass)) bad(index, 'riskClass', '信用风险分类应为 A、B、C、D 之一');
    if (typeof r.taskId !== 'string' || r.taskId.length === 0) bad(index, 'taskId', '应为非空字符串');
    if (r.visitId !== undefined && (typeof r.visitId !== 'string' || r.visitId.length === 0)) bad(index, 'visitId', '应为非空字符串');
    if (typeof r.department !== 'string' || r.department.length === 0) bad(index, 'department', '应为非空字符串');
    date(r.checkDate, index, 'checkDate');
    if (typeof r.doubleRandom !== 'boolean') bad(index, 'doubleRandom', '应为布尔值');
    if (typeof r.joint !== 'boolean') bad(index, 'joint', '应为布尔值');
    if (typeof r.riskApplied !== 'boolean') bad(index, 'riskApplied', '应为布尔值');
    if (typeof r.mobile !== 'boolean') bad(index, 'mobile', '应为布尔值');
    const category = typeof r.resultCategory === 'string' ? byId.get(r.resultCategory) : undefined;
    if (category === undefined) bad(index, 'resultCategory', `未知的检查结果类别 ${describeValue(r.resultCategory)}`);
    const checkDate = r.checkDate as string;
    let resultDate = checkDate;
    if (r.resultDate !== undefined) {
      date(r.resultDate, index, 'resultDate');
      resultDate = r.resultDate as string;
      if (resultDate < checkDate) bad(index, 'resultDate', '结果形成日期早于检查日期');
    }
    if (r.publishedOn !== undefined) {
      date(r.publishedOn, index, 'publishedOn');
      if ((r.publishedOn as string) < resultDate) bad(index, 'publishedOn', '公示日期早于结果形成日期');
    }
    if (r.problemFound !== undefined && typeof r.problemFound !== 'boolean') bad(index, 'problemFound', '应为布尔值');
    if (r.problems !== undefined && !Array.isArray(r.problems)) bad(index, 'problems', '应为字符串数组');
    if (r.followUp !== undefined && !isFollowUp(r.followUp)) bad(index, 'followUp', '后续处置状态无效');
    if (r.followUpDate !== undefined) date(r.followUpDate, index, 'followUpDate');
    return category as ResultCategory;
  };
}

function bad(index: number, field: string | undefined, what: string): never {
  const path = field === undefined ? ['records', index] : ['records', index, field];
  throw new ShuangsuijiError('INVALID_RECORD', `抽查检查记录无效（字段 ${path.join('.')}）：${what}`, { path });
}
