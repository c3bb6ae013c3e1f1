import { RecordReader } from './_internal/record-reader.js';
import type { ResultCategory } from './result-category.js';
import type { ResultCategoryRegistry } from './define-result-categories.js';

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
  const reader = new RecordReader(registry);
  return (input, index) => reader.read(input, index);
}
