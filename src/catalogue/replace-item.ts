import { ShuangsuijiError } from '../core/errors.js';
import { shownText, stringArgument } from '../core/_internal/boundary.js';
import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItemInput } from './check-item.js';
import { defineCatalogue, type Catalogue } from './define-catalogue.js';

/**
 * Returns a new catalogue with one item replaced, in the same position (替换抽查事项) — the way a
 * bureau fills a placeholder (`placeholder: true`) with the real item of the province's list.
 * The replacement may have a different code. The original catalogue is not changed.
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param code - code of the item to replace
 * @param item - the new item
 * @returns the new, validated catalogue
 * @throws {ShuangsuijiError} `INVALID_INPUT` (path `['code']`) when `code` is not a non-empty string,
 *   `UNKNOWN_ITEM` when `code` is not in the list, `INVALID_CATALOGUE` for a
 *   malformed item (path `['items', i, field]`), `DUPLICATE_ID` when the new code is already used
 *
 * @example
 * ```ts
 * const filled = replaceItem(zhejiang2023Catalogue, 'A102', {
 *   code: 'A102', name: '通用检查事项（示例）', category: 'general', leadDepartment: '信用监管科', targetKinds: ['enterprise'],
 * });
 * filled.byCode.get('A102')?.placeholder; //=> false
 * zhejiang2023Catalogue.byCode.get('A102')?.placeholder; //=> true
 * ```
 */
export function replaceItem(catalogue: Catalogue, code: string, item: CheckItemInput): Catalogue {
  assertCatalogue(catalogue, ['catalogue']);
  stringArgument(code, { label: '抽查事项编码', path: ['code'] });
  const index = catalogue.items.findIndex((existing) => existing.code === code);
  if (index < 0) {
    throw new ShuangsuijiError('UNKNOWN_ITEM', `抽查事项编码 ${shownText(code)} 不在清单中，无法替换`, { path: ['code'], details: { code } });
  }
  const items: CheckItemInput[] = [...catalogue.items];
  items[index] = item;
  return defineCatalogue({ year: catalogue.year, region: catalogue.region, items });
}
