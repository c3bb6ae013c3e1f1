/**
 * An item of a draw's pool (抽查范围中的对象): an id, or an object with an `id` and optionally a
 * `stratum` or a `riskClass` (a `Subject` fits).
 *
 * @example
 * ```ts
 * const items: DrawPoolItem[] = ['91350100M000100Y43', { id: 'S2', riskClass: 'C' }, { id: 'S3', stratum: 'D' }];
 * ```
 */
export type DrawPoolItem =
  | string
  | { readonly id: string; readonly stratum?: string | undefined; readonly riskClass?: string | undefined };

/**
 * Maps a pool item to its stratum (分层). Return `undefined` for "no stratum".
 *
 * @example
 * ```ts
 * const byRegion: StratumOf<{ id: string; region: string }> = (item) => item.region;
 * ```
 */
export type StratumOf<T> = (item: T) => string | undefined;

/**
 * The default stratum of a pool item (默认分层): `item.stratum`, else `item.riskClass` (the
 * general credit-risk class A–D of a `Subject`), else none. A string item has no stratum.
 *
 * @param item - a pool item
 * @returns the stratum name, or `undefined`
 *
 * @example
 * ```ts
 * defaultStratumOf({ id: 'S1', riskClass: 'C' }); //=> 'C'
 * defaultStratumOf({ id: 'S1', stratum: 'food-D', riskClass: 'C' }); //=> 'food-D'
 * defaultStratumOf('S1'); //=> undefined
 * ```
 */
export function defaultStratumOf(item: DrawPoolItem): string | undefined {
  if (typeof item === 'string') return undefined;
  return item.stratum ?? item.riskClass ?? undefined;
}
