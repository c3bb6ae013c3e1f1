import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { addPoolDigests, poolDigest } from '../draw/pool-digest.js';
import { DRAW_SCHEME, type SamplerState } from '../draw/sampler.js';
import { commonCtes, dialectParts, guardSelect, postgresSetup } from './_internal/dialect-parts.js';
import { sqlIdentifier } from './_internal/literals.js';
import { DrawParametersShape, parseDrawParameters, type DrawParameters } from './_internal/options.js';
import { warehouseSql } from './_internal/render-draw.js';
import { topTicketsCtes } from './_internal/top-tickets.js';
import { digestSumHex, digestWords } from './_internal/digest-sum-sql.js';
import type { WarehouseSql } from './warehouse-sql.js';

/**
 * Schema of the options of {@link partitionStateSql} and {@link mergeStateSql}
 * (分区抽样状态参数): the draw's parameters and where the rows are.
 *
 * @example
 * ```ts
 * PartitionStateSqlOptionsSchema.parse({ dialect: 'duckdb', taskSeed: '31/T1', sizes: { A: 1 } }).reserve; //=> 0
 * ```
 */
export const PartitionStateSqlOptionsSchema = z
  .strictObject({
    ...DrawParametersShape,
    /** Compute each stratum's pool digest (one more SHA-256 per row), as `createSampler`'s default does. */
    poolDigest: z.boolean().default(false),
  })
  .meta({ description: '分区抽样状态参数' });

/**
 * Options of {@link partitionStateSql} and {@link mergeStateSql}, as accepted on input.
 *
 * @example
 * ```ts
 * const options: PartitionStateSqlOptions = { dialect: 'postgres', taskSeed: '31/T1', sizes: { A: 2 }, reserve: 1, table: 'pool_2024_hz' };
 * partitionStateSql(options).setup.length; //=> 4
 * ```
 */
export type PartitionStateSqlOptions = z.input<typeof PartitionStateSqlOptionsSchema>;

const ZERO_DIGEST = '0'.repeat(64);

const STATE_COLUMNS = (d: ReturnType<typeof dialectParts>): [string, string][] => [
  ['stratum', d.text],
  ['pool_size', d.integer],
  ['excluded', d.integer],
  ['pool_digest', d.text],
  ['rank', d.integer],
  ['id', d.text],
  ['digest', d.text],
];

/**
 * Renders the sampler state of one partition of the pool as SQL (渲染分区抽样状态 SQL): per
 * stratum the `size + reserve` smallest tickets and the next one (what `createSampler().state()`
 * keeps), with `[id, digest]` as in `SamplerState.retained`, and the stratum's counts.
 *
 * Rows: `stratum, pool_size, excluded, pool_digest, rank, id, digest` in stratum (code-point) and
 * rank order; the counts (and, with `poolDigest: true`, the stratum's pool digest) are on the stratum's first row (rank 1, or rank 0 with NULL id when nothing is
 * kept) and 0 on the others, so a plain `SUM` over the union of partitions gives the totals.
 * Run it on each partition (a table or view of `table`), collect the rows into one table and
 * merge them with {@link mergeStateSql} — or turn them into a `SamplerState` with
 * {@link samplerStateFromRows} and merge in Node. The query raises `INVALID_INPUT`,
 * `DUPLICATE_ID` (within the partition) and `UNKNOWN_STRATUM` as {@link drawSql} does;
 * `SAMPLE_TOO_LARGE` is a property of the whole pool, checked when the merged state is drawn.
 * `poolDigest: true` adds each stratum's pool digest (one more SHA-256 per row), as
 * `createSampler`'s default does; use the same setting on the Node side.
 *
 * @param options - as {@link drawSql}
 * @returns `{ dialect, setup, query, script }`
 * @throws {ShuangsuijiError} as {@link drawSql}
 *
 * @example
 * ```ts
 * const sql = partitionStateSql({ dialect: 'duckdb', taskSeed: '31/T1', sizes: { A: 2, B: 1 }, reserve: 1, table: 'pool_part_1' });
 * sql.query.includes('"pool_part_1"'); //=> true
 * ```
 */
