import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { registerRegistry } from './_internal/registry-registry.js';
import { requirePolicy } from '../policy/policy-field.js';
import type { Policy } from '../policy/policy-schema.js';
import { ResultCategorySchema, type ResultCategory, type ResultCategoryInput } from '../policy/result-category-schema.js';

/**
 * A frozen set of result categories with O(1) lookup by id (检查结果类别表). Get the one of a policy
 * with {@link resultCategoriesOf}; build one from a list with {@link defineResultCategories}.
 *
 * @example
 * ```ts
 * const registry: ResultCategoryRegistry = resultCategoriesOf(zhejiang2023);
 * [registry.categories.length, registry.byId.get('ordered-to-correct')?.code]; //=> [18, 'E']
 * ```
 */
export interface ResultCategoryRegistry {
  /** The categories, in the policy's order. */
  readonly categories: readonly ResultCategory[];
  /** Categories by id. */
  readonly byId: ReadonlyMap<string, ResultCategory>;
}

const CategoriesSchema = /* @__PURE__ */ (() => z.array(ResultCategorySchema).min(1, '至少应有一个检查结果类别'))();

/**
 * Builds a result-category table from a complete list (定义检查结果类别表). To add a bureau's own
 * categories to a preset's, add them to the policy — `definePolicy({ resultCategories: [...] }, base)`
 * — and use {@link resultCategoriesOf}.
 *
 * @param categories - the categories, at least one
 * @returns the frozen registry
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a malformed category (path `[i, field]`) or an empty
 *   list, `DUPLICATE_ID` when an id repeats (path `[i, 'id']`)
 *
 * @example
 * ```ts
 * const registry = defineResultCategories([
 *   { id: 'no-problem', code: '1', text: '未发现问题', problemFound: false, followUpNeeded: false },
 *   { id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false },
 * ]);
 * registry.byId.get('warned')?.text; //=> '发现问题已予警告'
 * ```
 */
export function defineResultCategories(categories: readonly ResultCategoryInput[]): ResultCategoryRegistry {
  const parsed = parseInput(CategoriesSchema, categories, 'INVALID_INPUT', '检查结果类别');
  const byId = new Map<string, ResultCategory>();
  parsed.forEach((category, index) => {
    if (byId.has(category.id)) {
      throw new ShuangsuijiError('DUPLICATE_ID', `检查结果类别标识 ${category.id} 重复`, { path: [index, 'id'], details: { id: category.id } });
    }
    byId.set(category.id, category);
  });
  return registerRegistry(deepFreeze({ categories: [...byId.values()], byId }));
}

const registries = /* @__PURE__ */ new WeakMap<object, ResultCategoryRegistry>();

/**
 * The result-category table of a policy (政策规定的检查结果类别表): the policy's `resultCategories`,
 * looked up by id. Built once per policy object.
 *
 * @param policy - the policy
 * @returns the registry
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`); `INVALID_POLICY`
 *
 * @example
 * ```ts
 * resultCategoriesOf(zhejiang2023).byId.get('unreachable-at-address')?.code; //=> '6'
 * resultCategoriesOf(undefined as never); // throws MISSING_ARGUMENT, path ['policy']
 * ```
 */
export function resultCategoriesOf(policy: Policy): ResultCategoryRegistry {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral,BlockStatement: a guard of the cache look-up only; a WeakMap gives undefined for a non-object, and requirePolicy below rejects it
  if (policy !== null && typeof policy === 'object') {
    const cached = registries.get(policy);
    if (cached !== undefined) return cached;
  }
  const parsed = requirePolicy(policy, ['policy']);
  const registry = defineResultCategories(parsed.resultCategories);
  registries.set(policy, registry);
  return registry;
}
