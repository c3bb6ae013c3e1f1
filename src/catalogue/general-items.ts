import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItem } from './check-item.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * The general items of a catalogue (通用检查事项, 通知·一), in list order.
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param options - `includePlaceholders` (default `true`): whether items still to be filled count
 * @returns the general items
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` when `catalogue` is not a catalogue
 *
 * @example
 * ```ts
 * generalItems(zhejiang2023Catalogue).length; //=> 7
 * generalItems(zhejiang2023Catalogue, { includePlaceholders: false }).map((item) => item.code); //=> ['A99', 'A100', 'A101']
 * ```
 */
export function generalItems(catalogue: Catalogue, options: { readonly includePlaceholders?: boolean } = {}): CheckItem[] {
  assertCatalogue(catalogue, ['catalogue']);
  const includePlaceholders = options.includePlaceholders ?? true;
  return catalogue.items.filter((item) => item.category === 'general' && (includePlaceholders || !item.placeholder));
}
