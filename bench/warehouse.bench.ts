/**
 * Benchmark of the draw run inside a database (数据库内抽取, issue 17): the SQL of `drawSql` on
 * DuckDB (in process, @duckdb/node-api) and PostgreSQL (the server at SHUANGSUIJI_PG_URL, e.g. from
 * `.ci/postgres start`), beside `drawSubjects` on the same ids in the same run, and the former
 * `examples/verify-draw.sql` (a PL/pgSQL Horner loop per digit) on a smaller pool.
 *
 * Run: `SHUANGSUIJI_PG_URL=$(.ci/postgres start) npm run bench -- warehouse` (without the variable the
 * PostgreSQL rows are skipped). WAREHOUSE_BENCH_N (default 1 000 000) ids in four strata (A 55 %,
 * B 30 %, C 12 %, D 3 %), a 3 % sample with 1 reserve per stratum; WAREHOUSE_BENCH_OLD_N (default
 * 20 000) ids for the old SQL. Loading the tables is not timed; each engine's result is checked to
 * equal the library's. Medians of WAREHOUSE_BENCH_ROUNDS (default 3) rounds, 1 for the old SQL.
 *
 * Targets of the issue: DuckDB within 5× of the library; PostgreSQL at least 10× faster per id
 * than the old verify-draw.sql.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { drawSubjects } from '../src/draw/index.js';
import { drawSql, type WarehouseSql } from '../src/warehouse/index.js';

const N = Number(process.env['WAREHOUSE_BENCH_N'] ?? 1_000_000);
const OLD_N = Number(process.env['WAREHOUSE_BENCH_OLD_N'] ?? 20_000);
const ROUNDS = Number(process.env['WAREHOUSE_BENCH_ROUNDS'] ?? 3);
const SEED = '01382438112797316654';
const TASK = '2024-province-A';
const PG_URL = process.env['SHUANGSUIJI_PG_URL'];

/** The former examples/verify-draw.sql (before issue 17), kept verbatim as the baseline. */
const OLD_FUNCTIONS = `
CREATE OR REPLACE FUNCTION hex_to_decimal(hex text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  n numeric := 0;
BEGIN
  FOR i IN 1..length(hex) LOOP
    n := n * 16 + (position(substr(hex, i, 1) IN '0123456789abcdef') - 1);
  END LOOP;
  RETURN n::text;
END $$;
CREATE OR REPLACE FUNCTION ticket(seed text, id text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT '0.' || reverse(CASE WHEN length(d) < 64 THEN lpad(d, 64, '0') ELSE d END)
  FROM (SELECT hex_to_decimal(encode(sha256(convert_to(
          encode(sha256(convert_to(seed, 'UTF8')), 'hex') || id, 'UTF8')), 'hex')) AS d) AS digits
$$;`;
const OLD_QUERY = (taskSeed: string) => `
WITH ranked AS (
  SELECT p.id, p.stratum, s.size,
         row_number() OVER (PARTITION BY p.stratum
                            ORDER BY ticket('${taskSeed}', p.id)::numeric) AS rank
  FROM bench_pool_old AS p JOIN bench_sizes_old AS s USING (stratum)
)
SELECT stratum, rank, id, CASE WHEN rank <= size THEN 'selected' ELSE 'reserve' END AS role
FROM ranked
WHERE rank <= size + 1
ORDER BY stratum, rank`;

function idOf(i: number): string {
  return `9133${String(i).padStart(13, '0')}X`;
}
function stratumOf(i: number): string {
  const p = (Math.imul(i, 2654435761) >>> 0) % 100;
  return p < 55 ? 'A' : p < 85 ? 'B' : p < 97 ? 'C' : 'D';
}
function sizesFor(n: number): Record<string, number> {
  const counts: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (let i = 0; i < n; i++) counts[stratumOf(i)]!++;
  return Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, Math.round(c * 0.03)]));
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(rounds: number, run: () => Promise<string[]> | string[]): Promise<{ seconds: number; ids: string[] }> {
  const times: number[] = [];
  let ids: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    ids = await run();
    times.push((performance.now() - start) / 1000);
  }
  return { seconds: median(times), ids };
}

