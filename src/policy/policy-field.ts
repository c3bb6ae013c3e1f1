import { ShuangsuijiError, type ErrorPath } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { RiskClass } from '../core/risk-class.js';
import { isErrorPath } from '../core/_internal/error-shape.js';
import { isKnownPolicy } from './_internal/known-policies.js';
import { POLICY_FIELD_LABELS } from './field-labels.js';
import { citeSource, type FieldSource } from './policy-source.js';
import { POLICY_FIELDS, PolicySchema, type Policy, type PolicyField, type PolicyInput } from './policy-schema.js';

const FIELD_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(POLICY_FIELDS);

/**
 * Checks that a name is a policy field (校验字段名，内部).
 *
 * @param field - the name
 * @param path - where it sits
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a name that is not a field
 *
 * @example
 * ```ts
 * assertPolicyField('jointShare', ['field']); // passes
 * ```
 */
export function assertPolicyField(field: unknown, path: ErrorPath): asserts field is PolicyField {
  if (typeof field !== 'string' || !FIELD_SET.has(field)) {
    throw new ShuangsuijiError('INVALID_INPUT', `未知的政策字段 ${String(typeof field === 'symbol' ? 'symbol' : field)}`, { path });
  }
}

function assertClass(riskClass: unknown): void {
  if (riskClass !== undefined && riskClass !== 'A' && riskClass !== 'B' && riskClass !== 'C' && riskClass !== 'D') {
    throw new ShuangsuijiError('UNKNOWN_STRATUM', '风险类别应为 A、B、C、D 之一', { path: ['riskClass'] });
  }
}

/**
 * Checks that a policy was given and parses it (政策参数必填). Every function that applies a rule calls
 * this on its policy argument, so a missing policy is an error naming the argument — never a silent
 * fallback to some preset.
 *
 * @param policy - the caller's policy argument
 * @param path - where the argument sits, e.g. `['policy']` or `['options', 'policy']`
 * @returns the parsed policy (a preset or a `definePolicy` result passes through unchanged in content)
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `path`) when `policy` is `undefined` or `null`;
 *   `INVALID_POLICY` with the path of the bad field inside it
 *
 * @example
 * ```ts
 * requirePolicy(zhejiang2023, ['policy']).id; //=> 'zhejiang2023'
 * requirePolicy(undefined, ['options', 'policy']); // throws MISSING_ARGUMENT, path ['options', 'policy']
 * ```
 */
export function requirePolicy(policy: PolicyInput | Policy | null | undefined, path: ErrorPath): Policy {
  if (!isErrorPath(path)) throw new ShuangsuijiError('INVALID_INPUT', 'path 应为由字符串、数字组成的数组（至多 64 层）', { path: ['path'] });
  if (policy === undefined || policy === null) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', `缺少参数 ${path.map(String).join('.')}：请传入政策参数（如某个预设或 definePolicy 的结果），本库不使用任何默认政策`, {
      path,
    });
  }
  if (isKnownPolicy(policy)) return policy as Policy;
  try {
    return parseInput(PolicySchema, policy, 'INVALID_POLICY', '政策参数');
  } catch (error) {
    if (!(error instanceof ShuangsuijiError)) throw error; // the caller's own getter or proxy threw: hand it back
    const inner = error;
    throw new ShuangsuijiError(inner.code, inner.message, { path: [...path, ...inner.path], details: inner.details, cause: inner });
  }
}

/**
 * The source of a policy field (字段出处): for a per-class field, the source of that class when it
 * has its own, else the field's; asked without a class, the first class's own source, else the field's.
 *
 * @param policy - the policy
 * @param field - the field
 * @param riskClass - for `riskMultipliers`, `riskRatios`, `riskRanges`: the class
 * @returns the source, or `undefined` when nobody described the field
 *
 * @example
 * ```ts
 * fieldSource(zhejiang2023, 'jointShare')?.ref; //=> '通知·三'
 * fieldSource(zhejiang2023, 'riskMultipliers', 'D')?.status; //=> 'practice-default'
 * ```
 */
