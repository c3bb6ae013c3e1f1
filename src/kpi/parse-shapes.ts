import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { KpiAccumulatorStateSchema, type KpiAccumulatorState } from './kpi-accumulator-state.js';

/**
 * Parses a KPI accumulator state (解析指标累加器状态) with {@link KpiAccumulatorStateSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseKpiAccumulatorState(createKpiAccumulator(context).state()).format; //=> KPI_ACCUMULATOR_STATE_FORMAT
 * parseKpiAccumulatorState({ format: 'x' }); // throws INVALID_INPUT
 * ```
 */
export function parseKpiAccumulatorState(value: unknown): KpiAccumulatorState {
  return parseInput(KpiAccumulatorStateSchema, value, 'INVALID_INPUT', '指标累加器状态');
}
