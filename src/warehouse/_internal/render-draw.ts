import { commonCtes, dialectParts, guardSelect, postgresSetup } from './dialect-parts.js';
import type { DrawParameters } from './options.js';
import { topTicketsCtes } from './top-tickets.js';
import type { WarehouseSql } from '../warehouse-sql.js';

/**
 * Renders the draw query (渲染抽取查询，内部).
 *
 * @param parameters - validated parameters
 * @returns setup statements, query and script
 */
export function renderDraw(parameters: DrawParameters): WarehouseSql {
  const d = dialectParts(parameters.dialect);
  const ctes = [...commonCtes(parameters), ...topTicketsCtes(parameters, { source: 'eligible', fromDigest: false, sentinel: false })];
  const drawn = 'kept';
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