export function fieldSource(policy: Policy, field: PolicyField, riskClass?: RiskClass): FieldSource | undefined {
  policy = requirePolicy(policy, ['policy']); // the parsed policy: defaults (e.g. sources) filled in
  assertPolicyField(field, ['field']);
  assertClass(riskClass);
  if (riskClass !== undefined) return policy.sources[`${field}.${riskClass}`] ?? policy.sources[field];
  // A per-class field asked as a whole: the source of its first class that has one of its own (a
  // layer that sets classes cites them per class, over the base's source of the whole field).
  const perClass = (['A', 'B', 'C', 'D'] as const).map((c) => policy.sources[`${field}.${c}`]).find((source) => source !== undefined);
  return perClass ?? policy.sources[field];
}

/**
 * The short reference of a field's source (条款简称), used as the `clause` of findings and KPI
 * indicators: e.g. `通知·三` for zhejiang2023's `jointShare`. A field with no source gives `未注明出处`.
 *
 * @param policy - the policy
 * @param field - the field
 * @returns the reference
 *
 * @example
 * ```ts
 * policyRef(zhejiang2023, 'jointShare'); //=> '通知·三'
 * policyRef(zhejiang2023, 'inspectorsPerSubject'); //=> '《行政处罚法》第四十二条'
 * ```
 */
export function policyRef(policy: Policy, field: PolicyField): string {
  return fieldSource(policy, field)?.ref ?? '未注明出处';
}

/**
 * One-line citation of a field's source (出处说明), see {@link citeSource}.
 *
 * @param policy - the policy
 * @param field - the field
 * @param riskClass - for a per-class field, the class
 * @returns the citation
 *
 * @example
 * ```ts
 * citeField(zhejiang2023, 'issueDay'); //=> '通知·一：“在每个月5日前下发任务”'
 * ```
 */
export function citeField(policy: Policy, field: PolicyField, riskClass?: RiskClass): string {
  return citeSource(fieldSource(policy, field, riskClass));
}

/**
 * Reads a field a function cannot work without (读取必需的政策字段).
 *
 * @typeParam F - the field
 * @param policy - the policy
 * @param field - the field
 * @param path - path of the policy argument, for the error (e.g. `['options', 'policy']`)
 * @returns the value
 * @throws {ShuangsuijiError} `POLICY_FIELD_UNSET` (path `[...path, field]`) when the policy leaves the field unset
 *
 * @example
 * ```ts
 * requirePolicyField(zhejiang2023, 'issueDay', ['policy']); //=> 5
 * requirePolicyField(national, 'issueDay', ['policy']); // throws POLICY_FIELD_UNSET, path ['policy', 'issueDay']
 * ```
 */
export function requirePolicyField<F extends PolicyField>(policy: Policy, field: F, path: ErrorPath): NonNullable<Policy[F]> {
  if (!isErrorPath(path)) throw new ShuangsuijiError('INVALID_INPUT', 'path 应为由字符串、数字组成的数组（至多 64 层）', { path: ['path'] });
  policy = requirePolicy(policy, path); // the parsed policy: defaults (e.g. sources) filled in
  assertPolicyField(field, ['field']);
  const value = policy[field];
  if (value === undefined || value === null) {
    const source = fieldSource(policy, field);
    const why = source?.status === 'unset' && source.note !== undefined ? `（${source.note}）` : '';
    throw new ShuangsuijiError(
      'POLICY_FIELD_UNSET',
      `政策参数 ${policy.id} 未规定${POLICY_FIELD_LABELS[field]}（字段 ${String(field)}）${why}，请在本局预设中以 definePolicy 规定并注明出处`,
      { path: [...path, field], details: { policy: policy.id, field } },
    );
  }
  return value as NonNullable<Policy[F]>;
}
