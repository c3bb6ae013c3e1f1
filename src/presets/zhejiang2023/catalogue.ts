import { defineCatalogue, type Catalogue, type CatalogueDefinition } from '../../catalogue/define-catalogue.js';

const ALL_KINDS = ['enterprise', 'individual', 'cooperative'] as const;
const NOTICE_GENERAL = '通知·一：将A99、A100、A101等7个抽查事项融入到每个随机抽查任务之中';
const PLACEHOLDER_SOURCE = '通知·一：“等7个抽查事项”——其余4项见附件1（浙江省市场监管部门2023年度双随机抽查事项清单），本库未收录，待补充';
const ANNEX1_SAMPLE = '附件1（代表性专业事项；编码为本库示例编码，以附件1为准）';

/** 4 placeholders for the general items of 附件1 the notice does not name (the 4th–7th of 7). */
const placeholders: CatalogueDefinition['items'] = /* @__PURE__ */ ['A102', 'A103', 'A104', 'A105'].map((code, index) => ({
  code,
  name: `通用检查事项（待依附件1补充·第${index + 4}项）`,
  category: 'general' as const,
  leadDepartment: '信用监管科',
  targetKinds: [...ALL_KINDS],
  source: PLACEHOLDER_SOURCE,
  placeholder: true,
}));

