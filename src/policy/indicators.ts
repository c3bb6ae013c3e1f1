import type { Policy, PolicyField } from './policy-schema.js';
import { ShuangsuijiError } from '../core/errors.js';
import { policyRef, requirePolicy } from './policy-field.js';

/** The parsed policy (defaults such as `sources` filled in), once the indicator id is known. */
function check(policy: unknown, id: unknown): Policy {
  const parsed = requirePolicy(policy as Policy, ['policy']);
  if (typeof id !== 'string' || !(INDICATOR_IDS as readonly string[]).includes(id)) {
    throw new ShuangsuijiError('INVALID_INPUT', `未知的指标 ${String(typeof id === 'symbol' ? 'symbol' : id)}`, { path: ['id'] });
  }
  return parsed;
}
import { percent } from './_internal/percent.js';

/**
 * Ids of the indicators (指标标识), in report order. Where a policy field holds the target the id is
 * that field's name.
 *
 * @example
 * ```ts
 * INDICATOR_IDS[0]; //=> 'enterpriseInspectionRate'
 * INDICATOR_IDS.length; //=> 11
 * ```
 */
export const INDICATOR_IDS = /* @__PURE__ */ Object.freeze([
  'enterpriseInspectionRate',
  'itemCoverage',
  'doubleRandomShare',
  'riskApplicationRate',
  'jointShare',
  'mobileEnforcementRate',
  'publicationRate',
  'timelyPublicationRate',
  'followUpRate',
  'issueTimeliness',
  'lowRiskOverCap',
] as const);

/**
 * Id of an indicator (指标标识).
 *
 * @example
 * ```ts
 * const id: IndicatorId = 'jointShare';
 * ```
 */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * How the plan stage can judge an indicator before the year (计划阶段可判断程度): `exact` from the plan
 * alone; `estimate` from the plan with the pool sizes (an estimate, said so in its finding); `draw`
 * enforced by the draw itself (the low-risk cap); `execution` only the year's records can tell
 * (mobile enforcement, publication, follow-up).
 *
 * @example
 * ```ts
 * const stage: PlanStage = 'estimate';
 * ```
 */
export type PlanStage = 'exact' | 'estimate' | 'draw' | 'execution';

/**
 * The one definition of an indicator (指标定义), shared by the plan rules (`validatePlan`) and the
 * KPI report (`computeKpis`), so the plan checks the very quantity the year is measured by.
 *
 * @example
 * ```ts
 * const joint: IndicatorDefinition = INDICATORS.jointShare;
 * [joint.numerator, joint.denominator, joint.unit]; //=> ['部门联合随机抽查次数', '随机抽查次数', '次']
 * ```
 */
export interface IndicatorDefinition {
  readonly id: IndicatorId;
  /** Chinese name (指标名称). */
  readonly name: string;
  /** What the numerator counts (分子). */
  readonly numerator: string;
  /** What the denominator counts (分母). */
  readonly denominator: string;
  /** Unit of both counts (计数单位): 次 checks, 个 tasks/items, 户 enterprises, 项 results. */
  readonly unit: '次' | '个' | '户' | '项';
  /** The policy field holding the target; absent for a fixed target. */
  readonly targetField?: PolicyField;
  /** The target when no field holds it (任务按时下发率 100 %, 低风险超次 0). */
  readonly fixedTarget?: number;
  /** The indicator applies only when this field is set (e.g. `issueDay`). */
  readonly requires?: PolicyField;
  /** The field whose source is the indicator's clause. */
  readonly sourceField: PolicyField;
  readonly comparison: 'at-least' | 'at-most';
  /** `linear`: cumulative, projected linearly to the deadline; `current`: the current value. */
  readonly projection: 'linear' | 'current';
  readonly planStage: PlanStage;
}

