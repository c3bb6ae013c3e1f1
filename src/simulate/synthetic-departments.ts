import { deepFreeze } from '../core/deep-freeze.js';
import { SYNTHETIC_DISTRICT, stationOf } from './synthetic-district.js';

/**
 * One department of the synthetic inspector directory (合成执法人员的科室).
 *
 * @example
 * ```ts
 * const department: SyntheticDepartment = SYNTHETIC_DEPARTMENTS[3];
 * department.qualifications; //=> { 'special-equipment': 1 }
 * ```
 */
export interface SyntheticDepartment {
  /** Department name (科室 / 分局 / 市监所). */
  readonly name: string;
  /** Relative staff weight when inspectors are shared out beyond the minimum. */
  readonly weight: number;
  /** Share of the staff holding each qualification (资格). */
  readonly qualifications: Readonly<Record<string, number>>;
  /** Regions the staff cover (empty = the whole district). */
  readonly regions: readonly string[];
}

const OFFICES: readonly SyntheticDepartment[] = [
  { name: '信用监管科', weight: 1, qualifications: {}, regions: [] },
  { name: '餐饮科', weight: 1, qualifications: { 'food-safety': 1 }, regions: [] },
  { name: '食品生产流通科', weight: 1, qualifications: { 'food-safety': 1 }, regions: [] },
  { name: '特种设备科', weight: 1, qualifications: { 'special-equipment': 1 }, regions: [] },
  { name: '标准计量科', weight: 1, qualifications: { measurement: 1 }, regions: [] },
  { name: '价竞分局', weight: 1, qualifications: {}, regions: [] },
  { name: '市场合同科', weight: 1, qualifications: {}, regions: [] },
  { name: '药监分局', weight: 1, qualifications: { drugs: 1 }, regions: [] },
  { name: '质量监管科', weight: 1, qualifications: {}, regions: [] },
  { name: '网监分局', weight: 1, qualifications: {}, regions: [] },
  { name: '知识产权科', weight: 1, qualifications: {}, regions: [] },
  { name: '食药检验所', weight: 1, qualifications: { 'food-safety': 1, drugs: 0.5 }, regions: [] },
];

/**
 * Departments of the synthetic inspector directory (合成执法检查人员名录库的科室), from the tag owners
 * and pairings of 通知·一 and 通知·四, plus one 市监所 per 街道. Every department gets at least six
 * inspectors; beyond that, staff are shared by `weight` (a 市监所 counts 3, others 1).
 *
 * | department | qualifications (share of staff) |
 * | --- | --- |
 * | 餐饮科, 食品生产流通科 | food-safety 100 % |
 * | 特种设备科 | special-equipment 100 % |
 * | 标准计量科 | measurement 100 % |
 * | 药监分局 | drugs 100 % |
 * | 食药检验所 | food-safety 100 %, drugs 50 % |
 * | each 市监所 (永中所 …) | food-safety 40 %, special-equipment 10 %, measurement 10 %; covers its 街道 |
 * | 信用监管科, 价竞分局, 市场合同科, 质量监管科, 网监分局, 知识产权科 | none |
 *
 * @example
 * ```ts
 * SYNTHETIC_DEPARTMENTS.length; //=> 22
 * SYNTHETIC_DEPARTMENTS[3].name; //=> '特种设备科'
 * SYNTHETIC_DEPARTMENTS[12].name; //=> '永中所'
 * SYNTHETIC_DEPARTMENTS[12].regions; //=> ['永中街道']
 * ```
 */
export const SYNTHETIC_DEPARTMENTS: readonly SyntheticDepartment[] = /* @__PURE__ */ (() => deepFreeze([
  ...OFFICES,
  ...SYNTHETIC_DISTRICT.streets.map(
    (street): SyntheticDepartment => ({
      name: stationOf(street),
      weight: 3,
      qualifications: { 'food-safety': 0.4, 'special-equipment': 0.1, measurement: 0.1 },
      regions: [street],
    }),
  ),
]))();
