import type { SqlDialect } from '../dialect.js';
import { postgresDigestDigitsBody } from './ticket-digits-sql.js';
import { sqlIdentifier, sqlString } from './literals.js';
import type { DrawParameters } from './options.js';

/** Prefix of the PostgreSQL functions the rendered SQL creates (函数名前缀). */
export const FUNCTION_PREFIX = 'shuangsuiji_';

/**
 * The PostgreSQL functions the queries call (PostgreSQL 函数定义，内部), all
 * `IMMUTABLE PARALLEL SAFE`: the ticket digits of an id (straight-line PL/pgSQL, no loop), of a
 * digest, the ticket from its digits, and an error raiser. `convert_to(…, 'UTF8')` is stable in
 * PostgreSQL's catalogue only because it depends on the database encoding, fixed per database.
 *
 * @returns the CREATE OR REPLACE FUNCTION statements
 */
export function postgresSetup(): string[] {
  const body = postgresDigestDigitsBody();
  const p = FUNCTION_PREFIX;
  return [
    `CREATE OR REPLACE FUNCTION ${p}digest_digits(digest bytea) RETURNS text\n` +
      `LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $shuangsuiji$\n${body}\n$shuangsuiji$`,
    `CREATE OR REPLACE FUNCTION ${p}ticket_digits(seed_hex text, id text) RETURNS text\n` +
      `LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $shuangsuiji$\n` +
      body.replace("encode(digest, 'hex')", "encode(sha256(convert_to(seed_hex || id, 'UTF8')), 'hex')") +
      `\n$shuangsuiji$`,
    `CREATE OR REPLACE FUNCTION ${p}ticket(digits text) RETURNS text\n` +
      `LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $shuangsuiji$\n` +
      `  SELECT '0.' || left(digits, greatest(64, length(rtrim(digits, '0'))))\n$shuangsuiji$`,
    `CREATE OR REPLACE FUNCTION ${p}raise(code text, message text) RETURNS boolean\n` +
      `LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $shuangsuiji$\n` +
      `BEGIN\n  RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = code || ': ' || message, HINT = 'shuangsuiji';\nEND\n$shuangsuiji$`,
  ];
}

/** Small dialect-specific pieces of SQL (方言差异，内部). */
export interface DialectParts {
  readonly text: string;
  readonly integer: string;
  /** A string literal. */
  literal(text: string): string;
  /** The lowercase hex SHA-256 of the task seed, evaluated once. */
  seedHex(taskSeed: string): string;
  /** A boolean expression that raises `code: message` when evaluated. */
  raise(code: string, message: string): string;
  /** An ORDER BY term sorting a text column by code points. */
  codePointOrder(column: string): string;
  /** The ticket from a digits column. */
  ticket(digits: string): string;
  /** A text value quoted for a message. */
  quoted(value: string): string;
}

/**
 * The dialect's pieces.
 *
 * @param dialect - the SQL dialect
 * @returns its pieces
 */
export function dialectParts(dialect: SqlDialect): DialectParts {
  if (dialect === 'postgres') {
    return {
      text: 'text',
      integer: 'bigint',
      literal: (text) => sqlString('postgres', text),
      seedHex: (seed) => `(SELECT encode(sha256(convert_to(${sqlString('postgres', seed)}, 'UTF8')), 'hex'))`,
      raise: (code, message) => `${FUNCTION_PREFIX}raise(${code}, ${message})`,
      codePointOrder: (column) => `${column} COLLATE "C"`,
      ticket: (digits) => `${FUNCTION_PREFIX}ticket(${digits})`,
      quoted: (value) => `'"' || ${value} || '"'`,
    };
  }
  return {
    text: 'VARCHAR',
    integer: 'BIGINT',
    literal: (text) => sqlString('duckdb', text),
    seedHex: (seed) => `sha256(${sqlString('duckdb', seed)})`,
    raise: (code, message) => `(error(${code} || ': ' || ${message}) IS NULL)`,
    codePointOrder: (column) => `encode(${column})`,
    ticket: (digits) => `'0.' || left(${digits}, greatest(64, length(rtrim(${digits}, '0'))))`,
    quoted: (value) => `'"' || ${value} || '"'`,
  };
}

/**
 * The common CTEs of a draw over the pool table (公共 CTE，内部): `sizes(stratum, size)`,
 * `excluded(id)`, `pool(id, stratum)` (ids and strata as text; `'*'` for an unstratified draw),
 * `eligible(id, stratum)` (not excluded) and `problem(o, code, message)`: the checks the library
 * makes — a missing or empty id (`INVALID_INPUT`), any repeated id (`DUPLICATE_ID`, as `verifyDraw`
 * and `checkDuplicates: 'all'`), a row whose stratum has no size (`UNKNOWN_STRATUM`), a stratum
 * with fewer eligible rows than its size (`SAMPLE_TOO_LARGE`).
 *
 * @param parameters - the draw's parameters
 * @param checkSampleSize - whether to check `SAMPLE_TOO_LARGE` (not for one partition's state)
 * @returns the CTE definitions (without `WITH`)
 */
