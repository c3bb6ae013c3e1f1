import type { ResultCategoryRegistry } from './define-result-categories.js';
import { isRegisteredRegistry } from './_internal/registry-registry.js';

/**
 * Tells whether a value is a result-category registry made by {@link defineResultCategories}
 * (是否为检查结果类别表), in O(1) and without running any of the value's code. A copy is not one.
 *
 * @param value - anything
 * @returns `true` for {@link defaultResultCategories} and every registry `defineResultCategories` returned
 *
 * @example
 * ```ts
 * isResultCategoryRegistry(defaultResultCategories); //=> true
 * isResultCategoryRegistry({ byId: new Map() }); //=> false
 * ```
 */
export function isResultCategoryRegistry(value: unknown): value is ResultCategoryRegistry {
  return isRegisteredRegistry(value);
}