const definition: CatalogueDefinition = {
  year: 2023,
  region: '浙江省',
  items: [
    {
      code: 'A99',
      name: '通用检查事项（公示信息检查——对企业、个体工商户、农民专业合作社经营场所及存续状态年度报告公示信息的检查）',
      category: 'general',
      leadDepartment: '信用监管科',
      targetKinds: [...ALL_KINDS],
      method: 'onsite',
      basis: '《企业信息公示暂行条例》第十四条；《个体工商户年度报告暂行办法》；《农民专业合作社年度报告公示暂行办法》',
      source: NOTICE_GENERAL,
    },
    {
      code: 'A100',
      name: '通用检查事项（价格行为检查——对违反明码标价规定行为的行政检查）',
      category: 'general',
      leadDepartment: '价竞分局',
      targetKinds: [...ALL_KINDS],
      method: 'onsite',
      basis: '《中华人民共和国价格法》第十三条；《明码标价和禁止价格欺诈规定》',
      source: NOTICE_GENERAL,
    },
    {
      code: 'A101',
      name: '通用检查事项（市场类标准监督检查——对企业履行标准自我声明公开义务的监督检查）',
      category: 'general',
      leadDepartment: '标准计量科',
      targetKinds: ['enterprise'],
      method: 'documentary',
      basis: '《中华人民共和国标准化法》第二十七条；《企业标准化促进办法》',
      source: NOTICE_GENERAL,
    },
    ...placeholders,
    {
      code: 'B01',
      name: '食品生产者监督检查',
      category: 'specialised',
      leadDepartment: '食品生产流通科',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['food-production'],
      basis: '《中华人民共和国食品安全法》第一百一十条；《食品生产经营监督检查管理办法》',
      domain: 'food',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B02',
      name: '食品销售者监督检查',
      category: 'specialised',
      leadDepartment: '食品生产流通科',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['food-retail'],
      basis: '《中华人民共和国食品安全法》第一百一十条；《食品生产经营监督检查管理办法》',
      domain: 'food',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B03',
      name: '餐饮服务提供者监督检查',
      category: 'specialised',
      leadDepartment: '餐饮科',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['catering'],
      basis: '《中华人民共和国食品安全法》第一百一十条；《食品生产经营监督检查管理办法》',
      domain: 'food',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B04',
      name: '电梯使用单位监督检查',
      category: 'specialised',
      leadDepartment: '特种设备科',
      targetKinds: ['enterprise', 'individual', 'other'],
      targetTags: ['lift-user'],
      basis: '《中华人民共和国特种设备安全法》；《特种设备安全监督检查办法》',
      requiredQualifications: ['special-equipment'],
      domain: 'special-equipment',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B05',
      name: '广告经营者、发布者广告活动检查',
      category: 'specialised',
      leadDepartment: '市场合同科',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['advertising'],
      basis: '《中华人民共和国广告法》第四十九条',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B06',
      name: '工业产品生产许可证获证企业检查',
      category: 'specialised',
      leadDepartment: '质量监管科',
      targetKinds: ['enterprise'],
      targetTags: ['industrial-licence'],
      basis: '《中华人民共和国工业产品生产许可证管理条例》',
      domain: 'industrial-product',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B07',
      name: '强制检定计量器具使用单位检查',
      category: 'specialised',
      leadDepartment: '标准计量科',
      targetKinds: ['enterprise', 'individual', 'other'],
      targetTags: ['measuring-instruments'],
      basis: '《中华人民共和国计量法》第九条',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B08',
      name: '定量包装商品净含量计量检查',
      category: 'specialised',
      leadDepartment: '标准计量科',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['prepackaged-goods'],
      basis: '《中华人民共和国计量法》；《定量包装商品计量监督管理办法》',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B09',
      name: '能源效率标识使用检查',
      category: 'specialised',
      leadDepartment: '标准计量科',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['energy-label'],
      basis: '《中华人民共和国节约能源法》；《能源效率标识管理办法》',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B10',
      name: '检验检测机构监督检查',
      category: 'specialised',
      leadDepartment: '标准计量科',
      targetKinds: ['enterprise', 'other'],
      targetTags: ['testing-body'],
      method: 'onsite',
      basis: '《检验检测机构资质认定管理办法》；《检验检测机构监督管理办法》',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B11',
      name: '药品零售企业监督检查',
      category: 'specialised',
      leadDepartment: '药监分局',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['pharmacy'],
      basis: '《中华人民共和国药品管理法》；《药品经营和使用质量监督管理办法》',
      domain: 'drug',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B12',
      name: '医疗器械经营企业监督检查',
      category: 'specialised',
      leadDepartment: '药监分局',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['medical-devices'],
      basis: '《医疗器械监督管理条例》；《医疗器械经营监督管理办法》',
      domain: 'medical-device',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B13',
      name: '电子商务经营者网络经营行为检查',
      category: 'specialised',
      leadDepartment: '网监分局',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['e-commerce'],
      method: 'online',
      basis: '《中华人民共和国电子商务法》；《网络交易监督管理办法》',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B14',
      name: '执行政府定价、政府指导价情况检查',
      category: 'specialised',
      leadDepartment: '价竞分局',
      targetKinds: ['enterprise', 'individual', 'other'],
      targetTags: ['price-regulated'],
      basis: '《中华人民共和国价格法》；《价格违法行为行政处罚规定》',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B15',
      name: '直销企业经营行为检查',
      category: 'specialised',
      leadDepartment: '价竞分局',
      targetKinds: ['enterprise'],
      targetTags: ['direct-selling'],
      basis: '《直销管理条例》',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B16',
      name: '商标使用行为检查',
      category: 'specialised',
      leadDepartment: '知识产权科',
      targetKinds: ['enterprise', 'individual'],
      targetTags: ['trademark'],
      basis: '《中华人民共和国商标法》',
      source: ANNEX1_SAMPLE,
    },
    {
      code: 'B17',
      name: '专利代理机构执业行为检查',
      category: 'specialised',
      leadDepartment: '知识产权科',
      targetKinds: ['enterprise', 'other'],
      targetTags: ['patent-agency'],
      basis: '《专利代理条例》；《专利代理管理办法》',
      source: ANNEX1_SAMPLE,
    },
  ],
};

/**
 * The check-item list of the 2023 notice (浙江省2023年度双随机抽查事项清单, as far as we hold it).
 *
 * - The 7 general items (通用检查事项, 通知·一): A99, A100 and A101 as the notice names them, and
 *   A102–A105 as placeholders (`placeholder: true`, named `通用检查事项（待依附件1补充·第N项）`) for the
 *   four the notice leaves to 附件1, which we do not hold. Fill them with {@link replaceItem}.
 * - Representative specialised items B01–B17 (专业检查事项), one or more per supervision tag and
 *   lead department of 通知·四. Their codes are this library's sample codes, not 附件1's.
 *
 * @example
 * ```ts
 * zhejiang2023Catalogue.generalCodes; //=> ['A99', 'A100', 'A101', 'A102', 'A103', 'A104', 'A105']
 * zhejiang2023Catalogue.byCode.get('B04')?.requiredQualifications; //=> ['special-equipment']
 * zhejiang2023Catalogue.items.filter((item) => item.placeholder).length; //=> 4
 * ```
 */
export const zhejiang2023Catalogue: Catalogue = /* @__PURE__ */ defineCatalogue(definition);
