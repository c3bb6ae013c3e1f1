import { definePolicy } from '../../policy/define-policy.js';
import type { Policy } from '../../policy/policy-schema.js';
import { national } from '../national/policy.js';
import { NOTICE, notice } from './sources.js';

const unsetInNotice = (what: string) => ({ status: 'unset' as const, ref: '通知未规定', document: NOTICE.document, note: `通知未规定${what}` });

/**
 * The policy of the 2023 notice (浙江省 / 龙湾区 2023年度“双随机、一公开”监管工作), built on the
 * {@link national} base: every number the notice fixes, with its section and words. What the notice
 * does not fix is inherited from the national base or unset.
 *
 * The per-class multipliers A 0.5, B 1, C 2, D 4 are a **practice default** of this library, not
 * numbers of the notice (通知·二 asks only that low-risk enterprises be checked less and high-risk
 * ones more): replace them with your bureau's own.
 *
 * @example
 * ```ts
 * zhejiang2023.enterpriseInspectionRate; //=> 0.03
 * zhejiang2023.sources.enterpriseInspectionRate?.quote; //=> '确保全年市场监管部门抽查企业比例不低于3%'
 * zhejiang2023.sources.riskMultipliers?.status; //=> 'practice-default'
 * zhejiang2023.lineage; //=> ['national', 'zhejiang2023']
 * ```
 */
export const zhejiang2023: Policy = /* @__PURE__ */ (() => definePolicy(
  {
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
    generalItemsInEveryTask: true,
    generalItemCount: 7,
    riskMultipliers: { A: 0.5, B: 1, C: 2, D: 4 },
    mergeDefault: 'same-month',
    sources: {
      enterpriseInspectionRate: notice('一', '确保全年市场监管部门抽查企业比例不低于3%'),
      itemCoverage: notice('一', '抽查事项覆盖率达到100%'),
      doubleRandomShare: notice('一', '双随机抽查次数占比达到40%以上'),
      riskApplicationRate: notice('二', '信用风险分类结果应用率达到100%'),
      jointShare: notice('三', '确保部门联合随机抽查率达到30%以上'),
      mobileEnforcementRate: notice('四', '实现掌上执法应用率100%'),
      publicationRate: notice('四', '计划任务和抽查结果公示率100%'),
      followUpRate: notice('四', '确保后续处置率达到100%'),
      lowRiskMaxChecksPerYear: notice('二', '除法律法规规章另有规定外，在同一年度内对低风险企业的抽查次数原则上不超过2次'),
      lowRiskClasses: notice('二', '对低风险企业合理降低抽查比例和频次', '通知称“低风险企业”；按企业信用风险分类，A 类为“信用风险低”'),
      issueDay: notice('一', '在每个月5日前下发任务'),
      issueDeferral: notice('一', '遇节假日适当延期', '“适当延期”按顺延至下一个工作日计算'),
      completionDeadline: notice('四', '确保10月底前完成各项指标'),
      generalItemsInEveryTask: notice('一', '等7个抽查事项融入到每个随机抽查任务之中'),
      generalItemCount: notice('一', '等7个抽查事项'),
      riskFusion: {
        status: 'practice-default',
        ref: '通知·二',
        document: NOTICE.document,
        clause: '二',
        quote: '强化“通用+专业”信用风险融合模式在“双随机、一公开”监管中的常态化运用',
        note: '通知要求融合运用，未规定融合规则；“有专业分类的用专业分类”沿用全国基础预设的实践默认值',
      },
      riskMultipliers: {
        status: 'practice-default',
        ref: '通知·二',
        document: NOTICE.document,
        clause: '二',
        quote: '对低风险企业合理降低抽查比例和频次，对高风险或有不良记录的企业依法有针对性加大随机抽查力度',
        note: '通知只要求差异化，未规定倍数；A 0.5、B 1、C 2、D 4 是本库的示例取值，不是通知中的数字，请按本局规定替换',
      },
      riskRatios: unsetInNotice('各风险类别的固定抽查比例'),
      riskRanges: unsetInNotice('各风险类别的抽查比例范围'),
      fullCoverageClasses: unsetInNotice('全覆盖抽查的风险类别'),
      fullCoverageTags: unsetInNotice('全覆盖抽查的标签'),
      inspectorMaxLoad: unsetInNotice('每名执法人员每个任务的检查户数上限'),
      mergeDefault: notice('一', '对同一市场主体的不同抽查检查任务，要严格按照《龙湾区市场监督管理局2023年度随机抽查计划任务表》的配对要求，由牵头科室尽可能合并实施'),
    },
  },
  national,
))();
