import { describe, expect, it } from 'vitest';
import { createPrng } from '../../src/simulate/prng.js';
import { createWeightedTable, drawFromTable } from '../../src/simulate/weighted-table.js';

describe('createPrng', () => {
  it("is seedrandom's Alea: the published vector for 'hello.'", () => {
    // seedrandom 3.0.5 README: `new alea('hello.')()` is always 0.4783254903741181.
    expect(createPrng('hello.').next()).toBe(0.4783254903741181);
  });

  it('repeats a sequence for one seed and differs across seeds', () => {
    const sequence = (seed: string) => {
      const prng = createPrng(seed);
      return Array.from({ length: 20 }, () => prng.next());
    };
    expect(sequence('甲')).toEqual(sequence('甲'));
    expect(sequence('甲')).not.toEqual(sequence('乙'));
    for (const u of sequence('甲')) expect(u >= 0 && u < 1).toBe(true);
  });

  it('int stays in [0, max) as integers, also above 2^32, and int(1) is 0', () => {
    const prng = createPrng('int');
    const seen = new Set<number>();
    for (let i = 0; i < 600; i += 1) {
      const value = prng.int(6);
      expect(Number.isInteger(value) && value >= 0 && value < 6).toBe(true);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(prng.int(1)).toBe(0);
    const big = prng.int(2 ** 40);
    expect(Number.isInteger(big) && big >= 0 && big < 2 ** 40).toBe(true);
  });

  it('pick draws every element of an array and weighted follows the weights', () => {
    const prng = createPrng('pick');
    const picked = new Set<string>();
    for (let i = 0; i < 100; i += 1) picked.add(prng.pick(['甲', '乙', '丙']));
    expect([...picked].sort()).toEqual(['丙', '乙', '甲'].sort());

    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i += 1) counts[prng.weighted([['a', 1], ['never', 0], ['b', 3]] as const)] += 1;
    expect(counts.never).toBe(0);
    // share of 'a' is 1 / (1 + 3) = 0.25; the standard error over 10 000 draws is about 0.0043
    expect(Math.abs(counts.a / 10_000 - 0.25)).toBeLessThan(0.02);
  });

  it('rejects an empty seed with EMPTY_SEED and other bad arguments with INVALID_INPUT', () => {
    expect(() => createPrng('')).toThrow(expect.objectContaining({ code: 'EMPTY_SEED' }));
    expect(() => createPrng(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const prng = createPrng('bad');
    for (const bound of [0, -1, 1.5, Number.NaN, 2 ** 60]) {
      expect(() => prng.int(bound)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['maxExclusive'] }));
    }
    expect(() => prng.pick([])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['items'] }));
    expect(() => prng.weighted([])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['entries'] }));
    expect(() => prng.weighted([['a', 1], ['b', -1]])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [1, 1] }));
    expect(() => prng.weighted([['a', 0]])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [] }));
  });
});

describe('weighted tables', () => {
  it('keeps running shares and never draws a zero weight, even at the boundaries', () => {
    // weights 1, 3 → running shares 1/4 = 0.25 and 4/4 = 1
    const table = createWeightedTable([['a', 1], ['b', 3]]);
    expect(table.thresholds).toEqual([0.25, 1]);
    expect(drawFromTable(table, 0)).toBe('a');
    expect(drawFromTable(table, 0.2499)).toBe('a');
    expect(drawFromTable(table, 0.25)).toBe('b');
    const gaps = createWeightedTable([['zero-first', 0], ['a', 1], ['zero-mid', 0], ['b', 1], ['zero-last', 0]]);
    expect(gaps.thresholds).toEqual([0, 0.5, 0.5, 1, 1]);
    expect([0, 0.49, 0.5, 0.999999].map((u) => drawFromTable(gaps, u))).toEqual(['a', 'a', 'b', 'b']);
  });
});
