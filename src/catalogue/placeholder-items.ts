import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItem } from './check-item.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * The items still to be filled from the province's list (待补充的占位事项).
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @returns the items with `placeholder: true`, in list order
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` when `catalogue` is not a catalogue
 *
 * @example
 * ```ts
 * placeholderItems(zhejiang2023Catalogue).map((item) => item.code); //=> ['A102', 'A103', 'A104', 'A105']
 * ```
 */
export function placeholderItems(catalogue: Catalogue): CheckItem[] {
  assertCatalogue(catalogue, ['catalogue']);
  return catalogue.items.filter((item) => item.placeholder);
}
