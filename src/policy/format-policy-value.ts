import type { RiskClass } from '../core/risk-class.js';
import type { Policy, PolicyField } from './policy-schema.js';
import { percent } from './_internal/percent.js';
import { assertPolicyField, requirePolicy } from './policy-field.js';

const STATUS_LABELS: Readonly<Record<string, string>> = { operating: '存续（在业）', suspended: '歇业', deregistered: '已注销', revoked: '已吊销' };
const START_LABELS: Readonly<Record<string, string>> = { produced: '产生之日', 'check-ended': '检查结束之日', 'result-formed': '检查结果形成之日' };

const classes = (value: readonly RiskClass[]): string => value.map((c) => `${c}类`).join('、');

function range(value: { readonly min?: number | undefined; readonly max?: number | undefined }): string {
  if (value.min !== undefined && value.max !== undefined) return `${percent(value.min)}–${percent(value.max)}`;
  if (value.max !== undefined) return `≤ ${percent(value.max)}`;
  if (value.min !== undefined) return `≥ ${percent(value.min)}`;
  return '不限';
}

/**
 * Renders the value of a policy field in Chinese (政策字段取值说明); a per-class field is rendered for
 * one class. `未规定` for an unset value.
 *
 * @param policy - the policy
 * @param field - the field
 * @param riskClass - for `riskMultipliers`, `riskRatios`, `riskRanges`: the class
 * @returns the value in words
 *
 * @example
 * ```ts
 * formatPolicyValue(zhejiang2023, 'jointShare'); //=> '30%'
 * formatPolicyValue(zhejiang2023, 'issueDay'); //=> '每月5日'
 * formatPolicyValue(zhejiang2023, 'completionDeadline'); //=> '10月31日'
 * formatPolicyValue(zhejiang2023, 'riskMultipliers', 'D'); //=> '× 4'
 * formatPolicyValue(national, 'jointShare'); //=> '未规定'
 * ```
 */
export function formatPolicyValue(policy: Policy, field: PolicyField, riskClass?: RiskClass): string {
  policy = requirePolicy(policy, ['policy']); // the parsed policy: defaults (e.g. sources) filled in
  assertPolicyField(field, ['field']);
  const value: unknown = policy[field];
  if (value === undefined) return '未规定';
  switch (field) {
    case 'enterpriseInspectionRate':
    case 'itemCoverage':
    case 'doubleRandomShare':
    case 'riskApplicationRate':
    case 'jointShare':
    case 'mobileEnforcementRate':
    case 'publicationRate':
    case 'followUpRate':
      return percent(value as number);
    case 'lowRiskMaxChecksPerYear':
      return `${String(value)} 次`;
    case 'lowRiskClasses':
    case 'fullCoverageClasses':
      return classes(value as RiskClass[]);
    case 'issueDay':
      return `每月${String(value)}日`;
    case 'issueDeferral':
      return value === 'next-working-day' ? '遇节假日顺延至下一个工作日' : '不顺延';
    case 'completionDeadline': {
      const [month, day] = String(value).split('-');
      return `${Number(month)}月${Number(day)}日`;
    }
    case 'publicationWorkingDays':
      return `${String(value)}个工作日`;
    case 'publicationStart':
      return START_LABELS[String(value)] ?? String(value);
    case 'inspectorsPerSubject':
      return `${String(value)}人`;
    case 'inspectorMaxLoad':
      return `${String(value)}户`;
    case 'inspectorBalance':
      return value === 'min-max-load' ? '使最多者的检查户数尽可能少' : '不均衡（仅受上限约束）';
    case 'generalItemsInEveryTask':
      return value === true ? '是' : '否';
    case 'generalItemCount':
      return `${String(value)}个`;
    case 'riskFusion':
      return value === 'specialised-first' ? '有专业分类的用专业分类' : '取通用与专业分类中风险较高者';
    case 'unclassifiedRiskClass':
      return `${String(value)}类`;
    case 'riskMultipliers':
    case 'riskRatios':
    case 'riskRanges': {
      const perClass = value as Partial<Record<RiskClass, unknown>>;
      const render = (one: unknown): string =>
        field === 'riskMultipliers' ? `× ${String(one)}` : field === 'riskRatios' ? percent(one as number) : range(one as { min?: number; max?: number });
      if (riskClass !== undefined) return perClass[riskClass] === undefined ? '未规定' : render(perClass[riskClass]);
      return (['A', 'B', 'C', 'D'] as const)
        .filter((c) => perClass[c] !== undefined)
        .map((c) => `${c}类 ${render(perClass[c])}`)
        .join('，');
    }
    case 'fullCoverageTags':
      return (value as string[]).join('、');
    case 'excludedStatuses':
      return (value as string[]).map((status) => STATUS_LABELS[status] ?? status).join('、') || '无';
    case 'mergeDefault':
      return value === 'same-month' ? '同一主体同月的任务默认合并实施' : '仅合并实施组内的任务合并实施';
    case 'resultCategories':
      return `${(value as unknown[]).length} 个类别`;
  }
}