export function commonCtes(parameters: DrawParameters, checkSampleSize = true): string[] {
  const d = dialectParts(parameters.dialect);
  const pg = parameters.dialect === 'postgres';
  const notMaterialized = pg ? 'NOT MATERIALIZED ' : '';
  const sizes = parameters.sizes.map(([stratum, size]) => `(${d.literal(stratum)}::${d.text}, ${size}::${d.integer})`).join(',\n    ');
  const excluded =
    parameters.exclude.length === 0
      ? `SELECT CAST(NULL AS ${d.text}) AS id WHERE false`
      : `SELECT id FROM (VALUES\n    ${parameters.exclude.map((id) => `(${d.literal(id)}::${d.text})`).join(',\n    ')}) AS excluded_ids(id)`;
  const table = parameters.table.map(sqlIdentifier).join('.');
  const stratum = parameters.stratified ? `CAST(p.${sqlIdentifier(parameters.stratumColumn)} AS ${d.text})` : `${d.literal('*')}::${d.text}`;
  const q = d.quoted;
  const sampleSizeCheck =
    `\n  UNION ALL\n` +
    `  (SELECT 4, 'SAMPLE_TOO_LARGE', '分层 ' || s.stratum || ' 应抽取 ' || CAST(s.size AS ${d.text}) || ' 户，但可抽取的检查对象只有 ' || CAST(coalesce(c.n, 0) AS ${d.text}) || ' 户'\n` +
    `   FROM sizes AS s LEFT JOIN (SELECT stratum, count(*) AS n FROM eligible GROUP BY stratum) AS c ON c.stratum = s.stratum\n` +
    `   WHERE coalesce(c.n, 0) < s.size LIMIT 1)` +
    // As the library (consistent-sampler/2): an exclusion must name a subject of the pool. A partition
    // sees only part of the pool, so only the whole draw checks it.
    `\n  UNION ALL\n` +
    `  (SELECT 5, 'UNKNOWN_REFERENCE', '排除名单中的 ' || e.id || ' 不在抽查范围内'\n` +
    `   FROM excluded AS e WHERE NOT EXISTS (SELECT 1 FROM pool AS p WHERE p.id = e.id) ORDER BY e.id LIMIT 1)`;
  return [
    `sizes(stratum, size) AS (VALUES\n    ${sizes})`,
    `excluded AS (${excluded})`,
    `pool AS ${notMaterialized}(SELECT CAST(p.${sqlIdentifier(parameters.idColumn)} AS ${d.text}) AS id, ${stratum} AS stratum FROM ${table} AS p)`,
    `eligible AS ${notMaterialized}(SELECT p.id, p.stratum FROM pool AS p WHERE NOT EXISTS (SELECT 1 FROM excluded AS e WHERE e.id = p.id))`,
    `problem AS (\n` +
      `  (SELECT 1 AS o, 'INVALID_INPUT' AS code, '检查对象标识应为非空字符串' AS message FROM pool WHERE id IS NULL OR id = '' LIMIT 1)\n` +
      `  UNION ALL\n` +
      `  (SELECT 2, 'DUPLICATE_ID', '检查对象标识 ' || ${q('id')} || ' 重复' FROM pool WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1 LIMIT 1)\n` +
      `  UNION ALL\n` +
      `  (SELECT 3, 'UNKNOWN_STRATUM', CASE WHEN p.stratum IS NULL THEN '检查对象 ' || ${q('p.id')} || ' 没有分层（风险类别），无法按分配抽取'\n` +
      `     ELSE '检查对象 ' || ${q('p.id')} || ' 的分层 ' || ${q('p.stratum')} || ' 没有分配抽取数量；不抽该层请明确分配 0' END\n` +
      `   FROM pool AS p WHERE p.stratum IS NULL OR NOT EXISTS (SELECT 1 FROM sizes AS s WHERE s.stratum = p.stratum) LIMIT 1)` +
      (checkSampleSize ? sampleSizeCheck : '') +
      ')',
  ];
}


/**
 * The guard branch: one UNION ALL arm that yields no row and raises the first problem, if any.
 *
 * @param parameters - the draw's parameters
 * @param columns - the NULL columns to yield, e.g. `['stratum', 'rank']` with their types
 * @returns a SELECT
 */
export function guardSelect(parameters: DrawParameters, columns: readonly (readonly [string, string])[]): string {
  const d = dialectParts(parameters.dialect);
  const nulls = columns.map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`).join(', ');
  return `SELECT ${nulls} FROM (SELECT code, message FROM problem ORDER BY o LIMIT 1) AS first_problem WHERE NOT ${d.raise('code', 'message')}`;
}
