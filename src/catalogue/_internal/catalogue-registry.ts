import type { Catalogue } from '../define-catalogue.js';

const catalogues = /* @__PURE__ */ new WeakSet<object>();

/**
 * Records a catalogue made by `defineCatalogue` (登记抽查事项清单). A catalogue is frozen data, so
 * being registered is proof that it was validated and has not changed since.
 *
 * @param catalogue - the frozen catalogue
 * @returns the same catalogue
 *
 * @example
 * ```ts
 * registerCatalogue(catalogue) === catalogue; //=> true
 * ```
 */
export function registerCatalogue(catalogue: Catalogue): Catalogue {
  catalogues.add(catalogue);
  return catalogue;
}

/**
 * Tells whether a value is a catalogue made by `defineCatalogue` (是否为抽查事项清单): a check in
 * O(1) that runs none of the caller's code. A copy (`{ ...catalogue }`) is not one.
 *
 * @param value - anything
 * @returns `true` for a catalogue `defineCatalogue` returned
 *
 * @example
 * ```ts
 * isRegisteredCatalogue(zhejiang2023Catalogue); //=> true
 * isRegisteredCatalogue({ ...zhejiang2023Catalogue }); //=> false
 * ```
 */
export function isRegisteredCatalogue(value: unknown): value is Catalogue {
  return typeof value === 'object' && value !== null && catalogues.has(value);
}
