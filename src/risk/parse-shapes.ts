import type { z } from 'zod';
import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { AllocationRequestSchema, type AllocationRequest } from './allocation-schema.js';
import { RequiredRateRequestSchema } from './required-rate.js';

/**
 * Parses an allocation request (解析样本分配请求) with {@link AllocationRequestSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseAllocationRequest({ poolCounts: { A: 10, B: 5, C: 1, D: 0 }, sampling: { ratio: 0.03 } }).sampling.ratio; //=> 0.03
 * parseAllocationRequest({ poolCounts: { A: -1, B: 5, C: 1, D: 0 }, sampling: { ratio: 0.03 } }); // throws INVALID_INPUT, path ['poolCounts', 'A']
 * ```
 */
export function parseAllocationRequest(value: unknown): AllocationRequest {
  return parseInput(AllocationRequestSchema, value, 'INVALID_INPUT', '样本分配请求');
}

/**
 * Parses a required-rate request (解析所需抽查比例测算请求) with {@link RequiredRateRequestSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_INPUT`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseRequiredRateRequest({ enterprises: 1000, alreadyCovered: 10, poolSize: 500 }).poolSize; //=> 500
 * parseRequiredRateRequest({ enterprises: 1000, alreadyCovered: 10 }); // throws INVALID_INPUT, path ['poolSize']
 * ```
 */
export function parseRequiredRateRequest(value: unknown): z.output<typeof RequiredRateRequestSchema> {
  return parseInput(RequiredRateRequestSchema, value, 'INVALID_INPUT', '比例测算');
}
