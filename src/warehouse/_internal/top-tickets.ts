import { dialectParts, FUNCTION_PREFIX } from './dialect-parts.js';
import type { DrawParameters } from './options.js';
import { duckdbDigitsQuery, prefixKeySql } from './ticket-digits-sql.js';

/** What {@link topTicketsCtes} reads and keeps. */
export interface TopTicketsOptions {
  /** The CTE with `(id, stratum)` rows (and `digest` when `fromDigest`). */
  readonly source: string;
  /** Order by the hex `digest` column of the source instead of hashing the id. */
  readonly fromDigest: boolean;
  /** Keep one more per stratum (the sentinel a sampler state hands on). */
  readonly sentinel: boolean;
}

/**
 * CTEs defining `kept(stratum, size, id, digest, digits, rank)`: per stratum the `size + reserve`
 * (plus the sentinel) smallest tickets, exactly (分层最小票号，内部).
 *
 * In two steps, so that the exact 78 digits are computed for a few rows only: every row gets the
 * integer of its ticket's first nine digits (`keyed`); per stratum the rows whose prefix is at most
 * the `capacity`-th smallest prefix are the candidates (ties at the threshold included), and only
 * they get the exact digits, by which they are ranked. PostgreSQL: a bounded top-N per stratum
 * for the threshold; DuckDB: the `capacity`-th element of `min(prefix, n)` per stratum.
 *
 * @param parameters - the draw's parameters
 * @param options - source and what to keep
 * @returns the CTE definitions
 */
export function topTicketsCtes(parameters: DrawParameters, options: TopTicketsOptions): string[] {
  const d = dialectParts(parameters.dialect);
  const capacity = `s.size + ${parameters.reserve}`;
  const limit = options.sentinel ? `CASE WHEN ${capacity} = 0 THEN 0 ELSE ${capacity} + 1 END` : capacity;
  const live = `e.stratum IN (SELECT stratum FROM sizes WHERE size + ${parameters.reserve} > 0)`;
  if (parameters.dialect === 'postgres') {
    const bytes = options.fromDigest ? `decode(e.digest, 'hex')` : `sha256(convert_to(${d.seedHex(parameters.taskSeed)} || e.id, 'UTF8'))`;
    const candidateDigest = options.fromDigest ? 'k.digest' : `encode(sha256(convert_to(${d.seedHex(parameters.taskSeed)} || k.id, 'UTF8')), 'hex')`;
    return [
      `keyed AS MATERIALIZED (SELECT h.id, h.stratum, ${prefixKeySql('postgres', 'h.bytes')} AS prefix${options.fromDigest ? ', h.digest' : ''}\n` +
        `   FROM (SELECT e.id, e.stratum, ${bytes} AS bytes${options.fromDigest ? ', e.digest' : ''} FROM ${options.source} AS e WHERE ${live} OFFSET 0) AS h)`,
      `kept AS (SELECT s.stratum, s.size, t.id, t.digest, t.digits, row_number() OVER (PARTITION BY s.stratum ORDER BY t.digits COLLATE "C") AS rank\n` +
        `   FROM sizes AS s\n` +
        `   CROSS JOIN LATERAL (SELECT max(b.prefix) AS threshold FROM (SELECT k.prefix FROM keyed AS k WHERE k.stratum = s.stratum ORDER BY k.prefix LIMIT ${limit}) AS b) AS th\n` +
        `   CROSS JOIN LATERAL (\n` +
        `     SELECT z.id, z.digest, z.digits FROM (SELECT c.id, c.digest, ${FUNCTION_PREFIX}digest_digits(decode(c.digest, 'hex')) AS digits\n` +
        `       FROM (SELECT k.id, ${candidateDigest} AS digest FROM keyed AS k WHERE k.stratum = s.stratum AND k.prefix <= th.threshold) AS c) AS z\n` +
        `     ORDER BY z.digits COLLATE "C" LIMIT ${limit}) AS t)`,
    ];
  }
  const hex = options.fromDigest ? 'e.digest' : `sha256(${d.seedHex(parameters.taskSeed)} || e.id)`;
  // The largest capacity, a constant: min(prefix, n) keeps each stratum's n smallest prefixes in a heap.
  const largest = Math.max(1, ...parameters.sizes.map(([, size]) => size + parameters.reserve + (options.sentinel ? 1 : 0)));
  return [
    `keyed AS MATERIALIZED (SELECT h.id, h.stratum, h.digest, ${prefixKeySql('duckdb', 'h.digest')} AS prefix\n` +
      `   FROM (SELECT e.id, e.stratum, ${hex} AS digest FROM ${options.source} AS e WHERE ${live}) AS h)`,
    `thresholds AS (SELECT s.stratum, s.size, ${limit} AS capacity,\n` +
      `     coalesce(list_extract(min(k.prefix, ${largest}), ${limit}), max(k.prefix)) AS threshold\n` +
      `   FROM sizes AS s JOIN keyed AS k ON k.stratum = s.stratum GROUP BY s.stratum, s.size)`,
    `candidates AS (SELECT k.id, k.stratum, k.digest FROM keyed AS k JOIN thresholds AS t ON t.stratum = k.stratum\n` +
      `   WHERE t.capacity > 0 AND k.prefix <= t.threshold)`,
    `kept AS (SELECT x.stratum, s.size, x.id, x.digest, x.digits, row_number() OVER (PARTITION BY x.stratum ORDER BY x.digits) AS rank\n` +
      `   FROM ${duckdbDigitsQuery('candidates', 'digest', ['id', 'stratum', 'digest'])} AS x JOIN sizes AS s ON s.stratum = x.stratum\n` +
      `   QUALIFY rank <= ${limit})`,
  ];
}
