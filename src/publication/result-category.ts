/**
 * The shape of a result category lives with the policy, whose data the categories are (see
 * `presets/national/result-categories.ts` for the list and its sources); publication re-exports it.
 */
export { ResultCategorySchema } from '../policy/result-category-schema.js';
export type { ResultCategory, ResultCategoryInput } from '../policy/result-category-schema.js';