export function partitionStateSql(options: PartitionStateSqlOptions): WarehouseSql {
  const parameters = parseDrawParameters(PartitionStateSqlOptionsSchema, options, '分区抽样状态参数');
  const withDigest = parameters.poolDigest;
  const pg = parameters.dialect === 'postgres';
  const d = dialectParts(parameters.dialect);
  const ctes = commonCtes(parameters, false);
  ctes.push(
    `tallies AS (SELECT p.stratum, count(p.id) AS pool_size, count(x.id) AS excluded\n` +
      `   FROM pool AS p LEFT JOIN excluded AS x ON x.id = p.id GROUP BY p.stratum)`,
  );
  if (withDigest) {
    const hex = pg ? `encode(sha256(convert_to(p.id, 'UTF8')), 'hex')` : 'sha256(p.id)';
    ctes.push(
      `digest_sums AS (SELECT w.stratum, ${Array.from({ length: 8 }, (_, i) => `sum(w.w${i}) AS s${i}`).join(', ')}\n` +
        `   FROM (SELECT h.stratum, ${digestWords(parameters.dialect, 'h.hex').join(', ')} FROM (SELECT p.stratum, ${hex} AS hex FROM pool AS p${pg ? ' OFFSET 0' : ''}) AS h) AS w GROUP BY w.stratum)`,
    );
  }
  const digestOf = withDigest ? digestSumHex(parameters.dialect, (i) => `g.s${i}`) : `CAST(NULL AS ${d.text})`;
  ctes.push(
    `counts AS (SELECT s.stratum, coalesce(t.pool_size, 0) AS pool_size, coalesce(t.excluded, 0) AS excluded, ${digestOf} AS pool_digest\n` +
      `   FROM sizes AS s LEFT JOIN tallies AS t ON t.stratum = s.stratum${withDigest ? ' LEFT JOIN digest_sums AS g ON g.stratum = s.stratum' : ''})`,
  );
  ctes.push(...topTicketsCtes(parameters, { source: 'eligible', fromDigest: false, sentinel: true }));
  return warehouseSql(parameters.dialect, pg ? postgresSetup() : [], stateQuery(parameters, ctes, 'k.digest'));
}

/**
 * The final SELECT of a state: counts on each stratum's first row, guard first.
 *
 * @param parameters - the parameters
 * @param ctes - CTEs defining `counts(stratum, pool_size, excluded)` and `kept(stratum, id, rank, …)`
 * @param digest - SQL of the kept row's digest hex
 * @returns the query
 */
function stateQuery(parameters: DrawParameters, ctes: readonly string[], digest: string): string {
  const d = dialectParts(parameters.dialect);
  const first = 'coalesce(k.rank, 1) = 1';
  return (
    `WITH ${ctes.join(',\n')}\n` +
    `SELECT stratum, pool_size, excluded, pool_digest, rank, id, digest FROM (\n` +
    `  ${guardSelect(parameters, STATE_COLUMNS(d))}\n` +
    `  UNION ALL\n` +
    `  SELECT c.stratum, CAST(CASE WHEN ${first} THEN c.pool_size ELSE 0 END AS ${d.integer}) AS pool_size,\n` +
    `    CAST(CASE WHEN ${first} THEN c.excluded ELSE 0 END AS ${d.integer}) AS excluded,\n` +
    `    CASE WHEN ${first} THEN c.pool_digest END AS pool_digest,\n` +
    `    CAST(coalesce(k.rank, 0) AS ${d.integer}) AS rank, k.id, ${digest} AS digest\n` +
    `  FROM counts AS c LEFT JOIN kept AS k ON k.stratum = c.stratum\n` +
    `) AS state\n` +
    `ORDER BY ${d.codePointOrder('stratum')}, rank`
  );
}

