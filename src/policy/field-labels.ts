import type { PolicyField } from './policy-schema.js';

/**
 * The Chinese name of every policy field (政策字段名称), used in messages, findings and
 * {@link describePolicyChanges}.
 *
 * @example
 * ```ts
 * POLICY_FIELD_LABELS.jointShare; //=> '部门联合随机抽查率'
 * POLICY_FIELD_LABELS.publicationStart; //=> '公示时限起算点'
 * ```
 */
export const POLICY_FIELD_LABELS: Readonly<Record<PolicyField, string>> = /* @__PURE__ */ Object.freeze({
  enterpriseInspectionRate: '抽查企业比例',
  itemCoverage: '抽查事项覆盖率',
  doubleRandomShare: '双随机抽查次数占比',
  riskApplicationRate: '信用风险分类结果应用率',
  jointShare: '部门联合随机抽查率',
  mobileEnforcementRate: '掌上执法应用率',
  publicationRate: '计划任务和抽查结果公示率',
  followUpRate: '后续处置率',
  lowRiskMaxChecksPerYear: '低风险企业年度抽查次数上限',
  lowRiskClasses: '低风险类别',
  issueDay: '每月任务下发日',
  issueDeferral: '下发日遇节假日顺延',
  completionDeadline: '指标完成期限',
  publicationWorkingDays: '抽查结果公示时限（工作日）',
  publicationStart: '公示时限起算点',
  inspectorsPerSubject: '每户执法人员人数下限',
  inspectorMaxLoad: '每名执法人员每个任务检查户数上限',
  inspectorBalance: '执法人员工作量均衡方式',
  generalItemsInEveryTask: '通用检查事项融入每个随机抽查任务',
  generalItemCount: '通用检查事项个数',
  riskFusion: '“通用+专业”信用风险融合规则',
  unclassifiedRiskClass: '未分类企业按何类对待',
  riskMultipliers: '各类别抽查比例倍数',
  riskRatios: '各类别固定抽查比例',
  riskRanges: '各类别抽查比例范围',
  fullCoverageClasses: '全覆盖抽查的风险类别',
  fullCoverageTags: '全覆盖抽查的标签',
  excludedStatuses: '不纳入随机抽取的登记状态',
  mergeDefault: '合并实施的默认范围',
  resultCategories: '检查结果类别',
});
