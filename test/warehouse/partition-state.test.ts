/**
 * Partitioned warehouse draws: each partition keeps size + reserve (+ the sentinel) rows per
 * stratum; the merge by ticket equals the state createSampler reaches by merging the partitions,
 * and the draw taken from it equals drawSubjects over the whole pool — on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampler, drawSubjects, type SamplerState } from '../../src/draw/index.js';
import { mergeStateSql, partitionStateSql, samplerStateFromRows } from '../../src/warehouse/index.js';
import { openDuckdb, openPostgres, PG_URL, type Engine } from './support/engines.js';
import { makePool } from './support/pool.js';

const TASK_SEED = "分区 O'Brien\\ 𠀀/T9";
const pool = makePool(30_000);
const sizes = { A: 6, B: 5, C: 3, D: 0, b: 2, 中: 1, '𠀀': 1 };
const reserve = 2;
const exclude = [pool[1]!.id, pool[2]!.id, pool[3]!.id];
const parts = [0, 1, 2].map((part) => pool.filter((_, index) => (index * 2654435761) % 7 % 3 === part));
const options = { taskSeed: TASK_SEED, sizes, reserve, exclude };

function jsStates(poolDigest: boolean) {
  const jsSampler = () => createSampler({ seed: TASK_SEED, sizes, reserve, exclude, poolDigest });
  const partStates: SamplerState[] = parts.map((rows) => {
    const sampler = jsSampler();
    sampler.addMany(rows);
    return sampler.state();
  });
  const driver = jsSampler();
  for (const state of partStates) driver.merge(state);
  return { partStates, driver, mergedState: driver.state() };
}

const engines: [string, () => Promise<Engine>, boolean][] = [
  ['duckdb', openDuckdb, true],
  ['postgres', openPostgres, PG_URL !== undefined],
];

describe.each(engines)('partition states on %s', (_name, open, enabled) => {
  let engine: Engine;
  beforeAll(async () => {
    if (!enabled) return;
    engine = await open();
    for (const [index, rows] of parts.entries()) await engine.load(`pool_part_${index}`, rows);
  }, 120_000);
  afterAll(async () => {
    if (enabled) await engine.close();
  });

  it.skipIf(!enabled).each([false, true])('each partition’s rows are its createSampler state; the SQL merge is the merged state; its draw is drawSubjects (pool digests: %s)', async (poolDigest) => {
    const { partStates, driver, mergedState } = jsStates(poolDigest);
    await engine.query('DROP TABLE IF EXISTS partition_states');
    for (const [index, state] of partStates.entries()) {
      const sql = partitionStateSql({ dialect: engine.name, ...options, poolDigest, table: `pool_part_${index}` });
      const rows = await engine.run(sql);
      expect(samplerStateFromRows(rows, { dialect: engine.name, ...options, poolDigest })).toEqual(state);
      // at most size + reserve + 1 rows per stratum leave the partition
      expect(rows.filter((row) => row['id'] !== null).length).toBeLessThanOrEqual(Object.values(sizes).reduce((n, size) => n + (size + reserve + 1), 0));
      await engine.query(index === 0 ? `CREATE TABLE partition_states AS SELECT * FROM (${sql.query}) AS q` : `INSERT INTO partition_states SELECT * FROM (${sql.query}) AS q`);
    }
    const merged = await engine.run(mergeStateSql({ dialect: engine.name, ...options, poolDigest }));
    expect(samplerStateFromRows(merged, { dialect: engine.name, ...options, poolDigest })).toEqual(mergedState);
    if (poolDigest) expect(Object.values(mergedState.strata).every((stratum) => /^[0-9a-f]{64}$/.test(stratum.poolDigest ?? ''))).toBe(true);

    const whole = drawSubjects({ seed: TASK_SEED.slice(0, -3), taskId: 'T9', pool, allocation: sizes, reserve, exclude });
    const drawn = merged
      .filter((row) => row['id'] !== null && Number(row['rank']) <= sizes[row['stratum'] as keyof typeof sizes] + reserve)
      .map((row) => [row['stratum'], Number(row['rank']), row['id']]);
    expect(drawn).toEqual([...whole.selected, ...whole.reserves].map((s) => [s.stratum, s.rank, s.id]).sort((a, b) => Object.keys(sizes).sort().indexOf(String(a[0])) - Object.keys(sizes).sort().indexOf(String(b[0])) || Number(a[1]) - Number(b[1])));
    expect(driver.result().strata['A']?.selected.map((entry) => entry.id)).toEqual(whole.selected.filter((s) => s.stratum === 'A').map((s) => s.id));
  }, 120_000);

  it.skipIf(!enabled)('a partition with a duplicate or an unknown stratum raises, a state row of an unknown stratum too', async () => {
    await engine.load('pool_bad', [{ id: 'x', stratum: 'A' }, { id: 'x', stratum: 'A' }]);
    await expect(engine.run(partitionStateSql({ dialect: engine.name, ...options, table: 'pool_bad' }))).rejects.toThrow(/DUPLICATE_ID/);
    await engine.load('pool_bad', [{ id: 'x', stratum: 'Q' }]);
    await expect(engine.run(partitionStateSql({ dialect: engine.name, ...options, table: 'pool_bad' }))).rejects.toThrow(/UNKNOWN_STRATUM/);
    await expect(engine.run(mergeStateSql({ dialect: engine.name, ...options, sizes: { A: 1 } }))).rejects.toThrow(/UNKNOWN_STRATUM/);
  }, 60_000);
});
