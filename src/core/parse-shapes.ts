import { parseInput } from './parse-input.js';
import type { ShuangsuijiError } from './errors.js';
import { FindingSchema, type Finding } from './finding.js';

/**
 * Parses a finding (解析检查发现) with {@link FindingSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseFinding({ ruleId: 'plan.joint-share', severity: 'error', message: '联合抽查占比不足', clause: '通知·三' }).severity; //=> 'error'
 * parseFinding({ ruleId: 'plan.joint-share', severity: 'fatal', message: 'x', clause: '' }); // throws INVALID_INPUT, path ['severity']
 * ```
 */
export function parseFinding(value: unknown): Finding {
  return parseInput(FindingSchema, value, 'INVALID_INPUT', '检查发现');
}
