import { z } from 'zod';

/**
 * Schema of the SQL dialects the warehouse module renders (SQL 方言): PostgreSQL (11 or later,
 * tested on 15) and DuckDB (tested on 1.5).
 *
 * @example
 * ```ts
 * SqlDialectSchema.parse('duckdb'); //=> 'duckdb'
 * ```
 */
export const SqlDialectSchema = z.enum(['postgres', 'duckdb']).meta({ description: 'SQL 方言' });

/**
 * A SQL dialect the warehouse module renders (SQL 方言).
 *
 * @example
 * ```ts
 * const dialect: SqlDialect = 'postgres';
 * drawSql({ dialect, taskSeed: '31/T1', size: 2 }).dialect; //=> 'postgres'
 * ```
 */
export type SqlDialect = z.infer<typeof SqlDialectSchema>;
