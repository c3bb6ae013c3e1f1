import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { registerRegistry } from './_internal/registry-registry.js';
import { RESULT_CATEGORIES, ResultCategorySchema, type ResultCategory } from './result-category.js';

/**
 * A frozen set of result categories with O(1) lookup by id (检查结果类别表).
 * Build one with {@link defineResultCategories}; {@link defaultResultCategories} holds the official list.
 *
 * @example
 * ```ts
 * const registry: ResultCategoryRegistry = defineResultCategories([{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]);
 * [registry.categories.length, registry.byId.get('transferred')?.followUpNeeded]; //=> [12, false]
 * ```
 */
export interface ResultCategoryRegistry {
  /** Categories in order: the official ones first, then the bureau's own. */
  readonly categories: readonly ResultCategory[];
  /** Categories by id. */
  readonly byId: ReadonlyMap<string, ResultCategory>;
}

const ExtraCategoriesSchema = z.array(ResultCategorySchema);

/**
 * Builds a result-category table from the official list plus a bureau's own categories
 * (定义检查结果类别表). The official categories cannot be redefined.
 *
 * @param extra - additional categories (default none)
 * @returns the frozen registry
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a malformed category (path `[i, field]`),
 *   `DUPLICATE_ID` when an id repeats or redefines an official one (path `[i, 'id']`)
 *
 * @example
 * ```ts
 * const registry = defineResultCategories([{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]);
 * registry.categories.length; //=> 12
 * registry.byId.get('warned')?.text; //=> '发现问题已予警告'
 * registry.byId.get('no-problem')?.problemFound; //=> false
 * ```
 */
export function defineResultCategories(extra: readonly ResultCategory[] = []): ResultCategoryRegistry {
  const parsed = parseInput(ExtraCategoriesSchema, extra, 'INVALID_INPUT', '检查结果类别');
  const byId = new Map<string, ResultCategory>();
  for (const category of RESULT_CATEGORIES) byId.set(category.id, { ...category });
  parsed.forEach((category, index) => {
    if (byId.has(category.id)) {
      throw new ShuangsuijiError('DUPLICATE_ID', `检查结果类别标识 ${category.id} 重复`, { path: [index, 'id'], details: { id: category.id } });
    }
    byId.set(category.id, category);
  });
  return registerRegistry(deepFreeze({ categories: [...byId.values()], byId }));
}

/**
 * The registry of the official result categories only (官方检查结果类别表).
 *
 * @example
 * ```ts
 * defaultResultCategories.byId.get('ordered-to-correct')?.text; //=> '发现问题已责令改正'
 * ```
 */
export const defaultResultCategories: ResultCategoryRegistry = defineResultCategories();
