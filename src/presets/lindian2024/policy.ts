import { definePolicy } from '../../policy/define-policy.js';
import type { Policy } from '../../policy/policy-schema.js';
import type { FieldSourceInput } from '../../policy/policy-source.js';
import { national } from '../national/policy.js';
import { DAQING_CREDIT_2024 } from './sources.js';

const article = (quote: string, note?: string): FieldSourceInput => ({
  status: 'sourced',
  ref: '大庆市信用网（2024-11-06）',
  document: DAQING_CREDIT_2024.document,
  url: DAQING_CREDIT_2024.url,
  date: DAQING_CREDIT_2024.date,
  quote,
  ...(note === undefined ? {} : { note }),
});

const unset = (what: string, note?: string): FieldSourceInput => ({
  status: 'unset',
  ref: '原文未规定',
  document: DAQING_CREDIT_2024.document,
  url: DAQING_CREDIT_2024.url,
  note: note ?? `原文未规定${what}`,
});

/**
 * The credit-risk sampling ranges of 林甸县农业农村局 (大庆市林甸县, 2024), built on the
 * {@link national} base only from the public article that states them: class A at most 5 %, B 5–20 %,
 * C 21–60 %, D 61–100 %. A plan under this preset gives each task's class ratios (`classRatios`)
 * within those ranges, and `validatePlan` checks them. Every other field is inherited or unset.
 *
 * The article's frequencies (“A类……同一企业抽查频次小于1次/年”, B “保持1次/年”, C “小于2次年”, D
 * “根据监管实际需求确定”) are not a yearly cap in whole checks, so `lowRiskMaxChecksPerYear` stays
 * unset; the words are kept in its source.
 *
 * @example
 * ```ts
 * lindian2024.riskRanges; //=> { A: { max: 0.05 }, B: { min: 0.05, max: 0.2 }, C: { min: 0.21, max: 0.6 }, D: { min: 0.61, max: 1 } }
 * lindian2024.sources['riskRanges.B']?.quote; //=> '对信用风险一般的B类企业，抽查比例范围为5%-20%'
 * lindian2024.lineage; //=> ['national', 'lindian2024']
 * ```
 */
export const lindian2024: Policy = /* @__PURE__ */ (() => definePolicy(
  {
    id: 'lindian2024',
    name: '大庆市林甸县农业农村局2024年信用风险分类抽查比例（据大庆市信用网2024-11-06）',
    year: 2024,
    riskRanges: { A: { max: 0.05 }, B: { min: 0.05, max: 0.2 }, C: { min: 0.21, max: 0.6 }, D: { min: 0.61, max: 1 } },
    sources: {
      'riskRanges.A': article('对信用风险低的A类企业，抽查比例不得超过5%'),
      'riskRanges.B': article('对信用风险一般的B类企业，抽查比例范围为5%-20%'),
      'riskRanges.C': article('对信用风险较高的C类企业，抽查比例范围为21%一60%', '原文“21%一60%”中的“一”按“-”（至）理解'),
      'riskRanges.D': article('对信用风险高的D类企业，抽查比例范围为61%-100%'),
      lowRiskMaxChecksPerYear: unset('年度抽查次数上限', '原文为“同一企业抽查频次小于1次/年”（A类）、“保持1次/年”（B类）、“小于2次年”（C类），不是以整次数计的年度上限，本库不作换算'),
      enterpriseInspectionRate: unset('全年抽查企业比例'),
      itemCoverage: unset('抽查事项覆盖率'),
      doubleRandomShare: unset('双随机抽查次数占比'),
      riskApplicationRate: unset('信用风险分类结果应用率'),
      jointShare: unset('部门联合随机抽查率'),
      mobileEnforcementRate: unset('掌上执法应用率'),
      publicationRate: unset('公示率'),
      followUpRate: unset('后续处置率'),
      issueDay: unset('任务下发日'),
      completionDeadline: unset('完成期限'),
      riskMultipliers: unset('倍数（原文给出的是各类别比例范围）'),
      riskRatios: unset('固定比例（原文给出的是各类别比例范围）'),
      fullCoverageClasses: unset('全覆盖抽查的风险类别', '原文D类上限为100%，但下限为61%，不是全覆盖'),
    },
  },
  national,
))();
