import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { CalendarDefinitionSchema, type CalendarDefinition } from './calendar-definition.js';

/**
 * Parses a calendar definition (解析工作日历定义) with {@link CalendarDefinitionSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseCalendarDefinition({ years: { from: 2027, to: 2027 } }).holidays; //=> []
 * parseCalendarDefinition({ years: { from: 2027, to: 2027 }, holiday: ['2027-01-01'] }); // throws INVALID_INPUT, path ['holiday']
 * ```
 */
export function parseCalendarDefinition(value: unknown): CalendarDefinition {
  return parseInput(CalendarDefinitionSchema, value, 'INVALID_INPUT', '工作日历定义');
}
