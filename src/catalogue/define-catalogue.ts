import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { CheckItemSchema, type CheckItem } from './check-item.js';
import { registerCatalogue } from './_internal/catalogue-registry.js';

/**
 * Schema of a catalogue definition (抽查事项清单): the year, the region it is for and its items.
 *
 * @example
 * ```ts
 * CatalogueDefinitionSchema.parse({ year: 2023, region: '浙江省', items: [] });
 * ```
 */
export const CatalogueDefinitionSchema = /* @__PURE__ */ (() => z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    region: z.string().min(1),
    items: z.array(CheckItemSchema),
  })
  .meta({ description: '随机抽查事项清单' }))();

/**
 * A catalogue definition as accepted on input.
 *
 * @example
 * ```ts
 * const definition: CatalogueDefinition = { year: 2023, region: '浙江省', items: [{ code: 'A99', name: '公示信息检查', category: 'general', leadDepartment: '信用监管科', targetKinds: ['enterprise'] }] };
 * defineCatalogue(definition).generalCodes; //=> ['A99']
 * ```
 */
export type CatalogueDefinition = z.input<typeof CatalogueDefinitionSchema>;

/**
 * A validated random-inspection list (随机抽查事项清单) with O(1) lookups by item code.
 * It is frozen: derive a new one with {@link defineCatalogue} to change it.
 *
 * @example
 * ```ts
 * const catalogue: Catalogue = zhejiang2023Catalogue;
 * [catalogue.year, catalogue.items.length, catalogue.generalCodes[0]]; //=> [2023, 24, 'A99']
 * catalogue.byCode.get('B03')?.leadDepartment; //=> '餐饮科'
 * ```
 */
export interface Catalogue {
  readonly year: number;
  readonly region: string;
  /** Items in the order given. */
  readonly items: readonly CheckItem[];
  /** Items by code. */
  readonly byCode: ReadonlyMap<string, CheckItem>;
  /** Codes of the general items (通用检查事项), in list order. */
  readonly generalCodes: readonly string[];
}

/**
 * Validates a random-inspection list and builds lookups (定义抽查事项清单).
 * Codes must be unique. A list may have no general item: whether general items are required is the
 * policy's rule (e.g. zhejiang2023 通知·一), checked by the plan rules.
 *
 * @param definition - `{ year, region, items }`
 * @returns the frozen catalogue
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` for a malformed definition,
 *   `DUPLICATE_ID` for a repeated item code (path `['items', i, 'code']`)
 *
 * @example
 * ```ts
 * const catalogue = defineCatalogue({
 *   year: 2023,
 *   region: '浙江省',
 *   items: [{ code: 'A99', name: '公示信息检查', category: 'general', leadDepartment: '信用监管科', targetKinds: ['enterprise'] }],
 * });
 * catalogue.byCode.get('A99')?.name; //=> '公示信息检查'
 * catalogue.generalCodes; //=> ['A99']
 * ```
 */
export function defineCatalogue(definition: CatalogueDefinition): Catalogue {
  const parsed = parseInput(CatalogueDefinitionSchema, definition, 'INVALID_CATALOGUE', '抽查事项清单');
  const byCode = new Map<string, CheckItem>();
  parsed.items.forEach((item, index) => {
    if (byCode.has(item.code)) {
      throw new ShuangsuijiError('DUPLICATE_ID', `抽查事项编码 ${item.code} 重复`, { path: ['items', index, 'code'], details: { code: item.code } });
    }
    byCode.set(item.code, item);
  });
  // Whether general items must exist is a policy's rule (zhejiang2023 通知·一, checked by the plan
  // rules plan.general-items and plan.general-item-count), not a property of every catalogue.
  const generalCodes = parsed.items.filter((item) => item.category === 'general').map((item) => item.code);
  return registerCatalogue(deepFreeze({ year: parsed.year, region: parsed.region, items: parsed.items, byCode, generalCodes }));
}
