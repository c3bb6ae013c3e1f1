/**
 * poolCommitmentSql on the real engines: SHA-256 over the UTF-8 lines `id\tstratum\n` (the manifest of poolManifest), unique,
 * sorted by bytes — the same bytes hashed with node:crypto.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolCommitment } from '../../src/draw/index.js';
import { poolCommitmentSql } from '../../src/warehouse/index.js';
import { openDuckdb, openPostgres, PG_URL, type Engine, type PoolRow } from './support/engines.js';
import { makePool } from './support/pool.js';

/** The manifest commitment computed in Node from the definition. */
function commitment(rows: readonly PoolRow[], stratified = true): string {
  const lines = [...new Set(rows.map((row) => `${row.id}\t${stratified ? row.stratum : '*'}\n`))].map((line) => Buffer.from(line, 'utf8'));
  lines.sort(Buffer.compare);
  return createHash('sha256').update(Buffer.concat(lines)).digest('hex');
}

// UTF-16 order and byte order differ here: '｡' (U+FF61, EF BD A1) sorts before '😀' (F0 9F 98 80) in
// bytes, after it in JavaScript's default string order; a repeated row counts once.
const tricky: PoolRow[] = [
  { id: '😀店', stratum: 'A' },
  { id: '｡店', stratum: 'A' },
  { id: "O'Brien\\", stratum: 'b' },
  { id: 'x', stratum: 'B' },
  { id: 'x', stratum: 'B' },
  { id: '杭州市某某餐饮店', stratum: '中' },
  { id: '𠀀', stratum: '𠀀' },
];

const engines: [string, () => Promise<Engine>, boolean][] = [
  ['duckdb', openDuckdb, true],
  ['postgres', openPostgres, PG_URL !== undefined],
];

describe.each(engines)('poolCommitmentSql on %s', (_name, open, enabled) => {
  let engine: Engine;
  beforeAll(async () => {
    if (enabled) engine = await open();
  }, 60_000);
  afterAll(async () => {
    if (enabled) await engine.close();
  });

  async function commitmentOf(rows: readonly PoolRow[], stratified = true): Promise<string> {
    await engine.load('pool_commitment', rows);
    const result = await engine.run(poolCommitmentSql({ dialect: engine.name, table: 'pool_commitment', stratified }));
    expect(result).toHaveLength(1);
    return String(result[0]!['pool_commitment']);
  }

  it.skipIf(!enabled)('equals SHA-256 of the byte-sorted unique manifest computed with node:crypto', async () => {
    expect(commitment(tricky)).not.toBe(createHash('sha256').update([...new Set(tricky.map((r) => `${r.id}\t${r.stratum}\n`))].sort().join('')).digest('hex'));
    expect(await commitmentOf(tricky)).toBe(commitment(tricky));
    // and the library's own commitment of the same (unique) pool, the one a draw announcement carries
    const unique = [...new Map(tricky.map((row) => [row.id, row])).values()];
    expect(await commitmentOf(unique)).toBe(poolCommitment(unique.map(({ id, stratum }) => ({ id, stratum: stratum ?? "" })), { stratified: true }).digest);
    expect(await commitmentOf(tricky, false)).toBe(commitment(tricky, false));
    const pool = makePool(50_000);
    expect(await commitmentOf(pool)).toBe(commitment(pool));
  }, 60_000);

  it.skipIf(!enabled)('an empty pool commits to SHA-256 of nothing; a NULL or empty id or stratum raises INVALID_INPUT', async () => {
    expect(await commitmentOf([])).toBe(createHash('sha256').digest('hex'));
    await expect(commitmentOf([{ id: 'a', stratum: null }])).rejects.toThrow(/INVALID_INPUT/);
    await expect(commitmentOf([{ id: '', stratum: 'A' }])).rejects.toThrow(/INVALID_INPUT/);
  });
});