export async function run(): Promise<void> {
  const sizes = sizesFor(N);
  const ids = Array.from({ length: N }, (_, i) => idOf(i));
  const strata = Array.from({ length: N }, (_, i) => stratumOf(i));
  const pool = ids.map((id, i) => ({ id, stratum: strata[i]! }));
  const options = { taskSeed: `${SEED}/${TASK}`, sizes, reserve: 1 };
  console.log(`${N.toLocaleString('en')} ids, 4 strata, 3 % sample (${Object.values(sizes).reduce((a, b) => a + b, 0)}) + 1 reserve per stratum; medians of ${ROUNDS}`);

  const library = await timed(ROUNDS, () => {
    const result = drawSubjects({ seed: SEED, taskId: TASK, pool, allocation: sizes, reserve: 1 });
    return [...result.selected, ...result.reserves].sort((a, b) => (a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : a.rank - b.rank)).map((s) => `${s.stratum}/${s.rank}/${s.id}/${s.ticket}`);
  });
  const rows: [string, number, number | null][] = [['library drawSubjects', library.seconds, N]];
  const check = (name: string, got: string[]): void => {
    if (got.join('\n') !== library.ids.join('\n')) throw new Error(`${name}: the SQL selection differs from drawSubjects`);
  };
  const key = (row: Record<string, unknown>): string => `${String(row['stratum'])}/${Number(row['rank'])}/${String(row['id'])}/${String(row['ticket'])}`;

  // DuckDB
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  await duck.run('CREATE TABLE pool (id VARCHAR, stratum VARCHAR)');
  const appender = await duck.createAppender('pool');
  for (let i = 0; i < N; i++) {
    appender.appendVarchar(ids[i]!);
    appender.appendVarchar(strata[i]!);
    appender.endRow();
  }
  appender.closeSync();
  const duckSql = drawSql({ dialect: 'duckdb', ...options });
  const duckdb = await timed(ROUNDS, async () => ((await duck.runAndReadAll(duckSql.query)).getRowObjectsJS() as Record<string, unknown>[]).map(key));
  check('DuckDB', duckdb.ids);
  rows.push([`DuckDB ${(await duck.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0]!['v']} drawSql`, duckdb.seconds, N]);
  duck.closeSync();
  instance.closeSync();

  // PostgreSQL
  let oldPerId: number | null = null;
  let pgPerId: number | null = null;
  if (PG_URL === undefined) {
    console.log('PostgreSQL rows skipped: set SHUANGSUIJI_PG_URL (SHUANGSUIJI_PG_URL=$(.ci/postgres start) npm run bench -- warehouse)');
  } else {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    const version = String((await client.query('SHOW server_version')).rows[0]['server_version']);
    await client.query('DROP TABLE IF EXISTS bench_pool');
    await client.query('CREATE TABLE bench_pool (id text, stratum text)');
    for (let start = 0; start < N; start += 100_000) {
      await client.query('INSERT INTO bench_pool SELECT * FROM unnest($1::text[], $2::text[])', [ids.slice(start, start + 100_000), strata.slice(start, start + 100_000)]);
    }
    await client.query('ANALYZE bench_pool');
    const pgSql: WarehouseSql = drawSql({ dialect: 'postgres', ...options, table: 'bench_pool' });
    for (const statement of pgSql.setup) await client.query(statement);
    const postgres = await timed(ROUNDS, async () => (await client.query(pgSql.query)).rows.map(key));
    check('PostgreSQL', postgres.ids);
    rows.push([`PostgreSQL ${version} drawSql`, postgres.seconds, N]);
    pgPerId = postgres.seconds / N;

    // the former verify-draw.sql on OLD_N ids (its sizes scaled, 1 reserve as it hard-codes)
    const oldSizes = sizesFor(OLD_N);
    await client.query('DROP TABLE IF EXISTS bench_pool_old; DROP TABLE IF EXISTS bench_sizes_old');
    await client.query('CREATE TABLE bench_pool_old (id text, stratum text); CREATE TABLE bench_sizes_old (stratum text, size int)');
    await client.query('INSERT INTO bench_pool_old SELECT * FROM unnest($1::text[], $2::text[])', [ids.slice(0, OLD_N), strata.slice(0, OLD_N)]);
    await client.query('INSERT INTO bench_sizes_old SELECT * FROM unnest($1::text[], $2::int[])', [Object.keys(oldSizes), Object.values(oldSizes)]);
    await client.query('ANALYZE bench_pool_old; ANALYZE bench_sizes_old');
    await client.query(OLD_FUNCTIONS);
    const old = await timed(1, async () => (await client.query(OLD_QUERY(`${SEED}/${TASK}`))).rows.map((row) => String(row['id'])));
    const small = drawSubjects({ seed: SEED, taskId: TASK, pool: pool.slice(0, OLD_N), allocation: oldSizes, reserve: 1 });
    if (old.ids.length !== small.selected.length + small.reserves.length) throw new Error('old verify-draw.sql: unexpected row count');
    rows.push([`PostgreSQL ${version} old verify-draw.sql`, old.seconds, OLD_N]);
    oldPerId = old.seconds / OLD_N;
    await client.query('DROP TABLE bench_pool; DROP TABLE bench_pool_old; DROP TABLE bench_sizes_old');
    await client.end();
  }

  const libraryPerId = library.seconds / N;
  console.log('| case | ids | time | µs per id | × library per id |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, seconds, n] of rows) {
    const perId = seconds / n!;
    console.log(`| ${name} | ${n!.toLocaleString('en')} | ${seconds.toFixed(2)} s | ${(perId * 1e6).toFixed(2)} | ${(perId / libraryPerId).toFixed(1)} |`);
  }
  const duckRatio = duckdb.seconds / library.seconds;
  console.log(`DuckDB / library: ${duckRatio.toFixed(2)}× (target ≤ 5×: ${duckRatio <= 5 ? 'met' : 'NOT met'})`);
  if (pgPerId !== null && oldPerId !== null) {
    const speedup = oldPerId / pgPerId;
    console.log(`PostgreSQL drawSql vs old verify-draw.sql, per id: ${speedup.toFixed(1)}× faster (target ≥ 10×: ${speedup >= 10 ? 'met' : 'NOT met'})`);
  }
}
