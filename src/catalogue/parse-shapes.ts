import type { z } from 'zod';
import { parseInput } from '../core/parse-input.js';
import type { ShuangsuijiError } from '../core/errors.js';
import { CheckItemSchema, type CheckItem } from './check-item.js';
import { CatalogueDefinitionSchema } from './define-catalogue.js';

/**
 * Parses a check item (解析抽查事项) with {@link CheckItemSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_CATALOGUE`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseCheckItem({ code: 'A99', name: '营业执照检查', category: 'general', leadDepartment: '信用监管科', targetKinds: ['enterprise'] }).method; //=> 'onsite'
 * parseCheckItem({ code: 'A99', name: 'x', category: 'general', leadDepartment: 'd', targetKinds: [] }); // throws INVALID_CATALOGUE, path ['targetKinds']
 * ```
 */
export function parseCheckItem(value: unknown): CheckItem {
  return parseInput(CheckItemSchema, value, 'INVALID_CATALOGUE', '抽查事项');
}

/**
 * Parses a catalogue definition (解析抽查事项清单定义) with {@link CatalogueDefinitionSchema} and throws {@link ShuangsuijiError} when it does
 * not fit: code `INVALID_CATALOGUE`, the path of the first bad field and a Chinese message. Unknown fields are
 * rejected, as by the schema and the shipped JSON Schema. The input is not mutated.
 *
 * @param value - the untrusted value
 * @returns the parsed copy, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` (or the code a field names, e.g. `INVALID_DATE`), `NESTING_TOO_DEEP`, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * parseCatalogueDefinition({ year: 2023, region: '浙江省', items: [] }).items; //=> []
 * parseCatalogueDefinition({ year: 2023, region: '浙江省', items: [], remark: 'x' }); // throws INVALID_CATALOGUE, path ['remark']
 * ```
 */
export function parseCatalogueDefinition(value: unknown): z.output<typeof CatalogueDefinitionSchema> {
  return parseInput(CatalogueDefinitionSchema, value, 'INVALID_CATALOGUE', '抽查事项清单');
}
