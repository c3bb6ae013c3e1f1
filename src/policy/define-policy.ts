import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { formatPath, shownText } from '../core/_internal/boundary.js';
import { parseInput } from '../core/parse-input.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { rememberPolicy } from './_internal/known-policies.js';
import { isValidCivilDate } from '../core/civil-date.js';
import type { RiskClass } from '../core/risk-class.js';
import { FieldSourceSchema, type FieldSource, type FieldSourceInput } from './policy-source.js';
import { PER_CLASS_FIELDS, POLICY_FIELDS, PolicySchema, type Policy, type PolicyInput } from './policy-schema.js';
import { ResultCategorySchema, type ResultCategoryInput } from './result-category-schema.js';
import { requirePolicy } from './policy-field.js';

type PerClassField = (typeof PER_CLASS_FIELDS)[number];

/**
 * What {@link definePolicy} accepts on top of a base (政策层): any subset of the policy fields, their
 * sources, and result categories to add. The per-class maps may name only some classes; the others
 * come from the base.
 *
 * @example
 * ```ts
 * const layer: PolicyOverrides = {
 *   id: 'myDistrict2024', jointShare: 0.35,
 *   sources: { jointShare: { status: 'sourced', ref: '区局通知·三', quote: '部门联合随机抽查率达到35%以上' } },
 * };
 * definePolicy(layer, zhejiang2023).sources.jointShare?.setBy; //=> 'myDistrict2024'
 * ```
 */
export type PolicyOverrides = Omit<Partial<PolicyInput>, PerClassField | 'sources' | 'lineage' | 'resultCategories'> & {
  readonly riskMultipliers?: Partial<Record<RiskClass, number>>;
  readonly riskRatios?: Partial<Record<RiskClass, number>>;
  readonly riskRanges?: Partial<Record<RiskClass, { readonly min?: number; readonly max?: number }>>;
  /** Categories to add, or to replace by id (检查结果类别，增补或按标识替换). */
  readonly resultCategories?: readonly ResultCategoryInput[];
  /**
   * Sources of the values this layer sets (`jointShare`, or `riskRatios.D` for one class). A source
   * with `status: 'unset'` for a field the layer does not set removes the base's value.
   */
  readonly sources?: Readonly<Record<string, FieldSourceInput>>;
};

const FIELDS = /* @__PURE__ */ new Set<string>([...POLICY_FIELDS, 'id', 'name', 'year', 'sources']);
const PER_CLASS = /* @__PURE__ */ new Set<string>(PER_CLASS_FIELDS);
const CLASS_KEYS = /* @__PURE__ */ new Set(['A', 'B', 'C', 'D']);
const SOURCE_KEYS = /* @__PURE__ */ (() => new Set<string>([...POLICY_FIELDS, ...PER_CLASS_FIELDS.flatMap((field) => ['A', 'B', 'C', 'D'].map((c) => `${field}.${c}`))]))();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function invalid(message: string, path: PropertyKey[]): ShuangsuijiError {
  return new ShuangsuijiError('INVALID_POLICY', `政策参数无效（字段 ${formatPath(path)}）：${message}`, { path });
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The overrides' shape, checked before anything is merged (so a hostile value — a BigInt, a Symbol,
 * a cycle — is reported with its path rather than reaching the merge): every policy field optional,
 * unknown fields rejected. The whole policy is parsed again after the merge.
 */
const PolicyOverridesSchema = /* @__PURE__ */ (() => z.strictObject(
  Object.fromEntries(
    Object.entries(PolicySchema.shape)
      .filter(([key]) => key !== 'lineage')
      .map(([key, schema]) => [key, key === 'sources' ? z.record(z.string(), z.unknown()).optional() : (schema as z.ZodType).optional()]),
  ),
))();