const definitions: Record<IndicatorId, IndicatorDefinition> = {
  enterpriseInspectionRate: {
    id: 'enterpriseInspectionRate',
    name: '抽查企业比例',
    numerator: '被随机抽查的企业数（去重）',
    denominator: '名录库中可抽取的企业数',
    unit: '户',
    targetField: 'enterpriseInspectionRate',
    sourceField: 'enterpriseInspectionRate',
    comparison: 'at-least',
    projection: 'linear',
    planStage: 'estimate',
  },
  itemCoverage: {
    id: 'itemCoverage',
    name: '抽查事项覆盖率',
    numerator: '随机抽查任务检查到的清单事项数',
    denominator: '清单事项数（不含待补充的占位事项）',
    unit: '个',
    targetField: 'itemCoverage',
    sourceField: 'itemCoverage',
    comparison: 'at-least',
    projection: 'linear',
    planStage: 'exact',
  },
  doubleRandomShare: {
    id: 'doubleRandomShare',
    name: '双随机抽查次数占比',
    numerator: '双随机抽查次数',
    denominator: '检查次数',
    unit: '次',
    targetField: 'doubleRandomShare',
    sourceField: 'doubleRandomShare',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'estimate',
  },
  riskApplicationRate: {
    id: 'riskApplicationRate',
    name: '信用风险分类结果应用率',
    numerator: '运用信用风险分类结果的随机抽查任务数',
    denominator: '有检查的随机抽查任务数',
    unit: '个',
    targetField: 'riskApplicationRate',
    sourceField: 'riskApplicationRate',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'exact',
  },
  jointShare: {
    id: 'jointShare',
    name: '部门联合随机抽查率',
    numerator: '部门联合随机抽查次数',
    denominator: '随机抽查次数',
    unit: '次',
    targetField: 'jointShare',
    sourceField: 'jointShare',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'estimate',
  },
  mobileEnforcementRate: {
    id: 'mobileEnforcementRate',
    name: '掌上执法应用率',
    numerator: '掌上执法检查次数',
    denominator: '检查次数',
    unit: '次',
    targetField: 'mobileEnforcementRate',
    sourceField: 'mobileEnforcementRate',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'execution',
  },
  publicationRate: {
    id: 'publicationRate',
    name: '计划任务和抽查结果公示率',
    numerator: '已公示的计划任务数与抽查结果数',
    denominator: '应公示的计划任务数与抽查结果数',
    unit: '项',
    targetField: 'publicationRate',
    sourceField: 'publicationRate',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'execution',
  },
  timelyPublicationRate: {
    id: 'timelyPublicationRate',
    name: '抽查结果按时公示率',
    numerator: '在公示时限内公示的抽查结果数',
    denominator: '应公示的抽查结果数',
    unit: '项',
    targetField: 'publicationRate',
    requires: 'publicationWorkingDays',
    sourceField: 'publicationWorkingDays',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'execution',
  },
  followUpRate: {
    id: 'followUpRate',
    name: '后续处置率',
    numerator: '已后续处置的问题数',
    denominator: '发现问题数',
    unit: '项',
    targetField: 'followUpRate',
    sourceField: 'followUpRate',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'execution',
  },
  issueTimeliness: {
    id: 'issueTimeliness',
    name: '任务按时下发率',
    numerator: '按期下发的随机抽查任务数',
    denominator: '应下发的随机抽查任务数',
    unit: '个',
    fixedTarget: 1,
    requires: 'issueDay',
    sourceField: 'issueDay',
    comparison: 'at-least',
    projection: 'current',
    planStage: 'exact',
  },
  lowRiskOverCap: {
    id: 'lowRiskOverCap',
    name: '低风险企业抽查超次比例',
    numerator: '年度抽查次数超过上限的低风险企业数',
    denominator: '被随机抽查的低风险企业数',
    unit: '户',
    fixedTarget: 0,
    requires: 'lowRiskMaxChecksPerYear',
    sourceField: 'lowRiskMaxChecksPerYear',
    comparison: 'at-most',
    projection: 'current',
    planStage: 'draw',
  },
};

/**
 * Every indicator's definition by id (指标定义表).
 *
 * @example
 * ```ts
 * INDICATORS.jointShare.name; //=> '部门联合随机抽查率'
 * INDICATORS.itemCoverage.planStage; //=> 'exact'
 * ```
 */
export const INDICATORS: Readonly<Record<IndicatorId, IndicatorDefinition>> = /* @__PURE__ */ Object.freeze(definitions);

/**
 * The target of an indicator under a policy (指标目标值), or `null` when the policy sets none (the
 * indicator is then measured but not judged).
 *
 * @param policy - the policy
 * @param id - the indicator
 * @returns the target, or `null`
 *
 * @example
 * ```ts
 * indicatorTarget(zhejiang2023, 'jointShare'); //=> 0.3
 * indicatorTarget(zhejiang2023, 'lowRiskOverCap'); //=> 0
 * indicatorTarget(national, 'jointShare'); //=> null
 * ```
 */
