import { deepFreeze } from '../core/deep-freeze.js';

/**
 * Rates of one supervision tag by subject kind, and the department that keeps it (标签比例).
 *
 * @example
 * ```ts
 * const rate: SyntheticTagRate = SYNTHETIC_TAG_RATES.catering;
 * rate.owner; //=> '餐饮科'
 * ```
 */
export interface SyntheticTagRate {
  /** Department that keeps the tag up to date (标签维护科室, 通知·四). */
  readonly owner: string;
  /** Share of enterprises carrying the tag. */
  readonly enterprise: number;
  /** Share of individual businesses carrying the tag. */
  readonly individual: number;
  /** Share of farmer cooperatives carrying the tag. */
  readonly cooperative: number;
}

/**
 * Rates of the supervision tags (分类监管标签) in a synthetic district, by subject kind. Each tag is
 * drawn independently, in this order, for every subject. Illustrative figures, not statistics.
 *
 * | tag | owner | enterprise | individual | cooperative |
 * | --- | --- | ---: | ---: | ---: |
 * | food-production 食品生产者 | 食品生产流通科 | 3 % | 1 % | 10 % |
 * | food-retail 食品销售者 | 食品生产流通科 | 8 % | 20 % | 5 % |
 * | catering 餐饮服务提供者 | 餐饮科 | 5 % | 12 % | 2 % |
 * | lift-user 电梯使用单位 | 特种设备科 | 4 % | 0.2 % | 0 |
 * | advertising 广告经营者、发布者 | 市场合同科 | 5 % | 2 % | 0 |
 * | industrial-licence 工业产品生产许可证获证企业 | 质量监管科 | 3 % | 0.2 % | 0 |
 * | measuring-instruments 强制检定计量器具使用单位 | 标准计量科 | 6 % | 5 % | 2 % |
 * | pharmacy 药品零售企业 | 药监分局 | 1 % | 0.5 % | 0 |
 * | medical-devices 医疗器械经营企业 | 药监分局 | 2 % | 0.5 % | 0 |
 * | e-commerce 电子商务经营者 | 网监分局 | 10 % | 8 % | 5 % |
 * | price-regulated 涉及政府价格管制项目单位 | 价竞分局 | 3 % | 2 % | 0 |
 * | direct-selling 直销企业 | 价竞分局 | 0.2 % | 0 | 0 |
 * | trademark 商标使用市场主体 | 知识产权科 | 15 % | 1 % | 10 % |
 * | patent-agency 专利代理机构 | 知识产权科 | 0.1 % | 0 | 0 |
 * | energy-label 能效标识使用单位 | 标准计量科 | 2 % | 1 % | 0 |
 * | prepackaged-goods 定量包装商品生产销售单位 | 标准计量科 | 4 % | 1 % | 5 % |
 * | testing-body 检验检测机构 | 标准计量科 | 0.3 % | 0 | 0 |
 * | law-enforcement-filing 执法报备企业 | 机关党委 | 0.5 % | 0 | 0 |
 *
 * @example
 * ```ts
 * SYNTHETIC_TAG_RATES.catering.individual; //=> 0.12
 * SYNTHETIC_TAG_RATES['lift-user'].enterprise; //=> 0.04
 * SYNTHETIC_TAG_RATES['lift-user'].owner; //=> '特种设备科'
 * ```
 */
export const SYNTHETIC_TAG_RATES = /* @__PURE__ */ deepFreeze({
  'food-production': { owner: '食品生产流通科', enterprise: 0.03, individual: 0.01, cooperative: 0.1 },
  'food-retail': { owner: '食品生产流通科', enterprise: 0.08, individual: 0.2, cooperative: 0.05 },
  catering: { owner: '餐饮科', enterprise: 0.05, individual: 0.12, cooperative: 0.02 },
  'lift-user': { owner: '特种设备科', enterprise: 0.04, individual: 0.002, cooperative: 0 },
  advertising: { owner: '市场合同科', enterprise: 0.05, individual: 0.02, cooperative: 0 },
  'industrial-licence': { owner: '质量监管科', enterprise: 0.03, individual: 0.002, cooperative: 0 },
  'measuring-instruments': { owner: '标准计量科', enterprise: 0.06, individual: 0.05, cooperative: 0.02 },
  pharmacy: { owner: '药监分局', enterprise: 0.01, individual: 0.005, cooperative: 0 },
  'medical-devices': { owner: '药监分局', enterprise: 0.02, individual: 0.005, cooperative: 0 },
  'e-commerce': { owner: '网监分局', enterprise: 0.1, individual: 0.08, cooperative: 0.05 },
  'price-regulated': { owner: '价竞分局', enterprise: 0.03, individual: 0.02, cooperative: 0 },
  'direct-selling': { owner: '价竞分局', enterprise: 0.002, individual: 0, cooperative: 0 },
  trademark: { owner: '知识产权科', enterprise: 0.15, individual: 0.01, cooperative: 0.1 },
  'patent-agency': { owner: '知识产权科', enterprise: 0.001, individual: 0, cooperative: 0 },
  'energy-label': { owner: '标准计量科', enterprise: 0.02, individual: 0.01, cooperative: 0 },
  'prepackaged-goods': { owner: '标准计量科', enterprise: 0.04, individual: 0.01, cooperative: 0.05 },
  'testing-body': { owner: '标准计量科', enterprise: 0.003, individual: 0, cooperative: 0 },
  'law-enforcement-filing': { owner: '机关党委', enterprise: 0.005, individual: 0, cooperative: 0 },
} as const satisfies Record<string, SyntheticTagRate>);
