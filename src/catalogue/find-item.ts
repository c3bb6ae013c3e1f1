import { ShuangsuijiError } from '../core/errors.js';
import { shownText, stringArgument } from '../core/_internal/boundary.js';
import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItem } from './check-item.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * Looks up one check item by its code (按编码查找抽查事项).
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param code - the item code, e.g. `'A99'`
 * @returns the item
 * @throws {ShuangsuijiError} `UNKNOWN_ITEM` when the list has no such code (details `{ code }`),
 *   `INVALID_CATALOGUE` when `catalogue` is not a catalogue
 *
 * @example
 * ```ts
 * findItem(zhejiang2023Catalogue, 'B04').leadDepartment; //=> '特种设备科'
 * findItem(zhejiang2023Catalogue, 'Z01'); // throws UNKNOWN_ITEM
 * ```
 */
export function findItem(catalogue: Catalogue, code: string): CheckItem {
  assertCatalogue(catalogue, ['catalogue']);
  const item = catalogue.byCode.get(stringArgument(code, { label: '抽查事项编码', path: ['code'] }));
  if (item === undefined) {
    throw new ShuangsuijiError('UNKNOWN_ITEM', `抽查事项编码 ${shownText(code)} 不在清单中`, { path: ['code'], details: { code } });
  }
  return item;
}
