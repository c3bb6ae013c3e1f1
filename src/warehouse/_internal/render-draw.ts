import { commonCtes, dialectParts, FUNCTION_PREFIX, guardSelect, postgresSetup } from './dialect-parts.js';
import type { DrawParameters } from './options.js';
import { duckdbDigitsQuery } from './ticket-digits-sql.js';
import type { WarehouseSql } from '../warehouse-sql.js';

/**
 * The `keyed(id, stratum, digits)` rows of a DuckDB draw: every eligible row of a stratum with a
 * non-zero capacity, with its ticket digits (DuckDB 抽取键，内部).
 *
 * @param parameters - the draw's parameters
 * @returns the CTE definition
 */
export function duckdbKeyedCte(parameters: DrawParameters): string {
  const d = dialectParts('duckdb');
  const hashed =
    `(SELECT e.id, e.stratum, sha256(${d.seedHex(parameters.taskSeed)} || e.id) AS h FROM eligible AS e ` +
    `WHERE e.stratum IN (SELECT stratum FROM sizes WHERE size + ${parameters.reserve} > 0)) AS hashed`;
  return `keyed AS (SELECT id, stratum, h, digits FROM ${duckdbDigitsQuery(hashed, 'h', ['id', 'stratum', 'h'])} AS digits_of)`;
}

/**
 * The per-stratum `size + reserve` smallest tickets of PostgreSQL rows: a top-N per stratum
 * (bounded heap sort), hashing only that stratum's rows (PostgreSQL 分层取前 N，内部).
 *
 * @param parameters - the draw's parameters
 * @param source - the CTE holding `(id, stratum)` rows (and `digest` with `fromDigest`)
 * @param options - `sentinel`: keep one more (as a sampler state does); `fromDigest`: order by
 *   the hex `digest` column instead of hashing the id, and carry it
 * @returns a FROM item with `stratum, size, id, digits, rank`
 */
export function postgresTopTickets(parameters: DrawParameters, source: string, options: { sentinel?: boolean; fromDigest?: boolean } = {}): string {
  const carry = options.fromDigest === true ? ', t.digest' : '';
  const carryInner = options.fromDigest === true ? ', x.digest' : '';
  const carrySource = options.fromDigest === true ? ', e.digest' : '';
  const d = dialectParts('postgres');
  const capacity = `s.size + ${parameters.reserve}`;
  const limit = options.sentinel === true ? `CASE WHEN ${capacity} = 0 THEN 0 ELSE ${capacity} + 1 END` : capacity;
  const digits = options.fromDigest === true ? `${FUNCTION_PREFIX}digest_digits(decode(e.digest, 'hex'))` : `${FUNCTION_PREFIX}ticket_digits(${d.seedHex(parameters.taskSeed)}, e.id)`;
  return (
    `(SELECT s.stratum, s.size, t.id${carry}, t.digits, row_number() OVER (PARTITION BY s.stratum ORDER BY t.digits COLLATE "C") AS rank\n` +
    `   FROM sizes AS s CROSS JOIN LATERAL (\n` +
    `     SELECT x.id${carryInner}, x.digits FROM (SELECT e.id${carrySource}, ${digits} AS digits\n` +
    `       FROM ${source} AS e WHERE e.stratum = s.stratum) AS x\n` +
    `     ORDER BY x.digits COLLATE "C" LIMIT ${limit}) AS t)`
  );
}

/**
 * Renders the draw query (渲染抽取查询，内部).
 *
 * @param parameters - validated parameters
 * @returns setup statements, query and script
 */
export function renderDraw(parameters: DrawParameters): WarehouseSql {
  const d = dialectParts(parameters.dialect);
  const ctes = commonCtes(parameters);
  let drawn: string;
  if (parameters.dialect === 'postgres') {
    ctes.push(`drawn AS ${postgresTopTickets(parameters, 'eligible')}`);
    drawn = 'drawn';
  } else {
    ctes.push(duckdbKeyedCte(parameters));
    ctes.push(
      `drawn AS (SELECT k.stratum, s.size, k.id, k.digits, row_number() OVER (PARTITION BY k.stratum ORDER BY k.digits) AS rank\n` +
        `   FROM keyed AS k JOIN sizes AS s ON s.stratum = k.stratum\n` +
        `   QUALIFY rank <= s.size + ${parameters.reserve})`,
    );
    drawn = 'drawn';
  }
  const guard = guardSelect(parameters, [
    ['stratum', d.text],
    ['rank', d.integer],
    ['role', d.text],
    ['id', d.text],
    ['ticket', d.text],
  ]);
  const query =
    `WITH ${ctes.join(',\n')}\n` +
    `SELECT stratum, rank, role, id, ticket FROM (\n` +
    `  ${guard}\n` +
    `  UNION ALL\n` +
    `  SELECT stratum, CAST(rank AS ${d.integer}) AS rank, CASE WHEN rank <= size THEN 'selected' ELSE 'reserve' END AS role, id, ${d.ticket('digits')} AS ticket FROM ${drawn}\n` +
    `) AS result\n` +
    `ORDER BY ${d.codePointOrder('stratum')}, rank`;
  return warehouseSql(parameters.dialect, parameters.dialect === 'postgres' ? postgresSetup() : [], query);
}

/**
 * Bundles setup statements and a query.
 *
 * @param dialect - the dialect
 * @param setup - statements to run first
 * @param query - the query
 * @returns the rendered SQL
 */
export function warehouseSql(dialect: WarehouseSql['dialect'], setup: readonly string[], query: string): WarehouseSql {
  return { dialect, setup: [...setup], query, script: [...setup, query].map((statement) => `${statement};\n`).join('\n') };
}
