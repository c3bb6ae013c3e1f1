import { definePolicy } from '../../policy/define-policy.js';
import type { Policy } from '../../policy/policy-schema.js';
import type { FieldSourceInput } from '../../policy/policy-source.js';
import { national } from '../national/policy.js';
import { ZZRB_2021 } from './sources.js';

const CLASS_MAPPING = '河南省企业信用风险分类管理系统分低、中、中高、高四类，本库依次对应 A、B、C、D';

const report = (quote: string, note?: string): FieldSourceInput => ({
  status: 'sourced',
  ref: '郑州日报（2021）',
  document: ZZRB_2021.document,
  url: ZZRB_2021.url,
  quote,
  ...(note === undefined ? {} : { note }),
});

const unset = (what: string, note?: string): FieldSourceInput => ({
  status: 'unset',
  ref: '报道未涉及',
  document: ZZRB_2021.document,
  url: ZZRB_2021.url,
  note: note ?? `报道未涉及${what}`,
});

/**
 * The 2021 provincial draw of 河南省市场监督管理局 (河南省2021年度“双随机、一公开”抽查), built on the
 * {@link national} base only from the one public report of it: fixed per-class ratios — high risk
 * 30 %, medium-high 10 %, medium 2 %, low 1 % — and a full-coverage check of the enterprises whose
 * 2020 annual report declared all-zero finances. Every other field is inherited from the national base
 * or unset; no number was added to fill a field.
 *
 * The report's classes 低 / 中 / 中高 / 高 are mapped to A / B / C / D. The full-coverage group is the
 * tag `annual-report-all-zero` (the tag name is this library's; tag your directory with it).
 *
 * @example
 * ```ts
 * henan2021.riskRatios; //=> { A: 0.01, B: 0.02, C: 0.1, D: 0.3 }
 * henan2021.fullCoverageTags; //=> ['annual-report-all-zero']
 * henan2021.sources['riskRatios.D']?.quote; //=> '其中高风险企业抽查比例为30%'
 * henan2021.jointShare; //=> undefined
 * ```
 */
export const henan2021: Policy = /* @__PURE__ */ (() => definePolicy(
  {
    id: 'henan2021',
    name: '河南省市场监督管理局2021年度“双随机、一公开”抽查（据郑州日报报道）',
    year: 2021,
    riskRatios: { A: 0.01, B: 0.02, C: 0.1, D: 0.3 },
    fullCoverageTags: ['annual-report-all-zero'],
    sources: {
      'riskRatios.A': report('低风险企业为1%', CLASS_MAPPING),
      'riskRatios.B': report('中风险企业为2%', CLASS_MAPPING),
      'riskRatios.C': report('中高风险企业为10%', CLASS_MAPPING),
      'riskRatios.D': report('其中高风险企业抽查比例为30%', CLASS_MAPPING),
      fullCoverageTags: report(
        '对2020年企业年度报告财务情况全零申报的企业进行了100%全覆盖抽查',
        '标签名 annual-report-all-zero 为本库所取，指上一年度年报财务情况全零申报的企业',
      ),
      enterpriseInspectionRate: unset('全年抽查企业比例'),
      itemCoverage: unset('抽查事项覆盖率'),
      doubleRandomShare: unset('双随机抽查次数占比'),
      riskApplicationRate: unset('信用风险分类结果应用率', '报道称“结合信用风险分类，实施差异化监管”，未给出应用率'),
      jointShare: unset('部门联合随机抽查率'),
      mobileEnforcementRate: unset('掌上执法应用率'),
      publicationRate: unset('公示率'),
      followUpRate: unset('后续处置率'),
      lowRiskMaxChecksPerYear: unset('低风险企业年度抽查次数'),
      issueDay: unset('任务下发日'),
      completionDeadline: unset('完成期限'),
      riskMultipliers: unset('倍数（报道给出的是各类别固定比例）'),
      riskRanges: unset('比例范围（报道给出的是各类别固定比例）'),
      fullCoverageClasses: unset('全覆盖抽查的风险类别'),
      generalItemsInEveryTask: unset('通用检查事项', '报道称“重点检查登记事项、公示信息、广告行为、商标使用行为等8个抽查类别、24个抽查事项”，未规定通用检查事项'),
    },
  },
  national,
))();
