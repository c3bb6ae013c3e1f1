import { describe, expect, it } from 'vitest';
import { commitSeed, deriveTaskSeed, poolCommitment, poolDigest, drawSubjects, drawSubjectsAsync, DrawRecordSchema, ticketNumber, verifyDraw } from '../../src/draw/index.js';
import vectors from './fixtures/vectors.json';

const CLASSES = 'AAAAAAAAAAABBBBBBCCD';
const referencePool = Array.from({ length: 400 }, (_, n) => ({ id: `9133${String(n).padStart(13, '0')}X`, riskClass: CLASSES[(n * 7) % 20]! }));

describe('drawSubjects', () => {
  it('reproduces the stratified draw of reference.py (sizes A6 B4 C2 D1, reserve 2, 11 exclusions)', () => {
    const { draw } = vectors;
    const result = drawSubjects({ seed: draw.seed, taskId: draw.taskId, pool: referencePool, allocation: draw.sizes, reserve: draw.reserve, exclude: draw.exclude });
    const strip = (e: { id: string; stratum: string; rank: number; ticket: string }) => ({ id: e.id, stratum: e.stratum, rank: e.rank, ticket: e.ticket });
    expect(result.selected.map(strip)).toEqual(draw.expected.selected);
    expect(result.reserves.map(strip)).toEqual(draw.expected.reserves);
    expect(result.record.taskSeed).toBe(draw.expected.taskSeed);
    expect(result.record.seedCommitment).toBe(draw.expected.seedCommitment);
    // consistent-sampler/2 commits to the manifest; the additive digest of reference.py is still poolDigest's
    expect(result.record.poolCommitment).toBe(poolCommitment(referencePool, { stratified: true }).digest);
    expect(poolDigest(referencePool.map((p) => p.id))).toBe(draw.expected.poolDigest);
    // 400 items, 11 excluded (n = 0, 37, …, 370)
    expect(result.record.poolSize).toBe(400);
    expect(Object.values(result.record.strata).reduce((sum, s) => sum + s.excluded, 0)).toBe(11);
    expect(result.selected[0]!.item).toBe(referencePool.find((p) => p.id === result.selected[0]!.id));
    expect(DrawRecordSchema.parse(result.record)).toEqual(result.record);
  });

  it('uses the task seed `${seed}/${taskId}`, so two tasks of one master seed draw different orders', () => {
    const pool = Array.from({ length: 50 }, (_, i) => `S${i}`);
    const t1 = drawSubjects({ seed: '2023', taskId: 'T1', pool, size: 10 });
    const t2 = drawSubjects({ seed: '2023', taskId: 'T2', pool, size: 10 });
    expect(t1.record.taskSeed).toBe(deriveTaskSeed('2023', 'T1'));
    expect(t1.selected.map((s) => s.id)).not.toEqual(t2.selected.map((s) => s.id));
    expect(t1.selected[0]!.ticket).toBe(ticketNumber('2023/T1', t1.selected[0]!.id));
    expect(t1.record.seedCommitment).toBe(commitSeed('2023'));
    expect(t1.record.strata).toEqual({ '*': { size: 10, poolSize: 50, excluded: 0, commitment: poolCommitment(pool).digest } });
  });

  it('gives the next tickets as reserves, and fewer when a stratum runs out', () => {
    // seed 31/T: whatever the order, reserves continue the selection's ticket order
    const { selected, reserves } = drawSubjects({ seed: '31', taskId: 'T', pool: ['a', 'b', 'c'], size: 2, reserve: 5 });
    expect(selected.map((s) => s.rank)).toEqual([1, 2]);
    expect(reserves.map((s) => s.rank)).toEqual([3]);
    expect([...selected, ...reserves].map((s) => s.ticket)).toEqual([...selected, ...reserves].map((s) => s.ticket).sort());
  });

  it('never draws excluded ids', () => {
    const pool = ['a', 'b', 'c', 'd'];
    const all = drawSubjects({ seed: '1', taskId: 'T', pool, size: 4 }).selected.map((s) => s.id);
    const without = drawSubjects({ seed: '1', taskId: 'T', pool, size: 3, exclude: [all[0]!] }).selected.map((s) => s.id);
    expect(without).toEqual(all.slice(1));
  });

  it('accepts an allocation wrapped as { sizes } and a stratumOf', () => {
    const pool = [
      { id: 'x1', region: 'N' },
      { id: 'x2', region: 'S' },
      { id: 'x3', region: 'S' },
    ];
    const result = drawSubjects({ seed: 's', taskId: 'T', pool, allocation: { sizes: { N: 1, S: 2 } }, stratumOf: (p) => p.region });
    expect(result.selected.map((s) => [s.stratum, s.id].join(':')).sort()).toEqual(['N:x1', 'S:x2', 'S:x3']);
  });

  it('draws from async iterables of batches, like the sync call', async () => {
    async function* pages() {
      for (let page = 0; page < 4; page++) yield referencePool.slice(page * 100, page * 100 + 100);
    }
    const allocation = { A: 3, B: 2, C: 1, D: 1 };
    const asyncResult = await drawSubjectsAsync({ seed: 'x', taskId: 'T', pool: pages(), allocation });
    expect(asyncResult.record).toEqual(drawSubjects({ seed: 'x', taskId: 'T', pool: referencePool, allocation }).record);
    await expect(drawSubjectsAsync({ seed: '', taskId: 'T', pool: pages(), size: 1 })).rejects.toMatchObject({ code: 'EMPTY_SEED' });
  });

  it('no longer offers a record without pool commitment (poolDigest: false is an unknown option)', () => {
    expect(() => drawSubjects({ seed: 's', taskId: 'T', pool: ['a'], size: 1, poolDigest: false } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('drawSubjects — every bad input with its code', () => {
  const base = { seed: 's', taskId: 'T', pool: ['a', 'b', 'c'] };
  it.each([
    ['empty seed', { ...base, seed: '', size: 1 }, 'EMPTY_SEED', ['seed']],
    ['seed not a string', { ...base, seed: 7, size: 1 }, 'INVALID_INPUT', ['seed']],
    ['empty task id', { ...base, taskId: '', size: 1 }, 'INVALID_INPUT', ['taskId']],
    ['duplicate id among the retained', { ...base, pool: ['a', 'b', 'a'], size: 2 }, 'DUPLICATE_ID', ['pool', 2]],
    [
      'one drawn id in two strata (the later copy is named)',
      { ...base, pool: [{ id: 'a', riskClass: 'B' }, { id: 'b', riskClass: 'A' }, { id: 'a', riskClass: 'A' }], allocation: { A: 2, B: 1 } },
      'DUPLICATE_ID',
      ['pool', 2],
    ],
    ['any duplicate id with checkDuplicates all', { ...base, pool: ['a', 'b', 'c', 'b'], size: 0, checkDuplicates: 'all' }, 'DUPLICATE_ID', ['pool', 3]],
    ['size > pool', { ...base, size: 4 }, 'SAMPLE_TOO_LARGE', ['size']],
    ['size > pool minus exclusions', { ...base, size: 3, exclude: ['a'] }, 'SAMPLE_TOO_LARGE', ['size']],
    ['negative size', { ...base, size: -1 }, 'INVALID_INPUT', ['size']],
    ['fractional size', { ...base, size: 1.5 }, 'INVALID_INPUT', ['size']],
    ['negative stratum size', { ...base, allocation: { A: -1 } }, 'INVALID_INPUT', ['allocation', 'A']],
    ['negative reserve', { ...base, size: 1, reserve: -2 }, 'INVALID_INPUT', ['reserve']],
    ['both size and allocation', { ...base, size: 1, allocation: { A: 1 } }, 'INVALID_INPUT', ['size']],
    ['neither size nor allocation', { ...base }, 'INVALID_INPUT', ['size']],
    ['empty allocation', { ...base, allocation: {} }, 'INVALID_ALLOCATION', ['allocation']],
    ['stratum without allocation entry', { ...base, pool: [{ id: 'a', riskClass: 'A' }, { id: 'b', riskClass: 'C' }], allocation: { A: 1 } }, 'UNKNOWN_STRATUM', ['pool', 1]],
    ['item without stratum in a stratified draw', { ...base, pool: ['a'], allocation: { A: 1 } }, 'UNKNOWN_STRATUM', ['pool', 0]],
    ['empty id', { ...base, pool: ['a', ''], size: 1 }, 'INVALID_INPUT', ['pool', 1, 'id']],
    ['item neither string nor object', { ...base, pool: ['a', 3], size: 1 }, 'INVALID_INPUT', ['pool', 1]],
    ['pool not iterable', { ...base, pool: 5, size: 1 }, 'INVALID_INPUT', ['pool']],
  ])('%s → %s', (_label, input, code, path) => {
    try {
      drawSubjects(input as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'ShuangsuijiError', code, path });
    }
  });

  it('SAMPLE_TOO_LARGE names the stratum, size and eligible count', () => {
    expect(() => drawSubjects({ ...base, pool: [{ id: 'a', riskClass: 'D' }], allocation: { D: 2 } })).toThrow(
      expect.objectContaining({ code: 'SAMPLE_TOO_LARGE', path: ['allocation', 'D'], details: { stratum: 'D', size: 2, eligible: 1 } }),
    );
  });

  it('a stratum allocated 0 is allowed and draws nothing', () => {
    const result = drawSubjects({ ...base, pool: [{ id: 'a', riskClass: 'A' }], allocation: { A: 0 } });
    expect(result.selected).toEqual([]);
    expect(result.record.strata['A']!.poolSize).toBe(1);
  });

  it('rejects every duplicate at draw time, as verifyDraw does (issue 12, attack 6)', () => {
    // 31/T orders a b c: the last of them, duplicated, is not retained with size 1 — still rejected
    const order = drawSubjects({ ...base, seed: '31', size: 3 }).selected.map((s) => s.id);
    const last = order[2]!;
    expect(() => drawSubjects({ ...base, seed: '31', pool: ['a', 'b', 'c', last], size: 1 })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', details: { id: last } }),
    );
    expect(() => drawSubjects({ ...base, seed: '31', pool: ['a', 'b', 'c', order[0]!], size: 1, checkDuplicates: 'retained' })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID' }),
    );
  });
});
