import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { DrawRecordSchema, type DrawRecord } from '../draw/draw-record.js';
import { ALL_STRATUM } from '../draw/sampler.js';
import { SqlDialectSchema } from './dialect.js';
import { DrawParametersShape, parseDrawParameters, PoolTableShape } from './_internal/options.js';
import { renderDraw } from './_internal/render-draw.js';
import type { WarehouseSql } from './warehouse-sql.js';

/**
 * Schema of the options of {@link drawSql} (数据库内抽取参数).
 *
 * @example
 * ```ts
 * DrawSqlOptionsSchema.parse({ dialect: 'postgres', taskSeed: '31/T1', sizes: { A: 2 } }).table; //=> 'pool'
 * ```
 */
export const DrawSqlOptionsSchema = z.strictObject(DrawParametersShape).meta({ description: '数据库内抽取参数' });

/**
 * Options of {@link drawSql}, as accepted on input.
 *
 * @example
 * ```ts
 * const options: DrawSqlOptions = { dialect: 'duckdb', taskSeed: '31/T1', sizes: { A: 15, D: 2 }, reserve: 1, exclude: ['x'] };
 * drawSql(options).dialect; //=> 'duckdb'
 * ```
 */
export type DrawSqlOptions = z.input<typeof DrawSqlOptionsSchema>;

/**
 * Renders a subject draw as SQL for a database (渲染数据库内抽取 SQL): the query returns exactly
 * what `drawSubjects` returns for the same pool — per stratum the `size` smallest tickets
 * (`role = 'selected'`) and the next `reserve` (`'reserve'`), with their rank and exact ticket,
 * ordered by stratum (code points) then rank. Pure: it only renders text.
 *
 * The pool is read from `table` (`idColumn`, `stratumColumn`; `'*'` for an unstratified `size`).
 * Seed, sizes, reserves and exclusions become escaped literals. The query raises, as the library
 * throws: `INVALID_INPUT` (NULL or empty id), `DUPLICATE_ID` (any repeated id),
 * `UNKNOWN_STRATUM` (a row whose stratum has no size, or NULL), `SAMPLE_TOO_LARGE`. PostgreSQL
 * raises with `RAISE EXCEPTION` (SQLSTATE P0001, message `CODE: 说明`), DuckDB with `error()`.
 *
 * Tickets are computed exactly without big integers (32-bit limbs of the digest times base-10^18
 * digits of 2^(32i), NUMERIC or HUGEINT, one carry pass). For PostgreSQL run `setup` first: it
 * creates the `shuangsuiji_*` functions (IMMUTABLE PARALLEL SAFE, no per-digit loop).
 *
 * @param options - `dialect`, `taskSeed`, `size` or `sizes`, and optionally `reserve`, `exclude`,
 *   `table`, `idColumn`, `stratumColumn`
 * @returns `{ dialect, setup, query, script }`
 * @throws {ShuangsuijiError} `INVALID_INPUT` (bad option, a name or id with U+0000 or a lone
 *   surrogate); `EMPTY_SEED`
 *
 * @example
 * ```ts
 * const sql = drawSql({ dialect: 'postgres', taskSeed: '31/T1', sizes: { A: 15, D: 2 }, reserve: 1, table: ['directory', 'subjects'] });
 * sql.setup.length; //=> 4
 * sql.query.includes('FROM "directory"."subjects" AS p'); //=> true
 * sql.query.includes("E'31/T1'"); //=> true
 * ```
 */
export function drawSql(options: DrawSqlOptions): WarehouseSql {
  return renderDraw(parseDrawParameters(DrawSqlOptionsSchema, options, '数据库内抽取参数'));
}

/**
 * Schema of the options of {@link drawSqlFromRecord} (按记录渲染参数): the dialect and where the pool is.
 *
 * @example
 * ```ts
 * DrawSqlFromRecordOptionsSchema.parse({ dialect: 'duckdb' }).idColumn; //=> 'id'
 * ```
 */
export const DrawSqlFromRecordOptionsSchema = z.strictObject({ dialect: SqlDialectSchema, ...PoolTableShape }).meta({ description: '按记录渲染参数' });

/**
 * Options of {@link drawSqlFromRecord}: the dialect and where the pool is.
 *
 * @example
 * ```ts
 * const options: DrawSqlFromRecordOptions = { dialect: 'duckdb', table: 'directory' };
 * options.dialect; //=> 'duckdb'
 * ```
 */
export type DrawSqlFromRecordOptions = z.input<typeof DrawSqlFromRecordOptionsSchema>;

/**
 * Renders the SQL that replays a draw record in a database (按抽取记录渲染复核 SQL): task seed,
 * sizes, reserve and exclusions come from the record; the query's rows must equal the record's
 * `selected` and `reserves`. A record whose only stratum is `'*'` is replayed unstratified (the
 * stratum column is not read).
 *
 * @param record - a record of `drawSubjects` (scheme `consistent-sampler/1`)
 * @param options - `dialect` and optionally `table`, `idColumn`, `stratumColumn`
 * @returns as {@link drawSql}
 * @throws {ShuangsuijiError} `INVALID_RECORD` for a record that does not parse; `INVALID_INPUT`
 *   for bad options
 *
 * @example
 * ```ts
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2, reserve: 1 });
 * drawSqlFromRecord(record, { dialect: 'duckdb' }).query.includes("'31/T1'"); //=> true
 * ```
 */
export function drawSqlFromRecord(record: DrawRecord, options: DrawSqlFromRecordOptions): WarehouseSql {
  const parsed = parseInput(DrawRecordSchema, record, 'INVALID_RECORD', '抽取记录');
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ShuangsuijiError('INVALID_INPUT', '渲染参数应为对象', { path: [] });
  const table = parseInput(DrawSqlFromRecordOptionsSchema, options, 'INVALID_INPUT', '渲染参数');
  const names = Object.keys(parsed.strata);
  const sizes = Object.fromEntries(names.map((name) => [name, parsed.strata[name]!.size]));
  const unstratified = names.length === 1 && names[0] === ALL_STRATUM;
  return drawSql({
    ...table,
    taskSeed: parsed.taskSeed,
    ...(unstratified ? { size: sizes[ALL_STRATUM]! } : { sizes }),
    reserve: parsed.reserve,
    exclude: parsed.excluded,
  });
}
