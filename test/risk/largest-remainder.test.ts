import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { largestRemainder } from '../../src/risk/largest-remainder.js';

describe('largestRemainder (Hamilton)', () => {
  it('computes by hand', () => {
    // 7 over weights 1:2:4 (Σ7): quotas 1, 2, 4 exactly
    expect(largestRemainder(7, [{ riskClass: 'A', weight: 1n }, { riskClass: 'B', weight: 2n }, { riskClass: 'D', weight: 4n }]).map((s) => s.size)).toEqual([1, 2, 4]);
    // 5 over 1:1:1: 1.67 each → floors 3, two left, all tie → D then C
    const shares = largestRemainder(5, [{ riskClass: 'A', weight: 1n }, { riskClass: 'C', weight: 1n }, { riskClass: 'D', weight: 1n }]);
    expect(shares.map((s) => [s.riskClass, s.floor, s.bonus, s.size])).toEqual([
      ['A', 1, false, 1],
      ['C', 1, true, 2],
      ['D', 1, true, 2],
    ]);
    expect(shares[0]).toMatchObject({ quotaNum: 5n, denominator: 3n });
  });

  it('gives nothing when all weights are 0', () => {
    expect(largestRemainder(0, [{ riskClass: 'A', weight: 0n }]).map((s) => s.size)).toEqual([0]);
    expect(largestRemainder(3, [{ riskClass: 'A', weight: 0n }, { riskClass: 'D', weight: 0n }])).toEqual([
      { riskClass: 'A', quotaNum: 0n, denominator: 1n, floor: 0, bonus: false, size: 0 },
      { riskClass: 'D', quotaNum: 0n, denominator: 1n, floor: 0, bonus: false, size: 0 },
    ]);
  });

  it('adds up to the total and keeps each size within one of its quota', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 100_000 }), (weights, total) => {
        fc.pre(weights.some((w) => w > 0));
        const classes = (['A', 'B', 'C', 'D'] as const).map((riskClass, i) => ({ riskClass, weight: BigInt(weights[i] ?? 0) }));
        const shares = largestRemainder(total, classes);
        expect(shares.reduce((sum, s) => sum + s.size, 0)).toBe(total);
        const sumWeights = weights.reduce((a, b) => a + b, 0);
        shares.forEach((share, i) => {
          const quota = (total * (weights[i] ?? 0)) / sumWeights;
          expect(share.size).toBeGreaterThanOrEqual(Math.floor(quota + 1e-9) - 0);
          expect(share.size).toBeLessThanOrEqual(Math.ceil(quota - 1e-9));
        });
      }),
    );
  });
});
