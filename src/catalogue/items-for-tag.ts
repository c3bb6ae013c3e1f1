import { stringArgument } from '../core/_internal/boundary.js';
import { assertCatalogue } from './assert-catalogue.js';
import type { CheckItem } from './check-item.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * The items whose pool is defined by a supervision tag (按分类监管标签查找抽查事项).
 *
 * @param catalogue - a catalogue made by {@link defineCatalogue}
 * @param tag - a tag id, e.g. `'catering'`
 * @returns the items listing `tag` in `targetTags`, in list order
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` when `catalogue` is not a catalogue; `INVALID_INPUT`
 *   (path `['tag']`) when `tag` is not a non-empty string
 *
 * @example
 * ```ts
 * itemsForTag(zhejiang2023Catalogue, 'lift-user').map((item) => item.code); //=> ['B04']
 * itemsForTag(zhejiang2023Catalogue, 'unknown-tag'); //=> []
 * ```
 */
export function itemsForTag(catalogue: Catalogue, tag: string): CheckItem[] {
  assertCatalogue(catalogue, ['catalogue']);
  const wanted = stringArgument(tag, { label: '分类监管标签', path: ['tag'] });
  return catalogue.items.filter((item) => item.targetTags.includes(wanted));
}
