import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { SqlDialectSchema } from './dialect.js';
import { dialectParts, guardSelect, postgresSetup } from './_internal/dialect-parts.js';
import { checkSqlText, sqlIdentifier } from './_internal/literals.js';
import { PoolTableShape, type DrawParameters } from './_internal/options.js';
import { warehouseSql } from './_internal/render-draw.js';
import type { WarehouseSql } from './warehouse-sql.js';

/**
 * Schema of the options of {@link poolCommitmentSql} (抽查范围承诺值参数).
 *
 * @example
 * ```ts
 * PoolCommitmentSqlOptionsSchema.parse({ dialect: 'duckdb' }).stratified; //=> true
 * ```
 */
export const PoolCommitmentSqlOptionsSchema = z
  .strictObject({
    dialect: SqlDialectSchema,
    ...PoolTableShape,
    /** `false` for an unstratified pool: every line's stratum is `*` and the stratum column is not read. */
    stratified: z.boolean().default(true),
  })
  .meta({ description: '抽查范围承诺值参数' });

/**
 * Options of {@link poolCommitmentSql}, as accepted on input.
 *
 * @example
 * ```ts
 * const options: PoolCommitmentSqlOptions = { dialect: 'postgres', table: ['directory', 'subjects'], idColumn: 'uscc', stratumColumn: 'risk_class' };
 * poolCommitmentSql(options).dialect; //=> 'postgres'
 * ```
 */
export type PoolCommitmentSqlOptions = z.input<typeof PoolCommitmentSqlOptionsSchema>;

/**
 * Renders the pool commitment (抽查范围承诺值) as SQL: the lowercase hex SHA-256 of the pool's
 * manifest — one UTF-8 line `id \t stratum \n` per row (the manifest of `poolManifest`), duplicate lines once, sorted by their
 * bytes (code points), concatenated. One row, column `pool_commitment`. The stratum of an
 * unstratified pool (`stratified: false`) is `*`. A NULL or empty id or stratum raises
 * `INVALID_INPUT`.
 *
 * The whole manifest is built as one string (`string_agg … ORDER BY line COLLATE "C"` in
 * PostgreSQL, by `encode(line)` in DuckDB) and hashed with the engine's `sha256`: PostgreSQL caps a
 * string at 1 GB (about 25 million 40-byte lines), and its database must use the UTF8 encoding for
 * byte order to be UTF-8 order.
 *
 * @param options - `dialect`, and optionally `table`, `idColumn`, `stratumColumn`, `stratified`
 * @returns `{ dialect, setup, query, script }`
 * @throws {ShuangsuijiError} `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * const sql = poolCommitmentSql({ dialect: 'duckdb', table: 'subjects' });
 * sql.query.includes('string_agg'); //=> true
 * ```
 */
export function poolCommitmentSql(options: PoolCommitmentSqlOptions): WarehouseSql {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ShuangsuijiError('INVALID_INPUT', '抽查范围承诺值参数应为对象');
  const parsed = parseInput(PoolCommitmentSqlOptionsSchema, options, 'INVALID_INPUT', '抽查范围承诺值参数');
  const table = typeof parsed.table === 'string' ? [parsed.table] : parsed.table;
  table.forEach((part, index) => checkSqlText(part, typeof parsed.table === 'string' ? ['table'] : ['table', index], '表名'));
  checkSqlText(parsed.idColumn, ['idColumn'], '列名');
  checkSqlText(parsed.stratumColumn, ['stratumColumn'], '列名');
  const parameters: DrawParameters = {
    dialect: parsed.dialect,
    taskSeed: '-',
    stratified: parsed.stratified,
    sizes: [],
    reserve: 0,
    exclude: [],
    table,
    idColumn: parsed.idColumn,
    stratumColumn: parsed.stratumColumn,
    poolDigest: false,
  };
  const d = dialectParts(parsed.dialect);
  const pg = parsed.dialect === 'postgres';
  const stratum = parsed.stratified ? `CAST(p.${sqlIdentifier(parsed.stratumColumn)} AS ${d.text})` : `${d.literal('*')}::${d.text}`;
  const tab = pg ? "E'\\t'" : 'chr(9)';
  const newline = pg ? "E'\\n'" : 'chr(10)';
  const order = pg ? 'line COLLATE "C"' : 'encode(line)';
  const manifest = `coalesce(string_agg(line, '' ORDER BY ${order}), '')`;
  const digest = pg ? `encode(sha256(convert_to(${manifest}, 'UTF8')), 'hex')` : `sha256(${manifest})`;
  const query =
    `WITH pool AS ${pg ? 'NOT MATERIALIZED ' : ''}(SELECT CAST(p.${sqlIdentifier(parsed.idColumn)} AS ${d.text}) AS id, ${stratum} AS stratum FROM ${table.map(sqlIdentifier).join('.')} AS p),\n` +
    `problem AS (SELECT 1 AS o, 'INVALID_INPUT' AS code, '检查对象标识和分层应为非空字符串' AS message\n` +
    `   FROM pool WHERE id IS NULL OR id = '' OR stratum IS NULL OR stratum = '' LIMIT 1)\n` +
    `SELECT pool_commitment FROM (\n` +
    `  ${guardSelect(parameters, [['pool_commitment', d.text]])}\n` +
    `  UNION ALL\n` +
    `  SELECT ${digest} AS pool_commitment FROM (SELECT DISTINCT id || ${tab} || stratum || ${newline} AS line FROM pool) AS lines\n` +
    `) AS commitment`;
  return warehouseSql(parsed.dialect, pg ? postgresSetup() : [], query);
}
