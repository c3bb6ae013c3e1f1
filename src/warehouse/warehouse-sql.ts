import type { SqlDialect } from './dialect.js';

/**
 * SQL rendered for a warehouse (渲染的 SQL): statements to run once, then the query.
 *
 * @example
 * ```ts
 * const sql: WarehouseSql = drawSql({ dialect: 'duckdb', taskSeed: '31/T1', size: 2 });
 * [sql.dialect, sql.setup.length, sql.query.startsWith('WITH')]; //=> ['duckdb', 0, true]
 * ```
 */
export interface WarehouseSql {
  /** The dialect it was rendered for. */
  readonly dialect: SqlDialect;
  /**
   * Statements to run before the query: for PostgreSQL the `CREATE OR REPLACE FUNCTION` of the
   * `shuangsuiji_*` functions (IMMUTABLE PARALLEL SAFE); none for DuckDB.
   */
  readonly setup: readonly string[];
  /** The query. */
  readonly query: string;
  /** `setup` and `query` as one script, each statement ended by `;`. */
  readonly script: string;
}
