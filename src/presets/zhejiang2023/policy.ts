import { deepFreeze } from '../../core/deep-freeze.js';
import type { Policy } from '../../policy/policy-schema.js';

const zhejiang2023Fields: Policy = {
  id: 'zhejiang2023',
  name: '浙江省2023年度“双随机、一公开”监管工作（龙湾区市场监督管理局通知，2023-02-24）',
  year: 2023,
  enterpriseInspectionRate: 0.03,
  itemCoverage: 1,
  doubleRandomShare: 0.4,
  riskApplicationRate: 1,
  jointShare: 0.3,
  mobileEnforcementRate: 1,
  publicationRate: 1,
  followUpRate: 1,
  lowRiskMaxChecksPerYear: 2,
  lowRiskClasses: ['A'],
  issueDay: 5,
  issueDeferral: 'next-working-day',
  completionDeadline: '10-31',
  publicationWorkingDays: 20,
  inspectorsPerSubject: 2,
  generalItemsInEveryTask: true,
  generalItemCount: 7,
  riskFusion: 'specialised-first',
  unclassifiedRiskClass: 'B',
  riskMultipliers: { A: 0.5, B: 1, C: 2, D: 4 },
  excludedStatuses: ['deregistered', 'revoked'],
  mergeDefault: 'same-month',
  sources: {
    enterpriseInspectionRate: '通知·一：确保全年市场监管部门抽查企业比例不低于3%',
    itemCoverage: '通知·一：抽查事项覆盖率达到100%',
    doubleRandomShare: '通知·一：双随机抽查次数占比达到40%以上',
    riskApplicationRate: '通知·二：信用风险分类结果应用率达到100%',
    jointShare: '通知·三：确保部门联合随机抽查率达到30%以上',
    mobileEnforcementRate: '通知·四：实现掌上执法应用率100%',
    publicationRate: '通知·四：计划任务和抽查结果公示率100%',
    followUpRate: '通知·四：确保后续处置率达到100%',
    lowRiskMaxChecksPerYear: '通知·二：在同一年度内对低风险企业的抽查次数原则上不超过2次',
    lowRiskClasses: '通知·二：低风险企业（A类，信用风险低）',
    issueDay: '通知·一：在每个月5日前下发任务',
    issueDeferral: '通知·一：遇节假日适当延期',
    completionDeadline: '通知·四：确保10月底前完成各项指标',
    publicationWorkingDays: '(verify) 检查结果形成之日起20个工作日内公示',
    inspectorsPerSubject: '《行政处罚法》第四十二条：执法人员不得少于两人',
    inspectorMaxLoad: '(verify) 未设定：通知未规定每名执法人员每个任务的检查户数上限',
    generalItemsInEveryTask: '通知·一：将A99、A100、A101等7个抽查事项融入到每个随机抽查任务之中',
    generalItemCount: '通知·一：等7个抽查事项',
    riskFusion: '通知·二：“通用+专业”信用风险融合模式 (verify: 有专业分类的用专业分类)',
    unclassifiedRiskClass: '(verify) 未分类企业按一般风险（B类）对待',
    riskMultipliers: '通知·二：对低风险企业合理降低抽查比例和频次，对高风险企业加大抽查力度 (verify: 倍数由各地确定)',
    riskRatios: '(verify) 未设定：通知未规定各风险类别的固定抽查比例，按基础比例×倍数计算',
    excludedStatuses: '(verify) 已注销、已吊销主体不纳入随机抽取',
    mergeDefault: '通知·一：对同一市场主体的不同抽查检查任务……尽可能合并实施',
  },
};


/**
 * The policy of the 2023 notice (浙江省 / 龙湾区 2023年度“双随机、一公开”监管工作), with the clause
 * each number comes from. Fields the notice does not fix carry practice defaults marked (verify)
 * in `sources`.
 *
 * @example
 * ```ts
 * zhejiang2023.enterpriseInspectionRate; //=> 0.03
 * zhejiang2023.sources.enterpriseInspectionRate; //=> '通知·一：确保全年市场监管部门抽查企业比例不低于3%'
 * ```
 */
export const zhejiang2023: Policy = deepFreeze(zhejiang2023Fields);
