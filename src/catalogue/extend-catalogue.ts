import { arrayArgument } from '../core/_internal/boundary.js';
import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItemInput } from './check-item.js';
import { defineCatalogue, type Catalogue } from './define-catalogue.js';

/**
 * Returns a new catalogue with items appended (增补抽查事项), e.g. a bureau's own specialised items.
 * The original catalogue is not changed.
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param items - the items to append
 * @returns the new, validated catalogue
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` when `items` is not an array; `DUPLICATE_ID` when a code is already in the list (path
 *   `['items', i, 'code']` in the combined list), `INVALID_CATALOGUE` for a malformed item
 *
 * @example
 * ```ts
 * const local = extendCatalogue(zhejiang2023Catalogue, [
 *   { code: 'L01', name: '农贸市场开办者检查', category: 'specialised', leadDepartment: '各市监所', targetKinds: ['enterprise'] },
 * ]);
 * local.items.length - zhejiang2023Catalogue.items.length; //=> 1
 * ```
 */
export function extendCatalogue(catalogue: Catalogue, items: readonly CheckItemInput[]): Catalogue {
  assertCatalogue(catalogue, ['catalogue']);
  const added = arrayArgument(items, { code: 'INVALID_CATALOGUE', label: '增补的抽查事项', path: ['items'] }) as readonly CheckItemInput[];
  return defineCatalogue({ year: catalogue.year, region: catalogue.region, items: [...catalogue.items, ...added] });
}
