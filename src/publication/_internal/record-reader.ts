import { describeValue } from '../../core/_internal/boundary.js';
import { dateKey } from '../../core/_internal/date-key.js';
import { ShuangsuijiError } from '../../core/errors.js';
import { isValidCivilDate } from '../../core/civil-date.js';
import type { ResultCategory } from '../result-category.js';
import type { ResultCategoryRegistry } from '../define-result-categories.js';
import type { InspectionRecordInput } from '../inspection-record.js';

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
 * A hand-written reader of inspection records for millions of records (记录快速读取, internal hot
 * path of the KPI accumulator and of `overduePublications`): the same rules, in the same order, as
 * `inspectionRecordSchemaFor(registry)` (shape, plus a category of the registry), without zod. Each
 * distinct date string is parsed once: a cache maps it to its {@link dateKey}, and the keys of the
 * last record read are left in the reader's fields, so callers compare dates as integers.
 *
 * @example
 * ```ts
 * const reader = new RecordReader(resultCategoriesOf(zhejiang2023));
 * reader.read(record, 0).id; //=> 'no-problem'
 * reader.checkDay; //=> 20230310 for checkDate '2023-03-10'
 * reader.read({ ...record, checkDate: '2023-02-30' }, 1); // throws INVALID_DATE, path ['records', 1, 'checkDate']
 * ```
 */
export class RecordReader {
  /** `dateKey` of the last record's `checkDate`. */
  checkDay = 0;
  /** `dateKey` of its `resultDate`, or of its `checkDate` when it has none. */
  resultDay = 0;
  /** `dateKey` of its `publishedOn`, or 0 when it has none. */
  publishedDay = 0;
  /** `dateKey` of its `followUpDate`, or 0 when it has none. */
  followUpDay = 0;
  readonly #days = new Map<string, number>();
  readonly #byId: ReadonlyMap<string, ResultCategory>;

  /** @param registry - accepted result categories */
  constructor(registry: ResultCategoryRegistry) {
    this.#byId = registry.byId;
  }

  /**
   * Checks one record, throwing on its first bad field, and returns its result category; the
   * date fields of this reader then hold the record's dates.
   *
   * @param input - the untrusted record
   * @param index - its index, for error paths `['records', index, field]`
   * @returns the record's result category
   * @throws {ShuangsuijiError} `INVALID_RECORD` or `INVALID_DATE` (path `['records', index, field]`)
   */
  read(input: unknown, index: number): ResultCategory {
    if (input === null || typeof input !== 'object') bad(index, undefined, '记录应为对象');
    const r = input as RawRecord;
    if (typeof r.subjectId !== 'string' || r.subjectId.length === 0) bad(index, 'subjectId', '应为非空字符串');
    if (!isSubjectKind(r.subjectKind)) bad(index, 'subjectKind', '主体类型无效');
    if (r.riskClass !== undefined && !isRiskClass(r.riskClass)) bad(index, 'riskClass', '信用风险分类应为 A、B、C、D 之一');
    if (typeof r.taskId !== 'string' || r.taskId.length === 0) bad(index, 'taskId', '应为非空字符串');
    if (r.visitId !== undefined && (typeof r.visitId !== 'string' || r.visitId.length === 0)) bad(index, 'visitId', '应为非空字符串');
    if (typeof r.department !== 'string' || r.department.length === 0) bad(index, 'department', '应为非空字符串');
    const checkDay = this.#day(r.checkDate, index, 'checkDate');
    if (typeof r.doubleRandom !== 'boolean') bad(index, 'doubleRandom', '应为布尔值');
    if (typeof r.joint !== 'boolean') bad(index, 'joint', '应为布尔值');
    if (typeof r.riskApplied !== 'boolean') bad(index, 'riskApplied', '应为布尔值');
    if (typeof r.mobile !== 'boolean') bad(index, 'mobile', '应为布尔值');
    const resultCategory = r.resultCategory;
    const category = typeof resultCategory === 'string' ? this.#byId.get(resultCategory) : undefined;
    if (category === undefined) bad(index, 'resultCategory', `未知的检查结果类别 ${describeValue(resultCategory)}`);
    let resultDay = checkDay;
    const resultDate = r.resultDate;
    if (resultDate !== undefined) {
      resultDay = this.#day(resultDate, index, 'resultDate');
      if (resultDay < checkDay) bad(index, 'resultDate', '结果形成日期早于检查日期');
    }
    let publishedDay = 0;
    const publishedOn = r.publishedOn;
    if (publishedOn !== undefined) {
      publishedDay = this.#day(publishedOn, index, 'publishedOn');
      if (publishedDay < resultDay) bad(index, 'publishedOn', '公示日期早于结果形成日期');
    }
    if (r.problemFound !== undefined && typeof r.problemFound !== 'boolean') bad(index, 'problemFound', '应为布尔值');
    if (r.problems !== undefined && !Array.isArray(r.problems)) bad(index, 'problems', '应为字符串数组');
    if (r.followUp !== undefined && !isFollowUp(r.followUp)) bad(index, 'followUp', '后续处置状态无效');
    const followUpDate = r.followUpDate;
    this.followUpDay = followUpDate === undefined ? 0 : this.#day(followUpDate, index, 'followUpDate');
    this.checkDay = checkDay;
    this.resultDay = resultDay;
    this.publishedDay = publishedDay;
    return category as ResultCategory;
  }

  /** The `dateKey` of a valid date (cached per distinct string); throws `INVALID_DATE` otherwise. */
  #day(value: unknown, index: number, field: string): number {
    if (typeof value === 'string') {
      const day = this.#days.get(value);
      if (day !== undefined) return day;
    }
    if (typeof value !== 'string' || !DATE_SHAPE.test(value) || !isValidCivilDate(value)) {
      throw new ShuangsuijiError('INVALID_DATE', `抽查检查记录无效（字段 records.${index}.${field}）：应为 YYYY-MM-DD 格式的真实日期`, {
        path: ['records', index, field],
        details: { value },
      });
    }
    const day = dateKey(value);
    if (this.#days.size < DATE_CACHE_LIMIT) this.#days.set(value, day);
    return day;
  }
}

function bad(index: number, field: string | undefined, what: string): never {
  const path = field === undefined ? ['records', index] : ['records', index, field];
  throw new ShuangsuijiError('INVALID_RECORD', `抽查检查记录无效（字段 ${path.join('.')}）：${what}`, { path });
}
