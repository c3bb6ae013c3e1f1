import { badArgument, optionsArgument } from '../core/_internal/boundary.js';
import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItem } from './check-item.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * The general items of a catalogue (通用检查事项, 通知·一), in list order.
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param options - `includePlaceholders` (default `true`): whether items still to be filled count
 * @returns the general items
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` when `catalogue` is not a catalogue; `INVALID_INPUT` for
 *   options that are not an object, an unknown option or a non-boolean `includePlaceholders`
 *
 * @example
 * ```ts
 * generalItems(zhejiang2023Catalogue).length; //=> 7
 * generalItems(zhejiang2023Catalogue, { includePlaceholders: false }).map((item) => item.code); //=> ['A99', 'A100', 'A101']
 * ```
 */
export function generalItems(catalogue: Catalogue, options: { readonly includePlaceholders?: boolean } = {}): CheckItem[] {
  assertCatalogue(catalogue, ['catalogue']);
  const { includePlaceholders = true } = optionsArgument(options, { known: ['includePlaceholders'] });
  if (typeof includePlaceholders !== 'boolean') throw badArgument('布尔值', includePlaceholders, { label: '选项', path: ['options', 'includePlaceholders'] });
  return catalogue.items.filter((item) => item.category === 'general' && (includePlaceholders || !item.placeholder));
}