/**
 * Builds a policy from a base and a layer on top of it (定义政策参数): how a province extends the
 * national base, a district its province, or a bureau last year's preset. The base is required —
 * the library has no default policy.
 *
 * - Fields given in `overrides` replace the base's; arrays are replaced, not merged.
 * - `riskMultipliers`, `riskRatios` and `riskRanges` merge per class (`{ C: 3 }` keeps the base's A, B, D).
 * - `resultCategories` are added to the base's; one with an existing id replaces it.
 * - **Sources are kept field by field**: a field the layer does not touch keeps its base source; a
 *   value the layer sets takes the layer's source (`setBy` = the layer's id); a value changed
 *   without a source is marked `unsourced` (`未注明出处（覆盖 <base id> 的取值）`), so no number ever
 *   carries a clause it no longer matches. A source `{ status: 'unset' }` removes the base's value.
 * - `lineage` records the layers: the base's, then this one's id when it has its own.
 * - Unknown fields (a misspelt `jointshare`) are rejected rather than silently dropped.
 *
 * @param overrides - the layer: fields to set, their `sources`, categories to add
 * @param base - the policy to build on, e.g. a preset (`national`, `zhejiang2023`)
 * @returns the new policy, deeply frozen
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['base']`) when no base is given;
 *   `INVALID_POLICY` with the `path` of the bad field: a value out of range (`['jointShare']`), an
 *   unknown field (`['jointshare']`), an unknown risk class (`['riskMultipliers', 'E']`), an unknown
 *   source key (`['sources', 'jointshare']`), a completion deadline that is no day of the year
 *   (`['completionDeadline']`); with path `['base', …]` when `base` itself is invalid
 *
 * @example
 * ```ts
 * const policy = definePolicy({ jointShare: 0.35, riskMultipliers: { C: 3 } }, zhejiang2023);
 * policy.jointShare; //=> 0.35
 * policy.riskMultipliers; //=> { A: 0.5, B: 1, C: 3, D: 4 }
 * policy.sources.jointShare?.status; //=> 'unsourced'
 * policy.sources.issueDay?.ref; //=> '通知·一' (kept from the base)
 * Object.isFrozen(policy); //=> true
 * definePolicy({ jointShare: 1.5 }, zhejiang2023); // throws INVALID_POLICY, path ['jointShare']
 * definePolicy({ jointShare: 0.35 }, undefined as never); // throws MISSING_ARGUMENT, path ['base']
 * ```
 */
