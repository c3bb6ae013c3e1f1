import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { PlanPoolsSchema, type PlanPools } from './plan-pools.js';
import { AnnualPlanSchema, PlannedTaskSchema, type AnnualPlan, type PlannedTask } from './plan-schema.js';

/**
 * Parses an annual plan (解析年度计划) with {@link AnnualPlanSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_PLAN`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_PLAN` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseAnnualPlan({ year: 2023, unit: '龙湾区市场监督管理局', tasks: [] }).tasks; //=> []
 * parseAnnualPlan({ ...longwan2023SamplePlan, tasks: [{ ...longwan2023SamplePlan.tasks[0], partnerDepartment: ['区卫生健康局'] }] });
 * // throws INVALID_PLAN, path ['tasks', 0, 'partnerDepartment']
 * ```
 */
export function parseAnnualPlan(value: unknown): AnnualPlan {
  return parseInput(AnnualPlanSchema, value, 'INVALID_PLAN', '年度计划');
}

/**
 * Parses a task of the annual plan (解析年度计划任务) with {@link PlannedTaskSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_PLAN`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_PLAN` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parsePlannedTask({ id: 'T01', name: '餐饮检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 3 } }).kind; //=> 'directed'
 * parsePlannedTask({ id: 'T01', name: '餐饮检查', month: 1.5, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 3 } });
 * // throws INVALID_PLAN, path ['month'], message '计划任务无效（字段 month）：应为 整数，收到 数字 1.5'
 * ```
 */
export function parsePlannedTask(value: unknown): PlannedTask {
  return parseInput(PlannedTaskSchema, value, 'INVALID_PLAN', '计划任务');
}

/**
 * Parses the pool sizes of a plan (解析计划各任务抽查范围规模) with {@link PlanPoolsSchema} and throws
 * {@link ShuangsuijiError} when they do not fit: code `INVALID_INPUT`, the path of the first bad field
 * and a Chinese message. Unknown fields are rejected, as by the schema and the shipped JSON Schema.
 * The input is not mutated.
 *
 * @param value - the untrusted value, e.g. pool counts kept by another system
 * @returns the parsed copy, missing classes filled with 0
 * @throws {ShuangsuijiError} `INVALID_INPUT`, `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parsePlanPools({ enterprises: 12000, tasks: { T01: { byClass: { A: 80, B: 20 } } } }).tasks.T01?.byClass; //=> { A: 80, B: 20, C: 0, D: 0 }
 * parsePlanPools({ tasks: { T01: { byClass: { A: -1 } } } });
 * // throws INVALID_INPUT, path ['tasks', 'T01', 'byClass', 'A']
 * ```
 */
export function parsePlanPools(value: unknown): PlanPools {
  return parseInput(PlanPoolsSchema, value, 'INVALID_INPUT', '抽查范围规模');
}
