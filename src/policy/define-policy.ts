import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { isValidCivilDate } from '../core/civil-date.js';
import type { RiskClass } from '../core/risk-class.js';
import { PolicySchema, type Policy, type PolicyInput } from './policy-schema.js';
import { zhejiang2023 } from '../presets/zhejiang2023/policy.js';

/**
 * What {@link definePolicy} accepts: any subset of the policy fields. The per-class maps
 * `riskMultipliers` and `riskRatios` may name only some classes; the others come from the base.
 * `sources` is merged with the base's sources.
 *
 * @example
 * ```ts
 * const overrides: PolicyOverrides = { jointShare: 0.35, riskMultipliers: { C: 3 } };
 * definePolicy(overrides).riskMultipliers; //=> { A: 0.5, B: 1, C: 3, D: 4 }
 * ```
 */
export type PolicyOverrides = Omit<Partial<PolicyInput>, 'riskMultipliers' | 'riskRatios'> & {
  readonly riskMultipliers?: Partial<Record<RiskClass, number>>;
  readonly riskRatios?: Partial<Record<RiskClass, number>>;
};

const FIELDS = new Set(Object.keys(PolicySchema.shape));
const PER_CLASS_FIELDS = ['riskMultipliers', 'riskRatios'] as const;
const CLASS_KEYS = new Set(['A', 'B', 'C', 'D']);
const UNCITED_FIELDS = new Set(['id', 'name', 'year', 'sources']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function invalid(message: string, path: PropertyKey[]): ShuangsuijiError {
  return new ShuangsuijiError('INVALID_POLICY', `政策参数无效（字段 ${path.map(String).join('.')}）：${message}`, { path });
}

/**
 * Derives a validated, frozen policy from a base policy and overrides (定义政策参数) — e.g. a
 * province or bureau that keeps the 2023 notice's rules but sets its own joint-inspection target.
 *
 * - Fields given in `overrides` replace the base's; arrays are replaced, not merged.
 * - `riskMultipliers` and `riskRatios` merge per class (`{ C: 3 }` keeps the base's A, B and D).
 * - `sources` merges; a field whose value is changed without a new source gets the source
 *   `未注明出处（覆盖 <base id> 的取值）`, so no number ever carries a clause it no longer matches.
 * - Unknown fields (a misspelt `jointshare`) are rejected rather than silently dropped.
 *
 * @param overrides - the fields to change (default none)
 * @param base - the policy to start from (default {@link zhejiang2023})
 * @returns the new policy, deeply frozen
 * @throws {ShuangsuijiError} `INVALID_POLICY` with the `path` of the bad field: a value out of range
 *   (`['jointShare']`), an unknown field (`['jointshare']`), an unknown risk class
 *   (`['riskMultipliers', 'E']`), a completion deadline that is no day of the year
 *   (`['completionDeadline']`); with path `['base', …]` when `base` itself is invalid
 *
 * @example
 * ```ts
 * const policy = definePolicy({ jointShare: 0.35, riskMultipliers: { C: 3 } });
 * policy.jointShare; //=> 0.35
 * policy.riskMultipliers; //=> { A: 0.5, B: 1, C: 3, D: 4 }
 * policy.sources.jointShare; //=> '未注明出处（覆盖 zhejiang2023 的取值）'
 * Object.isFrozen(policy); //=> true
 * definePolicy({ jointShare: 1.5 }); // throws INVALID_POLICY, path ['jointShare']
 * ```
 */
export function definePolicy(overrides: PolicyOverrides = {}, base: Policy = zhejiang2023): Policy {
  if (!isPlainObject(overrides)) throw new ShuangsuijiError('INVALID_POLICY', '政策参数无效：覆盖项应为对象', { path: [] });
  let parsedBase: Policy;
  try {
    parsedBase = parseInput(PolicySchema, base, 'INVALID_POLICY', '基础政策参数');
  } catch (error) {
    const inner = error as ShuangsuijiError;
    throw new ShuangsuijiError('INVALID_POLICY', inner.message, { path: ['base', ...inner.path], details: inner.details, cause: inner });
  }

  const input: Record<string, unknown> = overrides;
  for (const key of Object.keys(input)) {
    if (!FIELDS.has(key)) throw invalid(`未知字段 ${key}`, [key]);
  }
  for (const field of PER_CLASS_FIELDS) {
    const value = input[field];
    if (isPlainObject(value)) {
      for (const key of Object.keys(value)) if (!CLASS_KEYS.has(key)) throw invalid(`未知风险类别 ${key}（应为 A、B、C、D）`, [field, key]);
    }
  }

  const merged: Record<string, unknown> = { ...parsedBase, ...input };
  for (const field of PER_CLASS_FIELDS) {
    const value = input[field];
    const baseValue = parsedBase[field];
    if (isPlainObject(value) && baseValue !== undefined) merged[field] = { ...baseValue, ...value };
  }

  const sources: Record<string, string> = { ...parsedBase.sources };
  const givenSources = isPlainObject(input['sources']) ? input['sources'] : {};
  for (const key of Object.keys(input)) {
    if (UNCITED_FIELDS.has(key) || key in givenSources) continue;
    if (JSON.stringify(merged[key]) !== JSON.stringify((parsedBase as Record<string, unknown>)[key])) {
      sources[key] = `未注明出处（覆盖 ${parsedBase.id} 的取值）`;
    }
  }
  merged['sources'] = input['sources'] === undefined || isPlainObject(input['sources']) ? { ...sources, ...givenSources } : input['sources'];

  const policy = parseInput(PolicySchema, merged, 'INVALID_POLICY', '政策参数');
  if (!isValidCivilDate(`2024-${policy.completionDeadline}`)) {
    throw invalid(`完成期限 ${policy.completionDeadline} 不是一年中的日期`, ['completionDeadline']);
  }
  return deepFreeze(policy);
}
