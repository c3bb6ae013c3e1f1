/**
 * The rendered SQL reports what the library rejects, on both engines: a repeated id, a row whose
 * stratum has no size (or none at all), a stratum with too few eligible rows, a NULL or empty id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSubjects } from '../../src/draw/index.js';
import { drawSql } from '../../src/warehouse/index.js';
import { openDuckdb, openPostgres, PG_URL, type Engine, type PoolRow } from './support/engines.js';

const engines: [string, () => Promise<Engine>, boolean][] = [
  ['duckdb', openDuckdb, true],
  ['postgres', openPostgres, PG_URL !== undefined],
];

const base: PoolRow[] = Array.from({ length: 40 }, (_, i) => ({ id: `企业-${i}`, stratum: i % 2 === 0 ? 'A' : 'B' }));
const sizes = { A: 2, B: 2 };

/** The library's error code for the same pool. */
function libraryCode(rows: readonly PoolRow[], allocation: Record<string, number> = sizes): string {
  try {
    drawSubjects({ seed: 's', taskId: 'T', pool: rows.map((row) => ({ id: row.id, stratum: row.stratum ?? undefined })), allocation, checkDuplicates: 'all' });
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'none';
}

describe.each(engines)('errors of drawSql on %s', (_name, open, enabled) => {
  let engine: Engine;
  beforeAll(async () => {
    if (enabled) engine = await open();
  }, 60_000);
  afterAll(async () => {
    if (enabled) await engine.close();
  });

  async function failure(rows: readonly PoolRow[], allocation: Record<string, number> = sizes, exclude: string[] = []): Promise<string> {
    await engine.load('pool_errors', rows);
    try {
      await engine.run(drawSql({ dialect: engine.name, taskSeed: 's/T', sizes: allocation, exclude, table: 'pool_errors' }));
    } catch (error) {
      return String((error as Error).message);
    }
    return 'no error';
  }

  it.skipIf(!enabled)('a repeated id raises DUPLICATE_ID (in the same stratum or across strata), as the library throws', async () => {
    const same = [...base, { id: '企业-7', stratum: 'B' }];
    expect(libraryCode(same)).toBe('DUPLICATE_ID');
    expect(await failure(same)).toMatch(/DUPLICATE_ID: 检查对象标识 "企业-7" 重复/);
    const across = [...base, { id: "O'Brien\\𠀀", stratum: 'A' }, { id: "O'Brien\\𠀀", stratum: 'B' }];
    expect(libraryCode(across)).toBe('DUPLICATE_ID');
    expect(await failure(across)).toMatch(/DUPLICATE_ID: 检查对象标识 "O'Brien\\𠀀" 重复/);
  });

  it.skipIf(!enabled)('a stratum missing from sizes raises UNKNOWN_STRATUM instead of vanishing through a join', async () => {
    const unknown = [...base, { id: 'x-1', stratum: 'C' }];
    expect(libraryCode(unknown)).toBe('UNKNOWN_STRATUM');
    expect(await failure(unknown)).toMatch(/UNKNOWN_STRATUM: 检查对象 "x-1" 的分层 "C" 没有分配抽取数量/);
    const none = [...base, { id: 'x-2', stratum: null }];
    expect(libraryCode(none)).toBe('UNKNOWN_STRATUM');
    expect(await failure(none)).toMatch(/UNKNOWN_STRATUM: 检查对象 "x-2" 没有分层/);
    // case matters, as in the library: 'a' is not 'A'
    expect(await failure([...base, { id: 'x-3', stratum: 'a' }])).toMatch(/UNKNOWN_STRATUM/);
  });

  it.skipIf(!enabled)('too few eligible rows raise SAMPLE_TOO_LARGE, also for a stratum with no rows at all', async () => {
    expect(libraryCode(base, { A: 21, B: 2 })).toBe('SAMPLE_TOO_LARGE');
    expect(await failure(base, { A: 21, B: 2 })).toMatch(/SAMPLE_TOO_LARGE: 分层 A 应抽取 21 户，但可抽取的检查对象只有 20 户/);
    expect(await failure(base, { A: 2, B: 2, C: 1 })).toMatch(/SAMPLE_TOO_LARGE: 分层 C 应抽取 1 户，但可抽取的检查对象只有 0 户/);
  });

  it.skipIf(!enabled)('an exclusion that names no subject of the pool raises UNKNOWN_REFERENCE (escaped, even when hostile), as the library throws', async () => {
    const hostile = "'); DROP TABLE pool_errors; --";
    expect(() => drawSubjects({ seed: 's', taskId: 'T', pool: base.map((row) => ({ id: row.id, stratum: row.stratum ?? '' })), allocation: sizes, exclude: ['企业-3', hostile] })).toThrow(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
    expect(await failure(base, sizes, ['企业-3', hostile])).toMatch(/UNKNOWN_REFERENCE: 排除名单中的 '\); DROP TABLE pool_errors; -- 不在抽查范围内/);
    expect(await failure(base, sizes, ['企业-3'])).toBe('no error');
  });

  it.skipIf(!enabled)('a NULL or empty id raises INVALID_INPUT', async () => {
    expect(libraryCode([...base, { id: '', stratum: 'A' }])).toBe('INVALID_INPUT');
    expect(await failure([...base, { id: '', stratum: 'A' }])).toMatch(/INVALID_INPUT: 检查对象标识应为非空字符串/);
  });

  it.skipIf(!enabled)('a clean pool raises nothing, even when every size is 0', async () => {
    expect(await failure(base, { A: 0, B: 0 })).toBe('no error');
    expect(await failure([...base, { id: 'dup', stratum: 'A' }, { id: 'dup', stratum: 'A' }], { A: 0, B: 0 })).toMatch(/DUPLICATE_ID/);
  });

  it.skipIf(!enabled)('hostile exclusions and names stay literals: the pool table survives', async () => {
    // the hostile ids are subjects of the pool (an exclusion must name one) and are excluded
    const hostile = ["'); DROP TABLE pool_errors; --", "\\'); DROP TABLE pool_errors; --", '$$; DROP TABLE pool_errors; $$'];
    await engine.load('pool_errors', [...base, ...hostile.map((id) => ({ id, stratum: 'A' }))]);
    const sql = drawSql({
      dialect: engine.name,
      taskSeed: "s'; DROP TABLE pool_errors; --\\",
      sizes: { A: 1, B: 1 },
      exclude: hostile,
      table: 'pool_errors',
    });
    expect(await engine.run(sql)).toHaveLength(2);
    const [{ n }] = (await engine.query('SELECT count(*) AS n FROM pool_errors')) as [{ n: unknown }];
    expect(Number(n)).toBe(43);
  });
});
