import type { ResultCategoryInput } from '../../policy/result-category-schema.js';
import { TIANNING_2017, ZHEJIANG_MICROENT } from './sources.js';

function fromSystem(code: string, text: string, note?: string): NonNullable<ResultCategoryInput['source']> {
  return {
    status: 'sourced',
    ref: `浙江工商抽查系统结果代码 ${code}`,
    document: ZHEJIANG_MICROENT.document,
    url: ZHEJIANG_MICROENT.url,
    quote: text,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The result categories of a random check (抽查检查结果类别) as the Zhejiang 工商 抽查 system codes
 * them (GuanzhouSong/ZhejiangMicroEnt: `scresultinsert_list.js` and `PubSccheckWeChatServiceImpl.java`
 * both map codes 1, 3–12 and A–G to these texts; code 2 “违反工商行政管理相关规定” is commented out in
 * the Java service and is left out). “已移送其他部门处理”, listed by earlier versions of this library,
 * is attested in no source found and is not a category. A bureau adds its own with `definePolicy`.
 *
 * @example
 * ```ts
 * nationalResultCategories.map((category) => category.code).join(' '); //=> '1 3 4 5 6 7 8 9 10 11 12 A B C D E F G'
 * ```
 */
export const nationalResultCategories: readonly ResultCategoryInput[] = [
  { id: 'no-problem', code: '1', text: '未发现问题', problemFound: false, followUpNeeded: false, aliases: ['正常经营'], source: fromSystem('1', '未发现问题', `常州市天宁区2017年通报以“正常经营”计数（${TIANNING_2017.url}）`) },
  { id: 'food-drug-violation', code: '3', text: '违反食品药品管理相关规定', problemFound: true, followUpNeeded: true, source: fromSystem('3', '违反食品药品管理相关规定') },
  { id: 'quality-violation', code: '4', text: '违反质量技术监督相关规定', problemFound: true, followUpNeeded: true, source: fromSystem('4', '违反质量技术监督相关规定') },
  { id: 'other-department-violation', code: '5', text: '违反其他部门相关规定', problemFound: true, followUpNeeded: true, source: fromSystem('5', '违反其他部门相关规定') },
  {
    id: 'unreachable-at-address',
    code: '6',
    text: '通过登记的住所（经营场所）无法联系',
    problemFound: true,
    followUpNeeded: true,
    source: fromSystem('6', '通过登记的住所（经营场所）无法联系', `常州市天宁区2017年通报同此写法（${TIANNING_2017.url}）`),
  },
  {
    id: 'closed-or-liquidating',
    code: '7',
    text: '已关闭停业或正在组织清算',
    problemFound: false,
    followUpNeeded: false,
    aliases: ['已关闭停业或正在清算'],
    source: fromSystem('7', '已关闭停业或正在组织清算', 'PubSccheckWeChatServiceImpl.java 写作“已关闭停业或正在清算”'),
  },
  {
    id: 'obstruction',
    code: '8',
    text: '不配合检查情节严重',
    problemFound: true,
    followUpNeeded: true,
    source: fromSystem('8', '不配合检查情节严重', '法规依据为《企业信息公示暂行条例》关于企业不予配合抽查、情节严重的规定（第十五条，本库未复核原文）'),
  },
  { id: 'deregistered', code: '9', text: '注销', problemFound: false, followUpNeeded: false, source: fromSystem('9', '注销') },
  { id: 'revoked', code: '10', text: '被吊销', problemFound: false, followUpNeeded: false, source: fromSystem('10', '被吊销') },
  { id: 'registration-cancelled', code: '11', text: '被撤销', problemFound: false, followUpNeeded: false, source: fromSystem('11', '被撤销') },
  { id: 'moved-out', code: '12', text: '迁出', problemFound: false, followUpNeeded: false, source: fromSystem('12', '迁出') },
  {
    id: 'pending-follow-up',
    code: 'A',
    text: '发现问题待后续处理',
    problemFound: true,
    followUpNeeded: true,
    source: fromSystem('A', '发现问题待后续处理', '见于 scresultinsert_list.js；PubSccheckWeChatServiceImpl.java 的代码表未列 A'),
  },
  {
    id: 'info-not-published',
    code: 'B',
    text: '未按规定公示应当公示的信息',
    problemFound: true,
    followUpNeeded: true,
    aliases: ['未按规定公示信息'],
    source: fromSystem('B', '未按规定公示应当公示的信息', `常州市天宁区2017年通报写作“未按规定公示信息”（${TIANNING_2017.url}）`),
  },
  {
    id: 'info-falsified',
    code: 'C',
    text: '公示信息隐瞒真实情况弄虚作假',
    problemFound: true,
    followUpNeeded: true,
    aliases: ['公示信息隐瞒真实情况、弄虚作假'],
    source: fromSystem('C', '公示信息隐瞒真实情况弄虚作假', '法规写法“隐瞒真实情况、弄虚作假”见《企业信息公示暂行条例》第十七条（本库未复核原文）'),
  },
  { id: 'other-market-violation', code: 'D', text: '违反其他工商行政管理规定行为', problemFound: true, followUpNeeded: true, source: fromSystem('D', '违反其他工商行政管理规定行为') },
  {
    id: 'ordered-to-correct',
    code: 'E',
    text: '发现问题经责令已改正',
    problemFound: true,
    followUpNeeded: true,
    aliases: ['发现问题已责令改正'],
    source: fromSystem('E', '发现问题经责令已改正', `常州市天宁区2017年通报写作“发现问题已责令改正”（${TIANNING_2017.url}）`),
  },
  {
    id: 'activity-not-found',
    code: 'F',
    text: '未发现开展本次抽查涉及的经营活动',
    problemFound: false,
    followUpNeeded: false,
    source: fromSystem('F', '未发现开展本次抽查涉及的经营活动'),
  },
  { id: 'police-violation', code: 'G', text: '违反公安部门相关规定', problemFound: true, followUpNeeded: true, source: fromSystem('G', '违反公安部门相关规定') },
];