/**
 * Renders the merge of partition states as SQL (渲染分区状态合并 SQL): reads the rows of
 * {@link partitionStateSql} from several partitions, collected in `table` (default
 * `partition_states`; columns `stratum, pool_size, excluded, pool_digest, id, digest`), sums the counts (and pool digests) and
 * keeps per stratum the `size + reserve` smallest tickets and the next one, ordered by the ticket
 * of each digest — the rows of the state `createSampler` reaches by merging the partitions'
 * states. The result has the same columns, so merges can be merged again. A stratum in `table`
 * without a size raises `UNKNOWN_STRATUM`. Take the draw from the merged rows (`rank <= size` are
 * selected, then `reserve` reserves), or hand them to {@link samplerStateFromRows}.
 *
 * @param options - as {@link partitionStateSql}; `table` names the collected states,
 *   `idColumn` and `stratumColumn` are not used
 * @returns `{ dialect, setup, query, script }`
 * @throws {ShuangsuijiError} as {@link drawSql}
 *
 * @example
 * ```ts
 * const sql = mergeStateSql({ dialect: 'postgres', taskSeed: '31/T1', sizes: { A: 2, B: 1 }, reserve: 1, table: 'states' });
 * sql.query.includes('shuangsuiji_digest_digits'); //=> true
 * ```
 */
export function mergeStateSql(options: PartitionStateSqlOptions): WarehouseSql {
  const raw = options !== null && typeof options === 'object' && !Array.isArray(options) && (options as { table?: unknown }).table === undefined ? { ...options, table: 'partition_states' } : options;
  const parameters = parseDrawParameters(PartitionStateSqlOptionsSchema, raw, '分区状态合并参数');
  const d = dialectParts(parameters.dialect);
  const pg = parameters.dialect === 'postgres';
  const notMaterialized = pg ? 'NOT MATERIALIZED ' : '';
  const table = parameters.table.map(sqlIdentifier).join('.');
  const sizes = parameters.sizes.map(([stratum, size]) => `(${d.literal(stratum)}::${d.text}, ${size}::${d.integer})`).join(',\n    ');
  const q = d.quoted;
  const ctes = [
    `sizes(stratum, size) AS (VALUES\n    ${sizes})`,
    `states AS ${notMaterialized}(SELECT CAST(s.stratum AS ${d.text}) AS stratum, CAST(s.pool_size AS ${d.integer}) AS pool_size, CAST(s.excluded AS ${d.integer}) AS excluded, ` +
      `CAST(s.pool_digest AS ${d.text}) AS pool_digest, CAST(s.id AS ${d.text}) AS id, CAST(s.digest AS ${d.text}) AS digest FROM ${table} AS s)`,
    `problem AS (SELECT 3 AS o, 'UNKNOWN_STRATUM' AS code, '分区状态中的分层 ' || ${q('st.stratum')} || ' 没有分配抽取数量' AS message\n` +
      `   FROM states AS st WHERE st.stratum IS NULL OR NOT EXISTS (SELECT 1 FROM sizes AS s WHERE s.stratum = st.stratum) LIMIT 1)`,
    `tallies AS (SELECT w.stratum, sum(w.pool_size) AS pool_size, sum(w.excluded) AS excluded, count(w.pool_digest) AS digests,\n` +
      `     ${Array.from({ length: 8 }, (_, i) => `sum(w.w${i}) AS s${i}`).join(', ')}\n` +
      `   FROM (SELECT st.stratum, st.pool_size, st.excluded, st.pool_digest, ${digestWords(parameters.dialect, 'st.pool_digest').join(', ')} FROM states AS st) AS w\n` +
      `   GROUP BY w.stratum)`,
    `counts AS (SELECT s.stratum, coalesce(t.pool_size, 0) AS pool_size, coalesce(t.excluded, 0) AS excluded,\n` +
      `     CASE WHEN t.digests > 0 THEN ${digestSumHex(parameters.dialect, (i) => `t.s${i}`)} END AS pool_digest\n` +
      `   FROM sizes AS s LEFT JOIN tallies AS t ON t.stratum = s.stratum)`,
    `entries AS ${notMaterialized}(SELECT id, stratum, digest FROM states WHERE id IS NOT NULL)`,
  ];
  ctes.push(...topTicketsCtes(parameters, { source: 'entries', fromDigest: true, sentinel: true }));
  return warehouseSql(parameters.dialect, pg ? postgresSetup() : [], stateQuery(parameters, ctes, 'k.digest'));
}

