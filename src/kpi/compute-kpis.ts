import { iterableArgument } from '../core/_internal/boundary.js';
import type { InspectionRecordInput } from '../publication/inspection-record.js';
import { createKpiAccumulator } from './kpi-accumulator.js';
import type { KpiContext } from './kpi-context.js';
import type { KpiReport } from './kpi-report.js';

/**
 * Computes the KPI report of a set of inspection records (指标统计): one pass of a
 * {@link createKpiAccumulator} accumulator. Each record is one check: one subject checked in one
 * task (a visit covering three tasks gives three records).
 *
 * @param records - an array or any iterable of records (not mutated); anything else is `INVALID_INPUT`, path `['records']`
 * @param context - `{ enterprises, catalogue, plan, policy, asOf, calendar?, taskPublications?, resultCategories? }`
 * @returns the report: every indicator with numerator, denominator, value, target, met, clause and
 *   progress, plus breakdowns by department and risk class and the low-risk enterprises over the cap
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a bad context; `INVALID_RECORD` / `INVALID_DATE`
 *   (path `['records', index, field]`) and `UNKNOWN_TASK` (path `['records', index, 'taskId']`) for a
 *   bad record; `CALENDAR_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * // 35 distinct enterprises of 1 000 checked in random tasks
 * const report = computeKpis(records, { enterprises: 1000, catalogue, plan, policy: zhejiang2023, asOf: '2023-10-31' });
 * const share = report.indicators.find((i) => i.id === 'enterpriseInspectionRate');
 * [share?.numerator, share?.denominator, share?.value, share?.met]; //=> [35, 1000, 0.035, true]
 * ```
 */
export function computeKpis(records: Iterable<InspectionRecordInput>, context: KpiContext): KpiReport {
  return createKpiAccumulator(context).addMany(records).result();
}

/**
 * Computes the KPI report of records that arrive asynchronously (流式指标统计): an async iterable
 * (a database cursor, a file stream) of records or of batches (arrays) of records. Memory stays
 * bounded by the distinct subjects, tasks and departments, not by the records.
 *
 * @param source - an async or sync iterable of records or of arrays of records
 * @param context - as for {@link computeKpis}
 * @returns a promise of the same report {@link computeKpis} gives for the records in order
 * @throws {ShuangsuijiError} as {@link computeKpis} (the promise rejects)
 *
 * @example
 * ```ts
 * async function* batches() { yield records.slice(0, 500); yield records.slice(500); }
 * (await computeKpisAsync(batches(), context)).indicators[0]?.value; //=> computeKpis(records, context).indicators[0]?.value
 * ```
 */
export async function computeKpisAsync(
  source: AsyncIterable<InspectionRecordInput | readonly InspectionRecordInput[]> | Iterable<InspectionRecordInput | readonly InspectionRecordInput[]>,
  context: KpiContext,
): Promise<KpiReport> {
  const accumulator = createKpiAccumulator(context);
  if (!isAsyncIterable(source)) iterableArgument(source, { label: '抽查检查记录', path: ['source'] });
  for await (const item of source) {
    if (Array.isArray(item)) accumulator.addMany(item as readonly InspectionRecordInput[]);
    else accumulator.add(item as InspectionRecordInput);
  }
  return accumulator.result();
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}
