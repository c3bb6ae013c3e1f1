import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { PolicySchema, type Policy } from './policy-schema.js';

/**
 * Parses a policy (解析政策参数) with {@link PolicySchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_POLICY`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_POLICY` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parsePolicy(zhejiang2023).jointShare; //=> 0.3
 * parsePolicy({ ...zhejiang2023, jointShare: 1.5 }); // throws INVALID_POLICY, path ['jointShare']
 * ```
 */
export function parsePolicy(value: unknown): Policy {
  return parseInput(PolicySchema, value, 'INVALID_POLICY', '政策参数');
}