export function indicatorTarget(policy: Policy, id: IndicatorId): number | null {
  policy = check(policy, id);
  const definition = INDICATORS[id];
  if (definition.requires !== undefined && policy[definition.requires] === undefined) return null;
  if (definition.targetField !== undefined) {
    const value = policy[definition.targetField];
    return typeof value === 'number' ? value : null;
  }
  return definition.fixedTarget ?? null;
}

/**
 * The reference of the indicator's source under a policy (指标条款), e.g. `通知·三`.
 *
 * @param policy - the policy
 * @param id - the indicator
 * @returns the short reference of its source field
 *
 * @example
 * ```ts
 * indicatorClause(zhejiang2023, 'jointShare'); //=> '通知·三'
 * ```
 */
export function indicatorClause(policy: Policy, id: IndicatorId): string {
  policy = check(policy, id);
  return policyRef(policy, INDICATORS[id].sourceField);
}

/**
 * The target of an indicator in words (目标说明), e.g. `≥ 30%`, or `政策未规定目标`.
 *
 * @param policy - the policy
 * @param id - the indicator
 * @returns the target text
 *
 * @example
 * ```ts
 * targetText(zhejiang2023, 'jointShare'); //=> '≥ 30%'
 * targetText(zhejiang2023, 'lowRiskOverCap'); //=> '≤ 0%（每户每年不超过 2 次）'
 * targetText(national, 'jointShare'); //=> '政策未规定目标'
 * ```
 */
export function targetText(policy: Policy, id: IndicatorId): string {
  policy = check(policy, id);
  const target = indicatorTarget(policy, id);
  if (target === null) return '政策未规定目标';
  const definition = INDICATORS[id];
  const base = `${definition.comparison === 'at-least' ? '≥' : '≤'} ${percent(target)}`;
  if (id === 'lowRiskOverCap') return `${base}（每户每年不超过 ${String(policy.lowRiskMaxChecksPerYear)} 次）`;
  if (id === 'timelyPublicationRate') return `${base}（${publicationLimitText(policy)}）`;
  return base;
}

/**
 * The publication limit in words (公示时限说明), e.g. `检查结果产生之日起20个工作日内`.
 *
 * @param policy - the policy
 * @returns the limit, or `政策未规定公示时限`
 *
 * @example
 * ```ts
 * publicationLimitText(zhejiang2023); //=> '产生之日起20个工作日内'
 * ```
 */
export function publicationLimitText(policy: Policy): string {
  policy = requirePolicy(policy, ['policy']); // the parsed policy: defaults (e.g. sources) filled in
  if (policy.publicationWorkingDays === undefined) return '政策未规定公示时限';
  const start = { produced: '产生之日', 'check-ended': '检查结束之日', 'result-formed': '检查结果形成之日' }[policy.publicationStart ?? 'produced'];
  return `${start}起${String(policy.publicationWorkingDays)}个工作日内`;
}

/**
 * The definition of an indicator in one Chinese sentence, rendered from the policy (指标说明):
 * what it counts, the target and the clause.
 *
 * @param policy - the policy
 * @param id - the indicator
 * @returns e.g. `部门联合随机抽查率 = 部门联合随机抽查次数 ÷ 随机抽查次数，目标 ≥ 30%（通知·三）`
 *
 * @example
 * ```ts
 * describeIndicator(zhejiang2023, 'jointShare'); //=> '部门联合随机抽查率 = 部门联合随机抽查次数 ÷ 随机抽查次数，目标 ≥ 30%（通知·三）'
 * describeIndicator(definePolicy({ jointShare: 0.35 }, zhejiang2023), 'jointShare'); //=> '部门联合随机抽查率 = 部门联合随机抽查次数 ÷ 随机抽查次数，目标 ≥ 35%（未注明出处）'
 * ```
 */
export function describeIndicator(policy: Policy, id: IndicatorId): string {
  policy = check(policy, id);
  const definition = INDICATORS[id];
  const target = indicatorTarget(policy, id);
  const goal = target === null ? '政策未规定目标' : `目标 ${targetText(policy, id)}`;
  return `${definition.name} = ${definition.numerator} ÷ ${definition.denominator}，${goal}（${indicatorClause(policy, id)}）`;
}
