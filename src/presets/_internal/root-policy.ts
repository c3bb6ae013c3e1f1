import { deepFreeze } from '../../core/deep-freeze.js';
import { parseInput } from '../../core/parse-input.js';
import { PolicySchema, type Policy, type PolicyInput } from '../../policy/policy-schema.js';

/**
 * Builds the root of a preset chain, the one policy with no base (根政策，内部): parses it, sets every
 * source's `setBy` to the policy's id, records the lineage and freezes it. Every other preset is
 * `definePolicy(layer, parent)`.
 *
 * @param input - the complete policy
 * @returns the frozen policy
 *
 * @example
 * ```ts
 * rootPolicy({ ...fields, id: 'national' }).lineage; //=> ['national']
 * ```
 */
export function rootPolicy(input: PolicyInput): Policy {
  const parsed = parseInput(PolicySchema, input, 'INVALID_POLICY', '预设政策参数');
  const sources = Object.fromEntries(Object.entries(parsed.sources).map(([key, source]) => [key, { ...source, setBy: source.setBy ?? parsed.id }]));
  const resultCategories = parsed.resultCategories.map((category) =>
    category.source === undefined ? category : { ...category, source: { ...category.source, setBy: category.source.setBy ?? parsed.id } },
  );
  return deepFreeze({ ...parsed, lineage: [parsed.id], sources, resultCategories });
}
