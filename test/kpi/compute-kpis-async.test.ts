import { describe, it, expect } from 'vitest';
import { computeKpisAsync } from '../../src/kpi/index.js';
import { context, districtRecords } from './district-fixture.js';
import { expectDistrict } from './district-expected.js';

describe('computeKpisAsync (异步统计)', () => {
  it('takes records one by one and in batches, sync and async: the hand-computed district report', async () => {
    const records = districtRecords();
    async function* batches() {
      yield records.slice(0, 3);
      for (const record of records.slice(3)) yield record;
    }
    const fromAsync = await computeKpisAsync(batches(), context);
    const fromSync = await computeKpisAsync([records.slice(0, 2), ...records.slice(2)], context);
    expect(fromAsync.records).toBe(records.length);
    expectDistrict(fromAsync);
    expectDistrict(fromSync);
  });

  it('rejects a source that is not iterable, naming it', async () => {
    for (const bad of [null, 5, {}]) {
      await expect(computeKpisAsync(bad as never, context)).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['source'] });
    }
    await expect(computeKpisAsync({ [Symbol.asyncIterator]: 5 } as never, context)).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['source'] });
  });
});
