/**
 * drawSql on the real engines: the SQL selection equals drawSubjects (selected, order, reserves,
 * tickets) on a 200 k-id pool with seven strata, exclusions, reserves, Chinese, 4-byte UTF-8 and
 * hostile ids, on DuckDB (in process) and PostgreSQL (SHUANGSUIJI_PG_URL; .ci/run starts one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSubjects, ticketNumber } from '../../src/draw/index.js';
import { drawSql, drawSqlFromRecord } from '../../src/warehouse/index.js';
import { openDuckdb, openPostgres, PG_URL, resultRows, type Engine } from './support/engines.js';
import { expectedRows, makePool } from './support/pool.js';

const SEED = "2023-08-01 摇号 O'Brien\\ 𠀀 27182818284590452353";
const TASK = 'T16';
const TASK_SEED = `${SEED}/${TASK}`;
const pool = makePool(200_000);
const sizes = { A: 15, B: 15, C: 6, D: 2, b: 3, 中: 4, '𠀀': 1 };
const withoutExclusions = expectedRows(drawSubjects({ seed: SEED, taskId: TASK, pool, allocation: sizes, reserve: 3 }));
// Excluded: ids that would be drawn otherwise (so exclusions are exercised), with quotes, backslashes, SQL and 4-byte characters.
const exclude = [
  ...withoutExclusions.filter((row) => row.rank <= 2 || /['\\𠀀]/u.test(row.id)).map((row) => row.id),
];
const library = drawSubjects({ seed: SEED, taskId: TASK, pool, allocation: sizes, reserve: 3, exclude });
const expected = expectedRows(library);

const engines: [string, () => Promise<Engine>, boolean][] = [
  ['duckdb', openDuckdb, true],
  ['postgres', openPostgres, PG_URL !== undefined],
];

describe.each(engines)('drawSql on %s', (name, open, enabled) => {
  let engine: Engine;
  beforeAll(async () => {
    if (!enabled) return;
    engine = await open();
    await engine.load('pool_200k', pool);
    await engine.load('pool_small', makePool(500));
  }, 120_000);
  afterAll(async () => {
    if (enabled) await engine.close();
  });

  it.skipIf(!enabled)('selects exactly what drawSubjects selects on 200 k ids (selected, order, reserves, tickets)', async () => {
    const rows = resultRows(await engine.run(drawSql({ dialect: engine.name, taskSeed: TASK_SEED, sizes, reserve: 3, exclude, table: 'pool_200k' })));
    expect(rows.length).toBe(46 + 7 * 3);
    expect(rows).toEqual(expected);
    expect(rows).not.toEqual(withoutExclusions);
    expect(exclude.length).toBeGreaterThan(15);
    expect(rows.some((row) => /'/.test(row.id)) && rows.some((row) => /\\/.test(row.id)) && rows.some((row) => /𠀀/u.test(row.id)) && rows.some((row) => /杭州/.test(row.id))).toBe(true);
    // strata come back in code-point order: 'B' < 'b', and the 4-byte stratum last
    expect([...new Set(rows.map((row) => row.stratum))]).toEqual(['A', 'B', 'C', 'D', 'b', '中', '𠀀']);
  }, 120_000);

  it.skipIf(!enabled)('replays the record (drawSqlFromRecord) to the record’s selected and reserves', async () => {
    const rows = resultRows(await engine.run(drawSqlFromRecord(library.record, { dialect: engine.name, table: 'pool_200k' })));
    const fromRecord = [...library.record.selected.map((e) => ({ ...e, role: 'selected' })), ...library.record.reserves.map((e) => ({ ...e, role: 'reserve' }))];
    expect(rows).toEqual(expectedRows(library));
    expect(rows.map((row) => row.id).sort()).toEqual(fromRecord.map((entry) => entry.id).sort());
  }, 120_000);

  it.skipIf(!enabled)('unstratified draws read no stratum column and name the stratum *', async () => {
    const small = makePool(500);
    const result = drawSubjects({ seed: SEED, taskId: 'T2', pool: small.map((row) => row.id), size: 7, reserve: 2, exclude: [small[5]!.id] });
    const sql = drawSql({ dialect: engine.name, taskSeed: `${SEED}/T2`, size: 7, reserve: 2, exclude: [small[5]!.id], stratumColumn: 'no such column', table: 'pool_small' });
    expect(resultRows(await engine.run(sql))).toEqual(expectedRows(result));
    const replay = drawSqlFromRecord(result.record, { dialect: engine.name, table: 'pool_small' });
    expect(resultRows(await engine.run(replay))).toEqual(expectedRows(result));
  }, 60_000);

  it.skipIf(!enabled)('tickets that share their first nine digits are ordered by the exact digits (the prefix threshold keeps ties)', async () => {
    // pairs found by search: equal 9-digit prefixes under the seed 'tie/T', e.g. 0.117434344860… and 0.117434344725…
    const pairs = [['同票-20976', '同票-95378'], ['同票-6594', '同票-93344'], ['同票-46850', '同票-66403'], ['同票-9532', '同票-105779']] as const;
    for (const [a, b] of pairs) expect(ticketNumber('tie/T', a).slice(0, 11)).toBe(ticketNumber('tie/T', b).slice(0, 11));
    const rows = pairs.flatMap(([a, b], index) => [{ id: a, stratum: `P${index}` }, { id: b, stratum: `P${index}` }]);
    await engine.load('pool_ties', rows);
    const allocation = { P0: 1, P1: 1, P2: 0, P3: 2 };
    for (const reserve of [0, 1]) {
      const result = drawSubjects({ seed: 'tie', taskId: 'T', pool: rows, allocation, reserve });
      const got = resultRows(await engine.run(drawSql({ dialect: engine.name, taskSeed: 'tie/T', sizes: allocation, reserve, table: 'pool_ties' })));
      expect(got).toEqual(expectedRows(result));
    }
    expect(drawSubjects({ seed: 'tie', taskId: 'T', pool: rows, allocation, reserve: 0 }).selected.map((s) => s.id)).toEqual(['同票-95378', '同票-6594', '同票-105779', '同票-9532']);
  });

  it.skipIf(!enabled)('a stratum of size 0 with reserves gives reserves only; reserve 0 gives none', async () => {
    const small = makePool(500);
    const allocation = { A: 0, B: 2, C: 1, D: 0, b: 0, 中: 0, '𠀀': 0 };
    for (const reserve of [0, 2]) {
      const result = drawSubjects({ seed: SEED, taskId: 'T3', pool: small, allocation, reserve });
      const rows = resultRows(await engine.run(drawSql({ dialect: engine.name, taskSeed: `${SEED}/T3`, sizes: allocation, reserve, table: 'pool_small' })));
      expect(rows).toEqual(expectedRows(result));
      expect(rows.length).toBe(3 + 7 * reserve);
    }
  }, 60_000);
});