export function definePolicy(overrides: PolicyOverrides, base: PolicyInput): Policy {
  if (!isPlainObject(overrides)) throw new ShuangsuijiError('INVALID_POLICY', '政策参数无效：覆盖项应为对象', { path: [] });
  const parsedBase = requirePolicy(base, ['base']);
  for (const key of Object.keys(overrides)) {
    if (!FIELDS.has(key) && key !== 'resultCategories') throw invalid(`未知字段 ${shownText(key)}`, [key]);
  }
  for (const field of PER_CLASS_FIELDS) {
    const value = overrides[field];
    if (isPlainObject(value)) {
      for (const key of Object.keys(value)) if (!CLASS_KEYS.has(key)) throw invalid(`未知风险类别 ${shownText(key)}（应为 A、B、C、D）`, [field, key]);
    }
  }
  // From here on only the validated copy is read: no BigInt or Symbol reaches JSON.stringify, and a
  // getter of the caller runs once. Only the keys the caller gave are kept, so a schema default
  // never overrides the base.
  const checked = parseInput(PolicyOverridesSchema, overrides, 'INVALID_POLICY', '政策参数') as Record<string, unknown>;
  const input: Record<string, unknown> = Object.fromEntries(Object.keys(overrides).map((key) => [key, checked[key]]));

  const id = typeof input['id'] === 'string' && input['id'].length > 0 ? input['id'] : parsedBase.id;
  const lineage = parsedBase.lineage.length === 0 ? [parsedBase.id] : [...parsedBase.lineage];
  if (lineage[lineage.length - 1] !== id) lineage.push(id);

  const given = parseSources(input['sources'], id);
  const merged: Record<string, unknown> = { ...parsedBase, ...input, id, lineage };
  for (const field of PER_CLASS_FIELDS) {
    const value = input[field];
    const baseValue = parsedBase[field];
    if (isPlainObject(value) && baseValue !== undefined) merged[field] = { ...baseValue, ...value };
  }
  merged['resultCategories'] = mergeCategories(parsedBase, input['resultCategories'], id);

  const sources: Record<string, FieldSource> = { ...parsedBase.sources };
  const unsourced: FieldSource = { status: 'unsourced', ref: '未注明出处', note: `覆盖 ${parsedBase.id} 的取值`, setBy: id };
  for (const field of POLICY_FIELDS) {
    if (!(field in input) || field === 'resultCategories') continue;
    if (PER_CLASS.has(field)) {
      const value = input[field];
      if (!isPlainObject(value)) continue;
      const baseValue = (parsedBase[field as PerClassField] ?? {}) as Record<string, unknown>;
      for (const riskClass of Object.keys(value)) {
        const key = `${field}.${riskClass}`;
        const source = given[key] ?? given[field] ?? (same(value[riskClass], baseValue[riskClass]) ? undefined : unsourced);
        if (source !== undefined) sources[key] = source;
      }
      continue;
    }
    const source = given[field] ?? (same(input[field], parsedBase[field]) ? undefined : unsourced);
    if (source !== undefined) sources[field] = source;
  }
  for (const [key, source] of Object.entries(given)) {
    const [field, riskClass] = key.split('.') as [string, string | undefined];
    if (source.status === 'unset') {
      if (riskClass === undefined && !(field in input)) delete merged[field];
      if (riskClass !== undefined && !(isPlainObject(input[field]) && riskClass in (input[field] as object))) {
        const current = merged[field];
        if (isPlainObject(current)) {
          const rest = { ...current };
          delete rest[riskClass];
          merged[field] = Object.keys(rest).length === 0 ? undefined : rest;
        }
      }
    }
    sources[key] = source;
  }
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  merged['sources'] = sources;

  const policy = parseInput(PolicySchema, merged, 'INVALID_POLICY', '政策参数');
  if (policy.completionDeadline !== undefined && !isValidCivilDate(`2024-${policy.completionDeadline}`)) {
    throw invalid(`完成期限 ${policy.completionDeadline} 不是一年中的日期`, ['completionDeadline']);
  }
  return rememberPolicy(deepFreeze(policy));
}

function parseSources(value: unknown, setBy: string): Record<string, FieldSource> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw invalid('sources 应为对象', ['sources']);
  const parsed: Record<string, FieldSource> = {};
  for (const [key, source] of Object.entries(value)) {
    if (!SOURCE_KEYS.has(key)) throw invalid(`未知的出处键 ${shownText(key)}（应为政策字段名，或 riskRatios.D 这样的分类别字段）`, ['sources', key]);
    let one: FieldSource;
    try {
      one = parseInput(FieldSourceSchema, source, 'INVALID_POLICY', '字段出处') as FieldSource;
    } catch (error) {
      if (!(error instanceof ShuangsuijiError)) throw error; // the caller's own getter or proxy threw: hand it back
      const inner = error;
      throw new ShuangsuijiError('INVALID_POLICY', inner.message, { path: ['sources', key, ...inner.path], details: inner.details, cause: inner });
    }
    parsed[key] = { ...one, setBy: one.setBy ?? setBy };
  }
  return parsed;
}

function mergeCategories(base: Policy, value: unknown, setBy: string): unknown {
  if (value === undefined) return base.resultCategories;
  if (!Array.isArray(value)) throw invalid('resultCategories 应为数组', ['resultCategories']);
  const byId = new Map(base.resultCategories.map((category) => [category.id, category]));
  value.forEach((category: unknown, index) => {
    let parsed;
    try {
      parsed = parseInput(ResultCategorySchema, category, 'INVALID_POLICY', '检查结果类别');
    } catch (error) {
      if (!(error instanceof ShuangsuijiError)) throw error; // the caller's own getter or proxy threw: hand it back
      const inner = error;
      throw new ShuangsuijiError('INVALID_POLICY', inner.message, { path: ['resultCategories', index, ...inner.path], details: inner.details, cause: inner });
    }
    const source = parsed.source ?? { status: 'unsourced' as const, ref: '未注明出处' };
    byId.set(parsed.id, { ...parsed, source: { ...source, setBy: source.setBy ?? setBy } });
  });
  return [...byId.values()];
}
