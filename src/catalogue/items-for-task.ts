import { ShuangsuijiError } from '../core/errors.js';
import { arrayArgument, shownText, stringArgument } from '../core/_internal/boundary.js';
import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItem } from './check-item.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * Resolves a task's item codes to the catalogue's items, in the order given (任务的抽查事项).
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param codes - item codes of one task (`PlannedTask.itemCodes`)
 * @returns the items, one per code
 * @throws {ShuangsuijiError} `UNKNOWN_ITEM` for the first unknown code, with path `[index]`,
 *   `INVALID_CATALOGUE` when `catalogue` is not a catalogue
 *
 * @example
 * ```ts
 * itemsForTask(zhejiang2023Catalogue, ['A99', 'B03']).map((item) => item.leadDepartment); //=> ['信用监管科', '餐饮科']
 * itemsForTask(zhejiang2023Catalogue, ['A99', 'Z01']); // throws UNKNOWN_ITEM, path [1]
 * ```
 */
export function itemsForTask(catalogue: Catalogue, codes: readonly string[]): CheckItem[] {
  assertCatalogue(catalogue, ['catalogue']);
  return arrayArgument(codes, { label: '抽查事项编码列表', path: [] }).map((code, index) => {
    const item = catalogue.byCode.get(stringArgument(code, { label: '抽查事项编码', path: [index] }));
    if (item === undefined) {
      throw new ShuangsuijiError('UNKNOWN_ITEM', `抽查事项编码 ${shownText(code as string)} 不在清单中`, { path: [index], details: { code } });
    }
    return item;
  });
}
