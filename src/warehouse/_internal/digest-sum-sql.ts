import type { SqlDialect } from '../dialect.js';

/**
 * SQL for a pool digest (抽查范围摘要的 SQL 计算，内部): the sum mod 2^256 of 256-bit digests,
 * as `poolDigest` and `DigestSum` compute it. Each row contributes its eight 32-bit words; the
 * per-column sums (below 2^32 · rows) are carried once, from the least significant column up, and
 * the carry out of the top column is dropped (mod 2^256).
 */

/**
 * The eight word columns `w0` (least significant) … `w7` of a lowercase hex digest, as select-list
 * items.
 *
 * @param dialect - the dialect
 * @param hex - SQL of the 64-digit hex digest (a column)
 * @returns eight `expr AS wI` items
 */
export function digestWords(dialect: SqlDialect, hex: string): string[] {
  return Array.from({ length: 8 }, (_, i) =>
    dialect === 'postgres'
      ? `('x' || substr(${hex}, ${57 - 8 * i}, 8))::bit(32)::bigint AS w${i}`
      : `CAST(('0x' || substr(${hex}, ${57 - 8 * i}, 8))::UBIGINT AS HUGEINT) AS w${i}`,
  );
}

/**
 * The hex of a digest sum from eight column sums `s0` … `s7` (NULL counts as 0).
 *
 * @param dialect - the dialect
 * @param sum - SQL of column sum `i`
 * @returns a text expression: 64 lowercase hex digits
 */
export function digestSumHex(dialect: SqlDialect, sum: (i: number) => string): string {
  const base = '4294967296';
  const carried: string[] = [];
  for (let i = 0; i < 8; i++) {
    const own = `coalesce(${sum(i)}, 0)`;
    carried.push(i === 0 ? own : dialect === 'postgres' ? `(${own} + div(${carried[i - 1]}, ${base}))` : `(${own} + (${carried[i - 1]}) // ${base})`);
  }
  const hexOf = (t: string): string =>
    dialect === 'postgres' ? `lpad(to_hex(mod(${t}, ${base})::bigint), 8, '0')` : `lpad(lower(hex(CAST((${t}) % ${base} AS BIGINT))), 8, '0')`;
  return carried.map(hexOf).reverse().join(' || ');
}
