/**
 * The two real engines of the warehouse tests: DuckDB in process (npm @duckdb/node-api) and a
 * PostgreSQL server at SHUANGSUIJI_PG_URL (started by .ci/postgres in CI). Locally, without the
 * variable, the PostgreSQL tests are skipped with a message; with CI set, a missing engine fails.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';
import type { WarehouseSql } from '../../../src/warehouse/index.js';

export interface PoolRow {
  readonly id: string;
  readonly stratum: string | null;
}

export interface ResultRow {
  readonly stratum: string;
  readonly rank: number;
  readonly role: string;
  readonly id: string;
  readonly ticket: string;
}

export interface Engine {
  readonly name: 'postgres' | 'duckdb';
  /** Replaces table `name` with the rows (columns id, stratum, and partition when given). */
  load(name: string, rows: readonly PoolRow[], partitions?: readonly number[]): Promise<void>;
  /** Runs setup then the query; returns the rows as plain objects. */
  run(sql: WarehouseSql): Promise<Record<string, unknown>[]>;
  /** Runs a single statement, returns its rows. */
  query(text: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export const PG_URL = process.env['SHUANGSUIJI_PG_URL'];
export const IN_CI = process.env['CI'] === 'true' || process.env['CI'] === '1';
if (IN_CI && !PG_URL) throw new Error('CI is set but SHUANGSUIJI_PG_URL is not: .ci/run must start PostgreSQL (.ci/postgres start)');
if (!PG_URL) console.warn('test/warehouse: SHUANGSUIJI_PG_URL is not set — PostgreSQL tests skipped (run .ci/postgres start and export the URL it prints)');

export async function openDuckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  const query = async (text: string): Promise<Record<string, unknown>[]> => (await connection.runAndReadAll(text)).getRowObjectsJS() as Record<string, unknown>[];
  return {
    name: 'duckdb',
    async load(name, rows, partitions) {
      await connection.run(`CREATE OR REPLACE TABLE "${name}" (id VARCHAR, stratum VARCHAR${partitions ? ', part INTEGER' : ''})`);
      const appender = await connection.createAppender(name);
      rows.forEach((row, index) => {
        appender.appendVarchar(row.id);
        if (row.stratum === null) appender.appendNull();
        else appender.appendVarchar(row.stratum);
        if (partitions) appender.appendInteger(partitions[index]!);
        appender.endRow();
      });
      appender.closeSync();
    },
    async run(sql) {
      for (const statement of sql.setup) await connection.run(statement);
      return query(sql.query);
    },
    query,
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function openPostgres(): Promise<Engine> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  const query = async (text: string): Promise<Record<string, unknown>[]> => (await client.query(text)).rows as Record<string, unknown>[];
  return {
    name: 'postgres',
    async load(name, rows, partitions) {
      await client.query(`DROP TABLE IF EXISTS "${name}"`);
      await client.query(`CREATE TABLE "${name}" (id text, stratum text${partitions ? ', part integer' : ''})`);
      const chunk = 50_000;
      for (let start = 0; start < rows.length; start += chunk) {
        const slice = rows.slice(start, start + chunk);
        if (partitions) {
          await client.query(`INSERT INTO "${name}" SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [
            slice.map((row) => row.id),
            slice.map((row) => row.stratum),
            partitions.slice(start, start + chunk),
          ]);
        } else {
          await client.query(`INSERT INTO "${name}" SELECT * FROM unnest($1::text[], $2::text[])`, [slice.map((row) => row.id), slice.map((row) => row.stratum)]);
        }
      }
      await client.query(`ANALYZE "${name}"`);
    },
    async run(sql) {
      // Test files run in parallel: CREATE OR REPLACE FUNCTION of the same function from two
      // sessions at once can fail ('tuple concurrently updated'), so the setup is serialised.
      await client.query('SELECT pg_advisory_lock(1717)');
      try {
        for (const statement of sql.setup) await client.query(statement);
      } finally {
        await client.query('SELECT pg_advisory_unlock(1717)');
      }
      return query(sql.query);
    },
    query,
    async close() {
      await client.end();
    },
  };
}

/** Normalises result rows (bigint ranks to numbers). */
export function resultRows(rows: readonly Record<string, unknown>[]): ResultRow[] {
  return rows.map((row) => ({
    stratum: String(row['stratum']),
    rank: Number(row['rank']),
    role: String(row['role']),
    id: String(row['id']),
    ticket: String(row['ticket']),
  }));
}
