import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItem } from './check-item.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * The items whose pool is defined by a supervision tag (按分类监管标签查找抽查事项).
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param tag - a tag id, e.g. `'catering'`
 * @returns the items listing `tag` in `targetTags`, in list order
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` when `catalogue` is not a catalogue
 *
 * @example
 * ```ts
 * itemsForTag(zhejiang2023Catalogue, 'lift-user').map((item) => item.code); //=> ['B04']
 * itemsForTag(zhejiang2023Catalogue, 'unknown-tag'); //=> []
 * ```
 */
export function itemsForTag(catalogue: Catalogue, tag: string): CheckItem[] {
  assertCatalogue(catalogue, ['catalogue']);
  return catalogue.items.filter((item) => item.targetTags.includes(tag));
}
