import type { ResultCategoryRegistry } from './define-result-categories.js';
import { isRegisteredRegistry } from './_internal/registry-registry.js';

/**
 * Tells whether a value is a result-category registry made by {@link defineResultCategories}
 * (是否为检查结果类别表), in O(1) and without running any of the value's code. A copy is not one.
 *
 * @param value - anything
 * @returns `true` for every registry `defineResultCategories` returned (`resultCategoriesOf(policy)` included)
 *
 * @example
 * ```ts
 * isResultCategoryRegistry(resultCategoriesOf(zhejiang2023)); //=> true
 * isResultCategoryRegistry({ byId: new Map() }); //=> false
 * ```
 */
export function isResultCategoryRegistry(value: unknown): value is ResultCategoryRegistry {
  return isRegisteredRegistry(value);
}
