import { z } from 'zod';

/**
 * Supervision tags (分类监管标签) used by the bundled catalogue, with their Chinese labels.
 * Tag ids are stable English strings; a subject carries them in `Subject.tags` and a check item
 * names the ones that define its pool in `CheckItem.targetTags`. The list follows the tag owners
 * named in 通知·四 (《市场监管分类监管标签内容》, 附件5, which we do not hold; the ids are ours).
 *
 * @example
 * ```ts
 * SUPERVISION_TAGS['lift-user']; //=> '电梯使用单位'
 * Object.keys(SUPERVISION_TAGS).length; //=> 18
 * ```
 */
export const SUPERVISION_TAGS = {
  'food-production': '食品生产者',
  'food-retail': '食品销售者',
  catering: '餐饮服务提供者',
  'lift-user': '电梯使用单位',
  advertising: '广告经营者、发布者',
  'industrial-licence': '工业产品生产许可证获证企业',
  'measuring-instruments': '强制检定计量器具使用单位',
  pharmacy: '药品零售企业',
  'medical-devices': '医疗器械经营企业',
  'e-commerce': '电子商务经营者',
  'price-regulated': '涉及政府价格管制项目单位',
  'direct-selling': '直销企业',
  trademark: '商标使用市场主体',
  'patent-agency': '专利代理机构',
  'energy-label': '能效标识使用单位',
  'prepackaged-goods': '定量包装商品生产销售单位',
  'testing-body': '检验检测机构',
  'law-enforcement-filing': '执法报备企业',
} as const;

/**
 * A supervision tag id of {@link SUPERVISION_TAGS} (分类监管标签).
 *
 * @example
 * ```ts
 * const tag: SupervisionTag = 'lift-user';
 * [SUPERVISION_TAGS[tag], SUPERVISION_TAG_OWNERS[tag]]; //=> ['电梯使用单位', '特种设备科']
 * ```
 */
export type SupervisionTag = keyof typeof SUPERVISION_TAGS;

/**
 * The department that keeps each tag up to date in the directory (标签维护科室), as 通知·四 assigns
 * them: e.g. 广告经营者、发布者 — 市场合同科; 执法报备企业 — 机关党委.
 *
 * @example
 * ```ts
 * SUPERVISION_TAG_OWNERS.pharmacy; //=> '药监分局'
 * SUPERVISION_TAG_OWNERS['law-enforcement-filing']; //=> '机关党委'
 * ```
 */
export const SUPERVISION_TAG_OWNERS: Readonly<Record<SupervisionTag, string>> = {
  'food-production': '食品生产流通科',
  'food-retail': '食品生产流通科',
  catering: '餐饮科',
  'lift-user': '特种设备科',
  advertising: '市场合同科',
  'industrial-licence': '质量监管科',
  'measuring-instruments': '标准计量科',
  pharmacy: '药监分局',
  'medical-devices': '药监分局',
  'e-commerce': '网监分局',
  'price-regulated': '价竞分局',
  'direct-selling': '价竞分局',
  trademark: '知识产权科',
  'patent-agency': '知识产权科',
  'energy-label': '标准计量科',
  'prepackaged-goods': '标准计量科',
  'testing-body': '标准计量科',
  'law-enforcement-filing': '机关党委',
};

/**
 * Zod schema of a known supervision tag id (分类监管标签). Subjects and items accept any tag
 * string; use this schema where only the bundled tags are allowed.
 *
 * @example
 * ```ts
 * SupervisionTagSchema.parse('catering'); //=> 'catering'
 * SupervisionTagSchema.safeParse('food').success; //=> false
 * ```
 */
export const SupervisionTagSchema = /* @__PURE__ */ (() => z
  .enum(Object.keys(SUPERVISION_TAGS) as [SupervisionTag, ...SupervisionTag[]])
  .meta({ description: '分类监管标签' }))();

/**
 * Tells whether a string is one of the bundled supervision tags (是否为已知标签).
 *
 * @param value - the value to test
 * @returns `true` for a key of {@link SUPERVISION_TAGS}
 *
 * @example
 * ```ts
 * isSupervisionTag('e-commerce'); //=> true
 * isSupervisionTag('toString'); //=> false
 * ```
 */
export function isSupervisionTag(value: unknown): value is SupervisionTag {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SUPERVISION_TAGS, value);
}
