import type { Prng } from './prng.js';
import { streetShortName } from './synthetic-district.js';

/** Trade names (字号) of synthetic subjects. */
const TRADE_NAMES = [
  '恒达', '瑞丰', '华泰', '鑫源', '嘉禾', '东瓯', '瓯江', '海川', '宏图', '金鼎',
  '众诚', '天和', '润泽', '博远', '安盛', '兴旺', '明德', '春晖', '顺发', '立信',
  '佳美', '日升', '晨光', '锦程', '惠民', '长盛', '华瓯', '永信', '星辰', '凯达',
] as const;

/** Industry words by tag, first matching tag wins; enterprises and individual businesses differ. */
const ENTERPRISE_INDUSTRIES: readonly (readonly [string, readonly string[]])[] = [
  ['catering', ['餐饮管理', '餐饮']],
  ['food-production', ['食品', '食品科技']],
  ['pharmacy', ['大药房', '医药']],
  ['medical-devices', ['医疗器械']],
  ['testing-body', ['检测技术', '检验检测']],
  ['patent-agency', ['专利代理', '知识产权代理']],
  ['direct-selling', ['日用品']],
  ['food-retail', ['商贸', '超市']],
  ['advertising', ['广告', '文化传媒']],
  ['e-commerce', ['电子商务', '网络科技']],
  ['industrial-licence', ['阀门', '电器', '泵业', '机械']],
  ['lift-user', ['置业', '物业管理', '酒店管理']],
];
const ENTERPRISE_DEFAULT = ['贸易', '科技', '鞋业', '服饰', '五金', '建材', '汽车配件', '包装', '物流', '印刷', '塑料制品', '不锈钢'];

const INDIVIDUAL_INDUSTRIES: readonly (readonly [string, readonly string[]])[] = [
  ['catering', ['小吃', '快餐', '面馆', '烧烤', '餐饮']],
  ['food-production', ['糕点', '豆制品']],
  ['pharmacy', ['药品']],
  ['medical-devices', ['医疗器械']],
  ['food-retail', ['便利', '食品', '水果', '副食品']],
  ['e-commerce', ['网店']],
  ['advertising', ['广告']],
];
const INDIVIDUAL_DEFAULT = ['五金', '服装', '理发', '日用品', '建材', '手机', '烟酒', '家电维修', '鞋', '布艺'];
const INDIVIDUAL_SUFFIXES = ['店', '经营部'] as const;

const COOPERATIVE_PRODUCE = ['蔬菜', '水果', '葡萄', '柑橘', '水产养殖', '茶叶', '花卉', '粮食', '杨梅', '家禽'] as const;

/**
 * Subject kinds with a synthetic name pattern (有名称模式的主体类型).
 *
 * @example
 * ```ts
 * const kind: NamedKind = 'individual';
 * ```
 */
export type NamedKind = 'enterprise' | 'individual' | 'cooperative';

/**
 * Composes a synthetic subject name (合成主体名称) from small word lists: enterprises
 * `温州{字号}{行业}有限公司`, individual businesses `龙湾{街道}{字号}{行业}店` or `…经营部`,
 * cooperatives `温州市龙湾区{字号}{农产品}专业合作社`. The industry word follows the subject's tags.
 *
 * @param prng - the generator (consumes 2 or 3 draws)
 * @param kind - the subject kind
 * @param tags - the subject's tags
 * @param street - the subject's 街道
 * @returns the name
 *
 * @example
 * ```ts
 * composeSubjectName(createPrng('x'), 'enterprise', ['catering'], '永中街道').endsWith('有限公司'); //=> true
 * ```
 */
export function composeSubjectName(prng: Prng, kind: NamedKind, tags: readonly string[], street: string): string {
  const trade = prng.pick(TRADE_NAMES);
  if (kind === 'cooperative') return `温州市龙湾区${trade}${prng.pick(COOPERATIVE_PRODUCE)}专业合作社`;
  if (kind === 'enterprise') return `温州${trade}${prng.pick(industryWords(ENTERPRISE_INDUSTRIES, ENTERPRISE_DEFAULT, tags))}有限公司`;
  const industry = prng.pick(industryWords(INDIVIDUAL_INDUSTRIES, INDIVIDUAL_DEFAULT, tags));
  return `龙湾${streetShortName(street)}${trade}${industry}${prng.pick(INDIVIDUAL_SUFFIXES)}`;
}

function industryWords(
  table: readonly (readonly [string, readonly string[]])[],
  fallback: readonly string[],
  tags: readonly string[],
): readonly string[] {
  for (const [tag, words] of table) if (tags.includes(tag)) return words;
  return fallback;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '郑', '潘', '叶', '金', '章'] as const;
const GIVEN = ['伟', '芳', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '婷', '斌', '慧', '晨', '宇', '建', '海', '晓'] as const;

/**
 * Composes a synthetic inspector name (合成人员姓名): a surname and one or two given characters.
 *
 * @param prng - the generator (consumes 3 or 4 draws)
 * @returns the name
 *
 * @example
 * ```ts
 * [2, 3].includes(composePersonName(createPrng('x')).length); //=> true
 * ```
 */
export function composePersonName(prng: Prng): string {
  const surname = prng.pick(SURNAMES);
  const first = prng.pick(GIVEN);
  return prng.next() < 0.6 ? `${surname}${first}${prng.pick(GIVEN)}` : `${surname}${first}`;
}
