import type { DrawSubjectsResult } from '../../../src/draw/index.js';
import type { ResultRow } from './engines.js';

/** Strata of the test pool: case differs ('b' and 'B' sort apart by code point), one Chinese, one 4-byte. */
export const STRATA = ['A', 'B', 'C', 'D', 'b', '中', '𠀀'] as const;

/**
 * A pool of `size` ids over {@link STRATA}: plain ids, Chinese ids, 4-byte UTF-8 ids, and ids with
 * quotes, backslashes and SQL.
 *
 * @param size - number of ids
 * @returns the rows
 */
export function makePool(size: number): { id: string; stratum: string }[] {
  const rows: { id: string; stratum: string }[] = [];
  for (let i = 0; i < size; i++) {
    let id: string;
    switch (i % 10) {
      case 0:
        id = `91330100MA${String(i).padStart(8, '0')}`;
        break;
      case 1:
        id = `杭州市西湖区某某餐饮店${i}`;
        break;
      case 2:
        id = `𠀀𝄞😀-${i}`;
        break;
      case 3:
        id = `O'Brien\\${i}''\\\\`;
        break;
      case 4:
        id = `'); DROP TABLE pool; --${i}`;
        break;
      case 5:
        id = `"quoted" $$ $shuangsuiji$ ${i}`;
        break;
      default:
        id = `S-${i}`;
    }
    rows.push({ id, stratum: STRATA[(i * 7 + (i >> 3)) % STRATA.length]! });
  }
  return rows;
}

/** The library's result as rows of the SQL result (by stratum in code-point order, then rank). */
export function expectedRows(result: DrawSubjectsResult<unknown>): ResultRow[] {
  const rows: ResultRow[] = [
    ...result.selected.map((s) => ({ stratum: s.stratum, rank: s.rank, role: 'selected', id: s.id, ticket: s.ticket })),
    ...result.reserves.map((s) => ({ stratum: s.stratum, rank: s.rank, role: 'reserve', id: s.id, ticket: s.ticket })),
  ];
  const order = Object.keys(result.record.strata);
  return rows.sort((a, b) => order.indexOf(a.stratum) - order.indexOf(b.stratum) || a.rank - b.rank);
}
