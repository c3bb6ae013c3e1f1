import type { ResultCategoryRegistry } from '../define-result-categories.js';

const registries = /* @__PURE__ */ new WeakSet<object>();

/**
 * Records a result-category registry made by `defineResultCategories` (登记检查结果类别表); it is
 * frozen, so being registered proves it was validated and has not changed.
 *
 * @param registry - the frozen registry
 * @returns the same registry
 *
 * @example
 * ```ts
 * registerRegistry(registry) === registry; //=> true
 * ```
 */
export function registerRegistry(registry: ResultCategoryRegistry): ResultCategoryRegistry {
  registries.add(registry);
  return registry;
}

/**
 * Tells whether a value is a registry made by `defineResultCategories`, in O(1).
 *
 * @param value - anything
 * @returns `true` for such a registry
 *
 * @example
 * ```ts
 * isRegisteredRegistry(resultCategoriesOf(zhejiang2023)); //=> true
 * ```
 */
export function isRegisteredRegistry(value: unknown): value is ResultCategoryRegistry {
  return typeof value === 'object' && value !== null && registries.has(value);
}