const count = z.union([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.bigint().min(0n).max(BigInt(Number.MAX_SAFE_INTEGER)), z.string().regex(/^\d{1,15}$/)]);
const StateRowSchema = z.object({
  stratum: z.string().min(1),
  pool_size: count,
  excluded: count,
  pool_digest: z.string().regex(/^[0-9a-f]{64}$/, '摘要应为 64 位小写十六进制').nullable().optional(),
  rank: count,
  id: z.string().min(1).nullable(),
  digest: z.string().regex(/^[0-9a-f]{64}$/, '摘要应为 64 位小写十六进制').nullable(),
});

/**
 * The rows of {@link partitionStateSql} or {@link mergeStateSql} as a sampler state
 * (分区状态行转抽样累加器状态), to merge in Node: `createSampler({ seed: taskSeed, sizes,
 * reserve, exclude, poolDigest }).merge(state)` with the `poolDigest` the SQL was rendered with. Counts may come as numbers, bigints or
 * digit strings, as database drivers return them.
 *
 * @param rows - the query's rows (`stratum, pool_size, excluded, rank, id, digest`)
 * @param options - the same parameters the SQL was rendered with (dialect and table are not used)
 * @returns the state
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a bad row; `UNKNOWN_STRATUM` for a row whose
 *   stratum has no size
 *
 * @example
 * ```ts
 * const rows = [{ stratum: 'A', pool_size: 1, excluded: 0, rank: 1, id: 'a', digest: sha256Hex(sha256Hex('31/T1') + 'a') }];
 * const state = samplerStateFromRows(rows, { dialect: 'duckdb', taskSeed: '31/T1', sizes: { A: 1 } });
 * const sampler = createSampler({ seed: '31/T1', sizes: { A: 1 }, poolDigest: false });
 * sampler.merge(state);
 * sampler.result().strata['A']?.selected.map((entry) => entry.id); //=> ['a']
 * ```
 */
export function samplerStateFromRows(rows: readonly Record<string, unknown>[], options: PartitionStateSqlOptions): SamplerState {
  const parameters = parseDrawParameters(PartitionStateSqlOptionsSchema, options, '分区抽样状态参数');
  const parsed = parseInput(z.array(StateRowSchema), rows, 'INVALID_INPUT', '分区状态行');
  const strata: Record<string, { poolSize: number; excluded: number; poolDigest: string | null; retained: [string, string][]; ranks: number[] }> = {};
  for (const [stratum] of parameters.sizes) strata[stratum] = { poolSize: 0, excluded: 0, poolDigest: parameters.poolDigest ? ZERO_DIGEST : null, retained: [], ranks: [] };
  parsed.forEach((row, index) => {
    const stratum = strata[row.stratum];
    if (stratum === undefined) {
      throw new ShuangsuijiError('UNKNOWN_STRATUM', `分区状态第 ${index + 1} 行的分层 ${row.stratum} 没有分配抽取数量`, { path: ['rows', index, 'stratum'] });
    }
    stratum.poolSize += Number(row.pool_size);
    stratum.excluded += Number(row.excluded);
    if (parameters.poolDigest && row.pool_digest !== undefined && row.pool_digest !== null) stratum.poolDigest = addPoolDigests(stratum.poolDigest!, row.pool_digest);
    if (row.id !== null) {
      if (row.digest === null) throw new ShuangsuijiError('INVALID_INPUT', `分区状态第 ${index + 1} 行有标识而无摘要`, { path: ['rows', index, 'digest'] });
      stratum.retained.push([row.id, row.digest]);
      stratum.ranks.push(Number(row.rank));
    }
  });
  const sizes = Object.fromEntries(parameters.sizes);
  return {
    scheme: DRAW_SCHEME,
    seed: parameters.taskSeed,
    sizes,
    reserve: parameters.reserve,
    excludeDigest: poolDigest(parameters.exclude),
    poolDigest: parameters.poolDigest,
    strata: Object.fromEntries(
      Object.entries(strata).map(([name, { ranks, retained, ...rest }]) => [
        name,
        { ...rest, retained: retained.map((entry, i) => [entry, ranks[i]!] as const).sort((a, b) => a[1] - b[1]).map(([entry]) => entry) },
      ]),
    ),
  };
}
