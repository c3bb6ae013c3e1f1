import type { Catalogue } from './define-catalogue.js';
import { isRegisteredCatalogue } from './_internal/catalogue-registry.js';

/**
 * Tells whether a value is a catalogue made by {@link defineCatalogue} (是否为抽查事项清单), in
 * O(1) and without running any of the value's code. Catalogues are frozen, so one that passes is
 * still the validated catalogue; a copy (`{ ...catalogue }`) or a look-alike is not one.
 *
 * @param value - anything
 * @returns `true` for a catalogue returned by `defineCatalogue`, `extendCatalogue` or `replaceItem`
 *
 * @example
 * ```ts
 * isCatalogue(zhejiang2023Catalogue); //=> true
 * isCatalogue({ ...zhejiang2023Catalogue }); //=> false
 * ```
 */
export function isCatalogue(value: unknown): value is Catalogue {
  return isRegisteredCatalogue(value);
}
