import type { Policy } from '../../policy/policy-schema.js';
import type { FieldSourceInput } from '../../policy/policy-source.js';
import { rootPolicy } from '../_internal/root-policy.js';
import { nationalResultCategories } from './result-categories.js';
import { ADMINISTRATIVE_PENALTY_LAW, CHOUCHA_BANFA, GUOBANFA_2015_58, REGULATION_654 } from './sources.js';

/** A field the national documents leave to each locality (由各地规定). */
const localTarget = (what: string): FieldSourceInput => ({
  status: 'unset',
  ref: '国办发〔2015〕58号',
  document: GUOBANFA_2015_58.document,
  url: GUOBANFA_2015_58.summaryUrl,
  quote: '要根据当地经济社会发展和监管领域实际情况，合理确定随机抽查的比例和频次',
  note: `全国文件未规定${what}的统一数值，由各地年度通知规定`,
});

const notNational = (what: string): FieldSourceInput => ({
  status: 'unset',
  ref: '全国未规定',
  note: `本库查到的全国文件未规定${what}，由各地规定`,
});

const practice = (ref: string, note: string): FieldSourceInput => ({ status: 'practice-default', ref, note });

/**
 * The national base preset (全国基础预设): only what national documents fix, each with document,
 * clause, URL and the words quoted; every other field is unset (with the reason) or, for the few the
 * engine cannot run without, a practice default marked as such. Provinces and districts extend it
 * with `definePolicy(layer, national)`.
 *
 * | field | value | source |
 * | --- | --- | --- |
 * | `inspectorsPerSubject` | 2 | 《行政处罚法》第四十二条 “执法人员不得少于两人” |
 * | `publicationWorkingDays`, `publicationStart` | 20, 产生之日 | 《企业信息公示暂行条例》第六条 |
 * | `resultCategories` | 18 categories with codes | the Zhejiang 工商 抽查 system (ZhejiangMicroEnt) |
 * | `riskFusion`, `unclassifiedRiskClass`, `excludedStatuses`, `mergeDefault`, `inspectorBalance` (`min-max-load`) | practice defaults | — |
 *
 * Ratios and frequencies are unset: 国办发〔2015〕58号 leaves them to each locality (“合理确定随机抽查的
 * 比例和频次”).
 *
 * @example
 * ```ts
 * national.inspectorsPerSubject; //=> 2
 * national.jointShare; //=> undefined
 * national.sources.jointShare?.status; //=> 'unset'
 * national.sources.publicationWorkingDays?.quote; //=> '前款规定的企业信息应当自产生之日起20个工作日内予以公示'
 * ```
 */
export const national: Policy = /* @__PURE__ */ (() => rootPolicy({
  id: 'national',
  name: '全国基础预设（国家层面文件规定的部分）',
  inspectorsPerSubject: 2,
  inspectorBalance: 'min-max-load',
  publicationWorkingDays: 20,
  publicationStart: 'produced',
  riskFusion: 'specialised-first',
  unclassifiedRiskClass: 'B',
  excludedStatuses: ['deregistered', 'revoked'],
  mergeDefault: 'same-month',
  resultCategories: [...nationalResultCategories],
  sources: {
    enterpriseInspectionRate: {
      status: 'unset',
      ref: '全国未规定',
      document: CHOUCHA_BANFA.document,
      url: CHOUCHA_BANFA.url,
      quote: '抽取辖区内不少于3%的企业',
      note: '《企业公示信息抽查办法》第四条的3%是总局和省级部门组织的企业公示信息抽查的抽取比例，不是各地全年各类随机抽查的抽查企业比例，本库不作为该字段的全国取值',
    },
    itemCoverage: notNational('抽查事项覆盖率'),
    doubleRandomShare: notNational('双随机抽查次数占比'),
    riskApplicationRate: notNational('信用风险分类结果应用率'),
    jointShare: notNational('部门联合随机抽查率'),
    mobileEnforcementRate: notNational('掌上执法应用率'),
    publicationRate: notNational('计划任务和抽查结果公示率'),
    followUpRate: notNational('后续处置率'),
    lowRiskMaxChecksPerYear: localTarget('低风险企业年度抽查次数'),
    lowRiskClasses: notNational('低风险企业年度抽查次数上限及其适用类别'),
    issueDay: notNational('每月任务下发日'),
    issueDeferral: notNational('下发日遇节假日是否顺延'),
    completionDeadline: notNational('年度指标完成期限'),
    publicationWorkingDays: {
      status: 'sourced',
      ref: '《企业信息公示暂行条例》第六条',
      document: REGULATION_654.document,
      clause: '第六条',
      url: REGULATION_654.url,
      quote: '前款规定的企业信息应当自产生之日起20个工作日内予以公示',
      note: '第六条规定市场监督管理部门在履行职责过程中产生的企业信息（含“其他依法应当公示的信息”）的公示时限，本库据此计算抽查结果的公示时限',
    },
    publicationStart: {
      status: 'sourced',
      ref: '《企业信息公示暂行条例》第六条',
      document: REGULATION_654.document,
      clause: '第六条',
      url: REGULATION_654.url,
      quote: '自产生之日起20个工作日内',
    },
    inspectorsPerSubject: {
      status: 'sourced',
      ref: '《行政处罚法》第四十二条',
      document: ADMINISTRATIVE_PENALTY_LAW.document,
      clause: '第四十二条',
      url: ADMINISTRATIVE_PENALTY_LAW.url,
      quote: '执法人员不得少于两人，法律另有规定的除外',
    },
    inspectorMaxLoad: notNational('每名执法人员每个任务的检查户数上限'),
    inspectorBalance: practice(
      '实践默认值',
      '随机选派时使工作量最多的执法人员的检查户数尽可能少（在科室、资格、回避等约束允许的范围内均衡）；未见全国统一规定，各地可改为 none',
    ),
    generalItemsInEveryTask: notNational('通用检查事项的融入要求'),
    generalItemCount: notNational('通用检查事项个数'),
    riskFusion: practice('实践默认值', '“通用+专业”融合时有专业分类的用专业分类；未见全国统一规定，各地可改为取风险较高者'),
    unclassifiedRiskClass: practice('实践默认值', '未分类企业按一般风险（B类）对待；未见全国统一规定'),
    riskMultipliers: localTarget('各风险类别抽查比例倍数'),
    riskRatios: localTarget('各风险类别固定抽查比例'),
    riskRanges: localTarget('各风险类别抽查比例范围'),
    fullCoverageClasses: notNational('全覆盖抽查的风险类别'),
    fullCoverageTags: notNational('全覆盖抽查的标签'),
    excludedStatuses: practice('实践默认值', '已注销、已吊销的主体不再经营，不纳入随机抽取'),
    mergeDefault: practice('实践默认值', '同一主体同月的不同任务合并实施（“进一次门、查多项事”）'),
    resultCategories: {
      status: 'sourced',
      ref: '浙江工商抽查系统结果代码表',
      document: '浙江省工商局抽查检查系统源码（GitHub 仓库 GuanzhouSong/ZhejiangMicroEnt）',
      url: 'https://github.com/GuanzhouSong/ZhejiangMicroEnt',
      note: '每个类别的代码和出处见该类别的 source',
    },
  },
}))();
