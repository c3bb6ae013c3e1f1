import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalSubjectId } from '../../src/directory/index.js';
import { createSampler, drawSubjects, poolDigest, sampleIds } from '../../src/draw/index.js';

const STRATA = ['A', 'B', 'C', 'D'] as const;
const poolArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => isCanonicalSubjectId(s)), { minLength: 0, maxLength: 60 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.constantFrom(...STRATA), { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, strata]) => ids.map((id, i) => ({ id, stratum: strata[i]! })));

describe('consistency: order and partition invariance', () => {
  it('sampleIds does not depend on input order, and a sub-pool keeps the pool order (filtered)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }).filter((s) => isCanonicalSubjectId(s)), { maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 6 }).filter((s) => isCanonicalSubjectId(s)),
        fc.func(fc.boolean()),
        (ids, seed, keep) => {
          const order = sampleIds(ids, seed);
          expect(sampleIds([...ids].reverse(), seed)).toEqual(order);
          const sub = ids.filter((id) => keep(id));
          expect(sampleIds(sub, seed)).toEqual(order.filter((id) => sub.includes(id)));
          expect(sampleIds(ids, seed, { take: 3 })).toEqual(order.slice(0, 3));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merging samplers over a random partition equals one sampler over the whole (also via JSON state)', () => {
    fc.assert(
      fc.property(
        poolArb,
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.record({ A: fc.nat(5), B: fc.nat(5), C: fc.nat(5), D: fc.nat(5) }),
        fc.nat(3),
        (pool, parts, cuts, sizes, reserve) => {
          const options = { seed: 'partition-seed', sizes, reserve };
          const whole = createSampler(options);
          whole.addMany(pool);
          const pieces = Array.from({ length: parts }, () => createSampler(options));
          pool.forEach((item, i) => pieces[(cuts[i] ?? i) % parts]!.add(item.id, item.stratum));
          const [first, ...rest] = pieces;
          rest.forEach((piece, i) => first!.merge(i % 2 === 0 ? piece : JSON.parse(JSON.stringify(piece.state()))));
          const tooSmall = STRATA.some((s) => pool.filter((p) => p.stratum === s).length < sizes[s]);
          if (tooSmall) {
            expect(() => whole.result()).toThrow(expect.objectContaining({ code: 'SAMPLE_TOO_LARGE' }));
            expect(() => first!.result()).toThrow(expect.objectContaining({ code: 'SAMPLE_TOO_LARGE' }));
            return;
          }
          expect(first!.result()).toEqual(whole.result());
          expect(whole.result().poolDigest).toBe(poolDigest(pool.map((p) => p.id)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('drawSubjects is independent of the order and batching of the pool', () => {
    fc.assert(
      fc.property(poolArb, fc.nat(2), (pool, reserve) => {
        const allocation = Object.fromEntries(STRATA.map((s) => [s, Math.min(2, pool.filter((p) => p.stratum === s).length)]));
        const a = drawSubjects({ seed: 's', taskId: 'T', pool, allocation, reserve });
        const shuffled = [...pool].reverse();
        const batches = [shuffled.slice(0, 7), shuffled.slice(7)];
        const b = drawSubjects({ seed: 's', taskId: 'T', pool: batches, allocation, reserve });
        expect(b.record).toEqual(a.record);
      }),
      { numRuns: 150 },
    );
  });
});

describe('createSampler', () => {
  it('refuses to merge samplers with other parameters (ACCUMULATOR_MISMATCH)', () => {
    const a = createSampler({ seed: 's', sizes: { A: 1 } });
    expect(() => a.merge(createSampler({ seed: 't', sizes: { A: 1 } }))).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH', path: ['seed'] }));
    expect(() => a.merge(createSampler({ seed: 's', sizes: { A: 2 } }))).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH', path: ['sizes'] }));
    expect(() => a.merge(createSampler({ seed: 's', sizes: { A: 1 }, reserve: 1 }))).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH', path: ['reserve'] }));
    expect(() => a.merge(createSampler({ seed: 's', sizes: { A: 1 }, exclude: ['x'] }))).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH', path: ['exclude'] }));
    expect(() => a.merge({ scheme: 'x' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('checks every retained entry of a merged state, with the path of the first bad one (INVALID_INPUT)', () => {
    const worker = createSampler({ seed: 's', size: 2 });
    worker.addMany(['x', 'y', 'z']);
    const good = worker.state();
    const [first, second] = good.strata['*']!.retained;
    const withRetained = (retained: unknown[]) => ({ ...good, strata: { '*': { ...good.strata['*']!, retained } } }) as never;
    const cases: [unknown[], (string | number)[]][] = [
      [[first, [second![0], second![1].toUpperCase()]], ['strata', '*', 'retained', 1, 1]],
      [[first, [second![0], second![1].slice(1)]], ['strata', '*', 'retained', 1, 1]],
      [[['', first![1]]], ['strata', '*', 'retained', 0, 0]],
      [[first, 'x'], ['strata', '*', 'retained', 1]],
      [[[first![0], first![1], 'extra']], ['strata', '*', 'retained', 0]],
    ];
    for (const [retained, path] of cases) {
      const driver = createSampler({ seed: 's', size: 2 });
      expect(() => driver.merge(withRetained(retained))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path }));
      expect(driver.state().strata['*']!.poolSize).toBe(0); // nothing merged
    }
    const unknownStratum = { ...good, strata: { ...good.strata, Z: good.strata['*']! } } as never;
    const untouched = createSampler({ seed: 's', size: 2 });
    expect(() => untouched.merge(unknownStratum)).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH', path: ['strata'] }));
    expect(untouched.state().strata['*']!.poolSize).toBe(0); // checked before anything is counted
    const driver = createSampler({ seed: 's', size: 2 });
    driver.merge(JSON.parse(JSON.stringify(good)));
    expect(driver.result().strata['*']!.selected.map((e) => e.id)).toEqual(worker.result().strata['*']!.selected.map((e) => e.id));
  });

  it('detects a partition merged twice and a duplicate across partitions (DUPLICATE_ID, when the draw is finished)', () => {
    const a = createSampler({ seed: 's', size: 3 });
    const b = createSampler({ seed: 's', size: 3 });
    a.addMany(['x', 'y']);
    b.addMany(['z']);
    a.merge(b.state());
    a.merge(b.state());
    expect(() => a.result()).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
    // a state hands the repeat on instead of reporting it: the sampler that merges it reports it
    const driver = createSampler({ seed: 's', size: 3 });
    driver.merge(a.state());
    expect(() => driver.result()).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', details: { id: 'z' } }));
    const c = createSampler({ seed: 's', size: 3 });
    c.add('x');
    const d = createSampler({ seed: 's', size: 3 });
    d.add('x');
    c.merge(d);
    expect(() => c.result()).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', details: { id: 'x' } }));
  });

  it('retained duplicate check: a duplicate among the drawn tickets throws, one outside them cannot change the draw', () => {
    // seed 31 orders a b c d as b a d c: with size 1 only 'b' is kept
    for (const pool of [['a', 'b', 'c', 'a'], ['a', 'a', 'b', 'c'], ['b', 'a', 'c', 'a']]) {
      const s = createSampler({ seed: '31', size: 1 });
      s.addMany(pool);
      expect(s.result().strata['*']!.selected.map((e) => e.id)).toEqual(['b']);
    }
    for (const pool of [['a', 'b', 'c', 'b'], ['b', 'b', 'a', 'c'], ['b', 'a', 'c', 'd', 'b']]) {
      const t = createSampler({ seed: '31', size: 1 });
      t.addMany(pool);
      expect(() => t.result()).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: [], details: { id: 'b' } }));
    }
    const all = createSampler({ seed: '31', size: 1, duplicates: 'all' });
    expect(() => all.addMany(['a', 'b', 'c', 'a'])).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
  });

  it('finds a kept duplicate whatever the order, after many selections of the buffer', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `id-${i}`);
    const order = sampleIds(ids, 'dup');
    const kept = order[7]!; // drawn with size 10
    const dropped = order[10]!; // the 11th ticket: a repeat of it cannot change the draw
    for (const at of [0, 2500, 4999]) {
      const withKept = [...ids.slice(0, at), kept, ...ids.slice(at)];
      const s = createSampler({ seed: 'dup', size: 10 });
      s.addMany(withKept);
      expect(() => s.result()).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', details: { id: kept } }));
      const withDropped = [...ids.slice(0, at), dropped, ...ids.slice(at)];
      const t = createSampler({ seed: 'dup', size: 10 });
      t.addMany(withDropped);
      expect(t.result().strata['*']!.selected.map((e) => e.id)).toEqual(order.slice(0, 10));
    }
  });

  it('merging partitions reports a repeated id exactly as one sampler over the whole does', () => {
    const outcome = (run: () => string[]) => {
      try {
        return run();
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { minLength: 1, maxLength: 14 }),
        fc.array(fc.nat(2), { minLength: 14, maxLength: 14 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (pool, parts, size, viaState) => {
          const whole = outcome(() => {
            const sampler = createSampler({ seed: 'dup', size: Math.min(size, new Set(pool).size) });
            sampler.addMany(pool);
            return sampler.result().strata['*']!.selected.map((e) => e.id);
          });
          const merged = outcome(() => {
            const workers = [0, 1, 2].map(() => createSampler({ seed: 'dup', size: Math.min(size, new Set(pool).size) }));
            pool.forEach((id, i) => workers[parts[i]!]!.add(id));
            const driver = createSampler({ seed: 'dup', size: Math.min(size, new Set(pool).size) });
            for (const worker of workers) driver.merge(viaState ? JSON.parse(JSON.stringify(worker.state())) : worker);
            return driver.result().strata['*']!.selected.map((e) => e.id);
          });
          expect(merged).toEqual(whole);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a repeat inside one partition that the whole does not draw is not reported', () => {
    const [first, second] = sampleIds(['v', 'w', 'x', 'y'], 's');
    const worker = createSampler({ seed: 's', size: 1 });
    worker.addMany([second!, second!]); // drawn in this partition, not in the whole
    const other = createSampler({ seed: 's', size: 1 });
    other.add(first!);
    const driver = createSampler({ seed: 's', size: 1 });
    driver.merge(worker.state());
    driver.merge(other);
    expect(driver.result().strata['*']!.selected.map((e) => e.id)).toEqual([first]);
    expect(() => worker.result()).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
  });

  it('finds one id kept in two strata (DUPLICATE_ID)', () => {
    const s = createSampler({ seed: '31', sizes: { A: 2, B: 2 } });
    s.addMany([{ id: 'a', stratum: 'A' }, { id: 'b', stratum: 'A' }, { id: 'a', stratum: 'B' }, { id: 'c', stratum: 'B' }]);
    expect(() => s.result()).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', details: { id: 'a' } }));
  });

  it('rejects bad options and items with their codes', () => {
    expect(() => createSampler({ seed: '', size: 1 })).toThrow(expect.objectContaining({ code: 'EMPTY_SEED', path: ['seed'] }));
    expect(() => createSampler({ seed: 's', size: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['size'] }));
    expect(() => createSampler({ seed: 's' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const s = createSampler({ seed: 's', sizes: { A: 1, B: 1 } });
    expect(() => s.add('x')).toThrow(expect.objectContaining({ code: 'UNKNOWN_STRATUM' }));
    expect(() => s.add('x', 'C')).toThrow(expect.objectContaining({ code: 'UNKNOWN_STRATUM' }));
    expect(() => s.add('')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => s.add('\ud800', 'A')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
