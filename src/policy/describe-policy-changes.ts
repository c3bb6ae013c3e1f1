import { ShuangsuijiError } from '../core/errors.js';
import { RISK_CLASSES, type RiskClass } from '../core/risk-class.js';
import { POLICY_FIELD_LABELS } from './field-labels.js';
import { formatPolicyValue } from './format-policy-value.js';
import { citeSource, type FieldSource } from './policy-source.js';
import { fieldSource, requirePolicy } from './policy-field.js';
import { PER_CLASS_FIELDS, POLICY_FIELDS, type Policy, type PolicyField } from './policy-schema.js';
import type { ResultCategory } from './result-category-schema.js';

/**
 * One difference between two policies (政策变化), from {@link describePolicyChanges}.
 *
 * @example
 * ```ts
 * const change: PolicyChange | undefined = describePolicyChanges(zhejiang2023, definePolicy({ jointShare: 0.35 }, zhejiang2023))[0];
 * [change?.field, change?.kind, change?.before, change?.after]; //=> ['jointShare', 'changed', '30%', '35%']
 * ```
 */
export interface PolicyChange {
  /** The field (`jointShare`), `riskRatios.D` for one class, or `resultCategories.<id>`. */
  readonly field: string;
  /** `added` (unset before), `removed` (unset now), `changed` (a new value), `source` (same value, new source). */
  readonly kind: 'added' | 'removed' | 'changed' | 'source';
  /** The value before and after, in words (`未规定` when unset). */
  readonly before: string;
  readonly after: string;
  /** The citation of the source before and after. */
  readonly sourceBefore: string;
  readonly sourceAfter: string;
  /** The change in one Chinese sentence (变化说明). */
  readonly message: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const sameSource = (a: FieldSource | undefined, b: FieldSource | undefined): boolean =>
  same(a === undefined ? undefined : { ...a, setBy: undefined }, b === undefined ? undefined : { ...b, setBy: undefined });

/**
 * Compares two policies field by field and says in Chinese what changed (政策参数对比), e.g. this
 * year's preset against last year's: every value added, removed or changed, per class for the
 * per-class fields, every result category added, removed or reworded, and every value that stayed
 * the same but now rests on another source. Fields are in schema order; nothing is reported for
 * identical policies.
 *
 * @param before - the earlier policy (e.g. last year's preset)
 * @param after - the later policy
 * @returns the changes, `[]` when the two policies say the same with the same sources
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['before']` / `['after']`); `INVALID_POLICY`
 *
 * @example
 * ```ts
 * const next = definePolicy({ id: 'next', jointShare: 0.35, issueDay: 10, sources: { issueDay: '区局通知·一' } }, zhejiang2023);
 * describePolicyChanges(zhejiang2023, next).map((change) => change.message);
 * //=> ['部门联合随机抽查率：30% → 35%（出处：通知·三：“确保部门联合随机抽查率达到30%以上” → 未注明出处（覆盖 zhejiang2023 的取值））',
 * //    '每月任务下发日：每月5日 → 每月10日（出处：通知·一：“在每个月5日前下发任务” → 区局通知·一）']
 * describePolicyChanges(zhejiang2023, zhejiang2023); //=> []
 * ```
 */
export function describePolicyChanges(before: Policy, after: Policy): PolicyChange[] {
  if (before === undefined || before === null) throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 before：请传入较早的政策参数', { path: ['before'] });
  const a = requirePolicy(before, ['before']);
  const b = requirePolicy(after, ['after']);
  const changes: PolicyChange[] = [];
  for (const field of POLICY_FIELDS) {
    if (field === 'resultCategories') {
      changes.push(...categoryChanges(a.resultCategories, b.resultCategories));
      continue;
    }
    if ((PER_CLASS_FIELDS as readonly string[]).includes(field)) {
      for (const riskClass of RISK_CLASSES) changes.push(...fieldChange(a, b, field, riskClass));
      continue;
    }
    changes.push(...fieldChange(a, b, field));
  }
  return changes;
}

function fieldChange(a: Policy, b: Policy, field: PolicyField, riskClass?: RiskClass): PolicyChange[] {
  const valueOf = (policy: Policy): unknown => {
    const value: unknown = policy[field];
    return riskClass === undefined || value === undefined ? value : (value as Partial<Record<RiskClass, unknown>>)[riskClass];
  };
  const va = valueOf(a);
  const vb = valueOf(b);
  const sa = fieldSource(a, field, riskClass);
  const sb = fieldSource(b, field, riskClass);
  const valueSame = same(va, vb);
  if (valueSame && (va === undefined || sameSource(sa, sb))) return [];
  const kind: PolicyChange['kind'] = valueSame ? 'source' : va === undefined ? 'added' : vb === undefined ? 'removed' : 'changed';
  const label = `${POLICY_FIELD_LABELS[field]}${riskClass === undefined ? '' : `（${riskClass}类）`}`;
  const before = formatPolicyValue(a, field, riskClass);
  const after = formatPolicyValue(b, field, riskClass);
  const sourceBefore = citeSource(sa);
  const sourceAfter = citeSource(sb);
  const message = valueSame
    ? `${label}：仍为 ${after}，出处变更（${sourceBefore} → ${sourceAfter}）`
    : `${label}：${before} → ${after}（出处：${sourceBefore} → ${sourceAfter}）`;
  return [{ field: riskClass === undefined ? field : `${field}.${riskClass}`, kind, before, after, sourceBefore, sourceAfter, message }];
}

function categoryText(category: ResultCategory | undefined): string {
  if (category === undefined) return '无';
  return `${category.text}${category.code === undefined ? '' : `（代码 ${category.code}）`}`;
}

function categoryChanges(a: readonly ResultCategory[], b: readonly ResultCategory[]): PolicyChange[] {
  const before = new Map(a.map((category) => [category.id, category]));
  const after = new Map(b.map((category) => [category.id, category]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const changes: PolicyChange[] = [];
  for (const id of ids) {
    const ca = before.get(id);
    const cb = after.get(id);
    const strip = (category: ResultCategory | undefined): unknown =>
      category === undefined ? undefined : { ...category, source: category.source === undefined ? undefined : { ...category.source, setBy: undefined } };
    if (same(strip(ca), strip(cb))) continue;
    const kind: PolicyChange['kind'] = ca === undefined ? 'added' : cb === undefined ? 'removed' : 'changed';
    const sourceBefore = citeSource(ca?.source);
    const sourceAfter = citeSource(cb?.source);
    const message =
      kind === 'added'
        ? `新增检查结果类别 ${id}：${categoryText(cb)}（出处：${sourceAfter}）`
        : kind === 'removed'
          ? `删除检查结果类别 ${id}：${categoryText(ca)}`
          : `检查结果类别 ${id}：${categoryText(ca)} → ${categoryText(cb)}（出处：${sourceBefore} → ${sourceAfter}）`;
    changes.push({ field: `resultCategories.${id}`, kind, before: categoryText(ca), after: categoryText(cb), sourceBefore, sourceAfter, message });
  }
  return changes;
}
