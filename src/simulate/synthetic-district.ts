import { deepFreeze } from '../core/deep-freeze.js';

/**
 * The synthetic district (合成辖区): 温州市龙湾区 (division code 330303), its ten 街道, eight grids
 * (网格片区) per 街道 named `永中-01` … `永中-08`, and one 市监所 per 街道 named `永中所` ….
 *
 * @example
 * ```ts
 * SYNTHETIC_DISTRICT.divisionCode; //=> '330303'
 * SYNTHETIC_DISTRICT.streets[0]; //=> '永中街道'
 * SYNTHETIC_DISTRICT.streets.length; //=> 10
 * ```
 */
export const SYNTHETIC_DISTRICT = /* @__PURE__ */ deepFreeze({
  name: '温州市龙湾区',
  divisionCode: '330303',
  bureau: '温州市龙湾区市场监督管理局',
  streets: ['永中街道', '蒲州街道', '海滨街道', '永兴街道', '海城街道', '状元街道', '瑶溪街道', '沙城街道', '天河街道', '星海街道'],
  gridsPerStreet: 8,
} as const);

/**
 * The short name of a 街道 (街道简称): the name without `街道`.
 *
 * @param street - a 街道 name
 * @returns the short name
 *
 * @example
 * ```ts
 * streetShortName('永中街道'); //=> '永中'
 * ```
 */
export function streetShortName(street: string): string {
  return street.endsWith('街道') ? street.slice(0, -2) : street;
}

/**
 * The 市监所 responsible for a 街道 (市场监督管理所): `永中街道` → `永中所`.
 *
 * @param street - a 街道 name
 * @returns the unit name
 *
 * @example
 * ```ts
 * stationOf('蒲州街道'); //=> '蒲州所'
 * ```
 */
export function stationOf(street: string): string {
  return `${streetShortName(street)}所`;
}

/**
 * The name of grid `n` (1-based) of a 街道 (网格片区): `永中-01`.
 *
 * @param street - a 街道 name
 * @param n - the grid number, from 1
 * @returns the grid name
 *
 * @example
 * ```ts
 * gridName('永中街道', 1); //=> '永中-01'
 * ```
 */
export function gridName(street: string, n: number): string {
  return `${streetShortName(street)}-${String(n).padStart(2, '0')}`;
}
